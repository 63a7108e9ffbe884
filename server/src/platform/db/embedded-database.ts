import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { setTimeout as delay } from 'node:timers/promises';

import type { Logger } from '../logger';
import { ensureLauncher } from './embedded-launcher';

export interface EmbeddedDatabase {
  uri: string;
  /** False when another process already ran the database for this data directory. */
  owned: boolean;
  pid: number;
  stop(): Promise<void>;
}

interface LauncherLine {
  uri?: string;
  pid?: number;
  inUse?: { uri?: string; pid?: number };
}

export interface EmbeddedDatabaseOptions {
  dataDir: string;
  logger?: Logger;
  port?: number;
  /** Stop the database when this process dies, however it dies. On by default. */
  followParent?: boolean;
  startTimeoutMs?: number;
}

/**
 * Runs FerretDB on the SQLite files under `<dataDir>/db/` as a child process, or attaches
 * to the one already running there (started by another Portico process or `npm run db`).
 */
export async function startEmbeddedDatabase(options: EmbeddedDatabaseOptions): Promise<EmbeddedDatabase> {
  const binary = await ensureLauncher(options.logger);
  const deadline = Date.now() + (options.startTimeoutMs ?? 30_000);
  for (;;) {
    const started = await launch(binary, options);
    if ('uri' in started) return started;
    // Another launcher holds the directory but has not announced its address yet.
    if (Date.now() > deadline) throw new Error('The embedded database directory is locked by a process that never became ready.');
    await delay(200);
  }
}

async function launch(binary: string, options: EmbeddedDatabaseOptions): Promise<EmbeddedDatabase | { retry: true }> {
  const args = ['-data-dir', path.join(options.dataDir, 'db'), '-port', String(options.port ?? 0)];
  if (options.followParent !== false) args.push('-exit-with-stdin');
  const child = spawn(binary, args, { stdio: ['pipe', 'pipe', 'pipe'] });

  const stderrTail: string[] = [];
  createInterface({ input: child.stderr! }).on('line', (line) => {
    stderrTail.push(line);
    if (stderrTail.length > 20) stderrTail.shift();
    forwardLog(options.logger, line);
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  const timer = new AbortController();
  const line = await Promise.race([
    firstLine(child),
    exited.then((code) => {
      throw new Error(`The embedded database exited with ${code} before it was ready:\n${stderrTail.join('\n')}`);
    }),
    delay(options.startTimeoutMs ?? 30_000, undefined, { signal: timer.signal }).then(() => {
      child.kill('SIGKILL');
      throw new Error('The embedded database did not start within the time allowed.');
    }),
  ]).finally(() => timer.abort());

  if (line.inUse) {
    await exited;
    if (!line.inUse.uri) return { retry: true };
    options.logger?.info({ pid: line.inUse.pid }, 'embedded database already running for this data directory; using it');
    return { uri: line.inUse.uri, pid: line.inUse.pid ?? 0, owned: false, stop: async () => undefined };
  }
  if (!line.uri || !line.pid) throw new Error(`Unexpected line from the embedded database launcher: ${JSON.stringify(line)}`);
  options.logger?.info({ pid: line.pid }, 'embedded database started');
  return { uri: line.uri, pid: line.pid, owned: true, stop: () => stopChild(child, exited) };
}

function firstLine(child: ChildProcess): Promise<LauncherLine> {
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.once('line', (line) => {
      lines.close();
      try {
        resolve(JSON.parse(line) as LauncherLine);
      } catch {
        reject(new Error(`Unexpected line from the embedded database launcher: ${line}`));
      }
    });
  });
}

async function stopChild(child: ChildProcess, exited: Promise<number | null>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const stopped = await Promise.race([exited.then(() => true), delay(10_000).then(() => false)]);
  if (!stopped) {
    child.kill('SIGKILL');
    await exited;
  }
}

/**
 * FerretDB warns with a dump of the wire messages whenever a command answers with an
 * error (many are expected: "collection already exists" at start) and when a client
 * disconnects. Those are debug noise; other warnings and errors keep their level.
 */
const routineWarning = /^(Request|Response) (header|message)|^Connection stopped/;

/** FerretDB logs JSON through slog; forward it to our logger. */
function forwardLog(logger: Logger | undefined, line: string): void {
  if (!logger) return;
  let entry: { level?: string; msg?: string } = {};
  try {
    entry = JSON.parse(line) as typeof entry;
  } catch {
    logger.warn({ source: 'embedded-db' }, line);
    return;
  }
  const warning = entry.level === 'WARN' && !routineWarning.test(entry.msg ?? '');
  const level = entry.level === 'ERROR' ? 'error' : warning ? 'warn' : 'debug';
  logger[level]({ source: 'embedded-db', detail: entry }, entry.msg ?? 'embedded database');
}
