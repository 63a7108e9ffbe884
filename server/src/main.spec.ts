import { spawn, type ChildProcess } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import mongoose from 'mongoose';

import { repositoryRoot } from './platform/paths';
import { eventually, isAlive, useTemporaryDirectory } from './test/helpers';

/**
 * The real server as a process (`server/src/main.ts` under tsx), on its own data directory:
 * start-up, shutdown on signals and recovery after kill -9, the way an operator sees them.
 */
interface RunningServer {
  process: ChildProcess;
  url: string;
  databasePid: number;
  exited: Promise<number | null>;
}

/** Every server a spec started, so none outlives a failing spec. */
const started: ChildProcess[] = [];

function startServer(environment: Record<string, string>): Promise<RunningServer> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
    cwd: repositoryRoot,
    env: { ...process.env, PORT: '0', LOG_LEVEL: 'info', SEED_DEMO_DATA: 'if-empty', ...environment },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  started.push(child);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    let databasePid = 0;
    const lines = createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      const entry = JSON.parse(line) as { msg: string; pid?: number; url?: string };
      if (entry.msg === 'embedded database started') databasePid = entry.pid!;
      if (entry.msg.startsWith('Portico is running')) resolve({ process: child, url: entry.url!, databasePid, exited });
    });
    void exited.then((code) => reject(new Error(`server exited with ${code} before it was ready`)));
  });
}

describe('the server process', () => {
  const directory = useTemporaryDirectory('portico-main');

  afterEach(() => {
    for (const child of started.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  });

  it('exits at once with a message naming PORT when PORT is not a number', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
      cwd: repositoryRoot,
      env: { ...process.env, PORT: 'abc', DATA_DIR: directory.path },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise((resolve) => child.once('exit', resolve));
    expect(code).toBe(1);
    expect(stderr).toContain('PORT: must be a port number');
  });

  it('on SIGTERM stops accepting, closes the database and stops the embedded database', async () => {
    const server = await startServer({ DATA_DIR: directory.path });
    expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
    expect(isAlive(server.databasePid)).toBeTrue();

    server.process.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    expect(isAlive(server.databasePid)).toBeFalse();
    await expectAsync(fetch(`${server.url}/healthz`)).toBeRejected();
  }, 60_000);

  it('after kill -9 the embedded database stops too, and a restart finds every record', async () => {
    const first = await startServer({ DATA_DIR: directory.path });
    const uri = await databaseUri(directory.path);
    const client = await mongoose.mongo.MongoClient.connect(uri);
    const employees = await client.db('portico').collection('employees').countDocuments();
    await client
      .db('portico')
      .collection('crash_marker')
      .insertOne({ _id: 'before-crash' as never, at: new Date() });
    await client.close();
    expect(employees).toBeGreaterThan(150);

    first.process.kill('SIGKILL');
    await first.exited;
    await eventually(() => !isAlive(first.databasePid));

    const second = await startServer({ DATA_DIR: directory.path });
    expect((await fetch(`${second.url}/readyz`)).status).toBe(200);
    const again = await mongoose.mongo.MongoClient.connect(await databaseUri(directory.path));
    expect(await again.db('portico').collection('employees').countDocuments()).toBe(employees);
    expect(
      await again
        .db('portico')
        .collection('crash_marker')
        .findOne({ _id: 'before-crash' as never }),
    ).not.toBeNull();
    await again.close();
    second.process.kill('SIGTERM');
    expect(await second.exited).toBe(0);
  }, 90_000);
});

/** The running embedded database announces its address in its lock file. */
async function databaseUri(dataDir: string): Promise<string> {
  const owner = JSON.parse(await readFile(path.join(dataDir, 'db', 'portico-db.lock'), 'utf8')) as { uri: string };
  return owner.uri;
}
