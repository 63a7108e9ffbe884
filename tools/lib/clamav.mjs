import { existsSync } from 'node:fs';

import { ensureFromApt } from './apt.mjs';

const candidates = ['/usr/sbin/clamd', '/usr/bin/clamd', '/usr/local/sbin/clamd'];

/** The ClamAV daemon the upload specs scan with: $CLAMD_BIN, else the system's. */
export function findClamd() {
  const fromEnvironment = process.env['CLAMD_BIN'];
  if (fromEnvironment && existsSync(fromEnvironment)) return fromEnvironment;
  return candidates.find((candidate) => existsSync(candidate));
}

/**
 * The server specs start a real clamd, with a signature database they write themselves:
 * Debian ships none and freshclam cannot reach its servers here. The package's services
 * are not started by the tests.
 */
export const ensureClamd = () =>
  ensureFromApt({
    what: 'ClamAV (clamd), needed for the upload specs,',
    packageName: 'clamav-daemon',
    find: findClamd,
    hint: 'set CLAMD_BIN to a clamd binary',
  });
