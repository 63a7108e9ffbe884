import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, connect } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { sampleEicar } from '../platform/files/sample-files';

/*
 * A real ClamAV daemon for the upload specs, on a free loopback port, with a signature
 * database written here: EICAR as a body signature (matched anywhere in a file, a PDF's
 * tail included). Debian ships no signatures and freshclam cannot reach its servers on
 * these machines; production uses freshclam's database. `npm test` installs clamd when it
 * is missing (tools/lib/clamav.mjs) and names it in CLAMD_BIN.
 */

export const EICAR_SIGNATURE = 'Portico.Test.EICAR';

export interface TestClamd {
  url: string;
  stop(): Promise<void>;
}

const clamdBinary = () => [process.env['CLAMD_BIN'], '/usr/sbin/clamd', '/usr/bin/clamd'].find((candidate) => candidate && existsSync(candidate));

async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** `PONG` to a `PING`, or false. */
const pings = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect({ host: '127.0.0.1', port }, () => socket.write('zPING\0'));
    socket.setTimeout(1_000, () => socket.destroy());
    socket.on('data', (data) => {
      resolve(data.toString('latin1').startsWith('PONG'));
      socket.destroy();
    });
    socket.on('error', () => resolve(false));
    socket.on('close', () => resolve(false));
  });

export async function startClamd(): Promise<TestClamd> {
  const binary = clamdBinary();
  if (!binary) throw new Error('clamd was not found: `npm test` installs it (Debian: apt-get install clamav-daemon), or set CLAMD_BIN');
  const directory = await mkdtemp(path.join(tmpdir(), 'portico-clamd-'));
  const port = await freePort();
  await writeFile(path.join(directory, 'portico-test.ndb'), `${EICAR_SIGNATURE}:0:*:${sampleEicar().toString('hex')}\n`);
  const config = path.join(directory, 'clamd.conf');
  await writeFile(
    config,
    [
      'Foreground yes',
      `DatabaseDirectory ${directory}`,
      `TCPSocket ${port}`,
      'TCPAddr 127.0.0.1',
      `PidFile ${path.join(directory, 'clamd.pid')}`,
      // Above the 10 MB upload limit, so a large clean file is scanned, not refused by clamd.
      'StreamMaxLength 12M',
      'MaxThreads 4',
      '',
    ].join('\n'),
  );
  const child: ChildProcess = spawn(binary, ['--foreground', `--config-file=${config}`], { stdio: ['ignore', 'ignore', 'pipe'] });
  let errors = '';
  child.stderr!.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const deadline = Date.now() + 30_000;
  while (!(await pings(port))) {
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill('SIGKILL');
      await rm(directory, { recursive: true, force: true });
      throw new Error(`clamd did not start: ${errors.trim() || `exit ${child.exitCode}`}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return {
    url: `tcp://127.0.0.1:${port}`,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
      await rm(directory, { recursive: true, force: true });
    },
  };
}
