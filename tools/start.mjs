// `npm start`: installs and builds what is missing, then runs the portal in this process
// (embedded database, demo data on an empty database). Uses only Node's own modules until
// the dependencies are installed.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

import { buildClientIfStale, buildServerIfStale } from './lib/build.mjs';
import { ensureDependencies } from './lib/dependencies.mjs';
import { environment, root } from './lib/run.mjs';

const server = path.join(root, 'dist', 'server', 'main.js');
// Development defaults; any of them can be set in the environment instead. The demo company
// is never asked for in production (it holds an HR admin persona): see SEED_DEMO_DATA in README.md.
const production = process.env['NODE_ENV'] === 'production';
Object.assign(process.env, environment(), { SEED_DEMO_DATA: process.env['SEED_DEMO_DATA'] ?? (production ? 'never' : 'if-empty') });

try {
  await ensureDependencies();
  await buildServerIfStale();
  // Bad configuration fails now, not after a client build.
  const check = spawnSync(process.execPath, [server, '--check-config'], { stdio: 'inherit' });
  if (check.status !== 0) process.exit(1);
  await buildClientIfStale();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

await import(pathToFileURL(server).href);
