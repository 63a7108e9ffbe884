import { modifiedTime, run } from './run.mjs';

/** Installs npm dependencies when node_modules is missing or older than the lockfile. */
export async function ensureDependencies() {
  const installed = modifiedTime('node_modules/.package-lock.json');
  if (installed && installed >= modifiedTime('package-lock.json')) return;
  console.log('Installing dependencies (npm ci)…');
  const { code } = await run('npm', ['ci', '--no-audit', '--no-fund']);
  if (code !== 0) throw new Error('npm ci failed; see the output above.');
}
