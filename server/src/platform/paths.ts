import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The repository root, found by walking up from this module to the directory holding
 * `angular.json`. It works the same from `server/src` (tsx) and from `dist/server`
 * (the bundled build), so relative paths in configuration mean the same thing in both.
 */
function findRepositoryRoot(start: string): string {
  let directory = start;
  while (!existsSync(path.join(directory, 'angular.json'))) {
    const parent = path.dirname(directory);
    if (parent === directory) return process.cwd();
    directory = parent;
  }
  return directory;
}

export const repositoryRoot = findRepositoryRoot(path.dirname(fileURLToPath(import.meta.url)));
