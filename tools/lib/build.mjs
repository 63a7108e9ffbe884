import { modifiedTime, newestChange, root, run } from './run.mjs';

const clientInputs = ['client/src', 'client/public', 'shared/src', 'angular.json', 'client/tsconfig.app.json', 'package-lock.json'];
const serverInputs = ['server/src', 'shared/src', 'package-lock.json'];

export async function buildClient() {
  const { code } = await run('ng', ['build']);
  if (code !== 0) throw new Error('The client build failed; see the output above.');
}

/** Bundles the server into one ES module; npm packages stay external (node_modules). */
export async function buildServer() {
  const esbuild = await import('esbuild');
  await esbuild.build({
    absWorkingDir: root,
    entryPoints: ['server/src/main.ts'],
    outdir: 'dist/server',
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: true,
    logLevel: 'warning',
    tsconfig: 'tsconfig.json',
  });
}

/** Each builds only when its output is missing or older than its sources. */
export async function buildServerIfStale() {
  if (modifiedTime('dist/server/main.js') < newestChange(serverInputs)) await buildServer();
}

export async function buildClientIfStale() {
  if (modifiedTime('dist/client/browser/index.html') < newestChange(clientInputs)) {
    console.log('Building the web client…');
    await buildClient();
  }
}
