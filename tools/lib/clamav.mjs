import { existsSync } from 'node:fs';

import { run } from './run.mjs';

const candidates = ['/usr/sbin/clamd', '/usr/bin/clamd', '/usr/local/sbin/clamd'];

/** The ClamAV daemon the upload specs scan with: $CLAMD_BIN, else the system's. */
export function findClamd() {
  const fromEnvironment = process.env['CLAMD_BIN'];
  if (fromEnvironment && existsSync(fromEnvironment)) return fromEnvironment;
  return candidates.find((candidate) => existsSync(candidate));
}

/**
 * The server specs start a real clamd (with a signature database they write themselves:
 * Debian ships none and freshclam cannot reach its servers here). When it is missing and
 * we are root, Debian's clamav-daemon is installed (its services are not started); otherwise
 * we say how.
 */
export async function ensureClamd() {
  const found = findClamd();
  if (found) return found;
  if (process.platform !== 'linux' || process.getuid?.() !== 0) {
    throw new Error(
      'ClamAV (clamd) is needed for the upload specs and was not found. ' +
        'Install it (Debian/Ubuntu: `sudo apt-get install -y clamav-daemon`) or set CLAMD_BIN to a clamd binary.',
    );
  }
  console.log('Installing ClamAV from the distribution (apt-get install clamav-daemon)…');
  const env = { DEBIAN_FRONTEND: 'noninteractive' };
  await run('apt-get', ['update', '-qq'], { env });
  const { code } = await run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'clamav-daemon'], { env });
  const installed = findClamd();
  if (code !== 0 || !installed) throw new Error('apt-get could not install clamav-daemon; see the output above.');
  return installed;
}
