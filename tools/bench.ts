/**
 * `npm run bench`: performance figures as tables (never as timed assertions in tests).
 *   1. initial client chunks, raw and gzip;
 *   2. server cold start until /readyz passes, with production settings (a configured
 *      IdP, real secrets), on a new data directory and on one holding the demo company,
 *      embedded database included;
 *   3. /readyz throughput and latency under autocannon for 10 s;
 *   4. handbook search and suggest at 5,000 generated articles, through HTTP and in-process;
 *   5. the help desk at 100,000 generated tickets: "my tickets", the agents' queue and filing
 *      a ticket over HTTP, with the time to generate the data and the server's memory;
 *   6. people's records at 10,000 people and 50,000 change requests: "my data", the approvals
 *      inbox of a manager and of HR, and submitting a change over HTTP, each beside the same
 *      reads and writes by `_id` with the bare driver, and the queries on them that scan.
 * Later features add their rows here. `npm run bench -- <section>…` runs some of them:
 * client (1), server (2, 3), handbook (4), tickets (5), profile (6).
 */
import autocannon from 'autocannon';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

import { handbookBench } from './bench/handbook';
import { profileBench } from './bench/profile';
import { kilobytes, table } from './bench/report';
import { removeSecrets, startServer } from './bench/server';
import { ticketsBench } from './bench/tickets';
import { buildClientIfStale, buildServerIfStale } from './lib/build.mjs';
import { freePort, root } from './lib/run.mjs';

const clientDirectory = path.join(root, 'dist', 'client', 'browser');

function initialChunks(): void {
  const index = readFileSync(path.join(clientDirectory, 'index.html'), 'utf8');
  const files = [...index.matchAll(/(?:src|href)="([^"]+\.(?:js|css))"/g)].map((match) => match[1]!);
  const rows = files.map((file) => {
    const content = readFileSync(path.join(clientDirectory, file));
    return { file, raw: content.length, gzip: gzipSync(content, { level: 9 }).length };
  });
  const total = rows.reduce((sum, row) => ({ raw: sum.raw + row.raw, gzip: sum.gzip + row.gzip }), { raw: 0, gzip: 0 });
  table('Initial client chunks (loaded before the first page renders)', [
    ...rows.map((row) => ({ file: row.file, raw: kilobytes(row.raw), gzip: kilobytes(row.gzip) })),
    { file: '**total**', raw: kilobytes(total.raw), gzip: kilobytes(total.gzip) },
  ]);
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function coldStart(port: number): Promise<string> {
  const runs = 5;
  const fresh: number[] = [];
  const restart: number[] = [];
  const dataDir = mkdtempSync(path.join(tmpdir(), 'portico-bench-'));
  // The first start seeds the demo company; it is not counted.
  await (await startServer(dataDir, port, true)).server.stop();
  for (let run = 0; run < runs; run++) {
    const empty = mkdtempSync(path.join(tmpdir(), 'portico-bench-empty-'));
    const first = await startServer(empty, port, false);
    fresh.push(first.readyMs);
    await first.server.stop();
    rmSync(empty, { recursive: true, force: true });

    const again = await startServer(dataDir, port, false);
    restart.push(again.readyMs);
    await again.server.stop();
  }
  const row = (name: string, values: number[]) => ({
    start: name,
    runs: values.length,
    min: `${Math.min(...values).toFixed(0)} ms`,
    median: `${median(values).toFixed(0)} ms`,
    max: `${Math.max(...values).toFixed(0)} ms`,
  });
  table('Server cold start to a passing /readyz (process spawn → embedded database → 200)', [
    row('new, empty data directory', fresh),
    row('restart, demo company in data', restart),
  ]);
  return dataDir;
}

async function readinessLoad(dataDir: string, port: number): Promise<void> {
  const { server } = await startServer(dataDir, port, false);
  try {
    const result = await autocannon({ url: `http://127.0.0.1:${port}/readyz`, connections: 10, duration: 10 });
    table('GET /readyz under load (autocannon, 10 connections, 10 s, one server process)', [
      {
        'requests/s (mean)': result.requests.average.toFixed(0),
        'latency p50': `${result.latency.p50} ms`,
        'latency p90': `${result.latency.p90} ms`,
        'latency p99': `${result.latency.p99} ms`,
        'latency max': `${result.latency.max} ms`,
        requests: result.requests.total,
        'errors + non-2xx': result.errors + result.non2xx,
      },
    ]);
  } finally {
    await server.stop();
  }
}

// `npm run bench -- handbook` runs only the tables whose section is named.
const only = process.argv.slice(2);
const runs = (section: string) => only.length === 0 || only.includes(section);
await buildServerIfStale();
// The API's rows (handbook, tickets, profile) do not need a fresh client build.
if (runs('client') || runs('server')) await buildClientIfStale();
console.log(
  `Portico bench — ${new Date().toISOString()} — node ${process.version}, server built ${statSync(path.join(root, 'dist', 'server', 'main.js')).mtime.toISOString()}`,
);
const port = await freePort();
if (runs('client')) initialChunks();
if (runs('server')) {
  const dataDir = await coldStart(port);
  await readinessLoad(dataDir, port);
  rmSync(dataDir, { recursive: true, force: true });
}
if (runs('handbook')) await handbookBench(port);
if (runs('tickets')) await ticketsBench(port);
if (runs('profile')) await profileBench(port);
removeSecrets();
