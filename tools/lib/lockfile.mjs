import { readFileSync } from 'node:fs';
import path from 'node:path';

import { root } from './run.mjs';

/**
 * Optional dependencies named by a locked package but absent from package-lock.json.
 * `npm install` skips an optional platform package the registry does not serve, but
 * `npm ci` then refuses the lockfile ("Missing: … from lock file"). When this finds any,
 * pin the parent to a version whose platform packages all exist (package.json `overrides`).
 * @returns {string[]}
 */
export function missingOptionalDependencies() {
  /** @type {{ packages: Record<string, { version?: string, optionalDependencies?: Record<string, string> }> }} */
  const lock = JSON.parse(readFileSync(path.join(root, 'package-lock.json'), 'utf8'));
  const name = (/** @type {string} */ key) => key.split('node_modules/').at(-1) ?? key;
  const locked = new Set(Object.keys(lock.packages).filter(Boolean).map(name));
  return Object.entries(lock.packages).flatMap(([key, entry]) =>
    Object.keys(entry.optionalDependencies ?? {})
      .filter((dependency) => !locked.has(dependency))
      .map((dependency) => `${name(key)}@${entry.version} → ${dependency}`),
  );
}
