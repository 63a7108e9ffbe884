import { existsSync } from 'node:fs';

import { run } from './run.mjs';

const candidates = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

/** The Chromium used by Karma and Playwright: $CHROME_BIN, else the system's. */
export function findChromium() {
  const fromEnvironment = process.env['CHROME_BIN'];
  if (fromEnvironment && existsSync(fromEnvironment)) return fromEnvironment;
  return candidates.find((candidate) => existsSync(candidate));
}

/**
 * Tests run in the distribution's Chromium; nothing downloads a browser. When it is
 * missing and we are root, Debian's package is installed; otherwise we say how.
 */
export async function ensureChromium() {
  const found = findChromium();
  if (found) return found;
  if (process.platform !== 'linux' || process.getuid?.() !== 0) {
    throw new Error(
      'Chromium is needed for the client and end-to-end tests and was not found. ' +
        'Install it (Debian/Ubuntu: `sudo apt-get install -y chromium`) or set CHROME_BIN to a Chromium or Chrome binary.',
    );
  }
  console.log('Installing Chromium from the distribution (apt-get install chromium)…');
  const env = { DEBIAN_FRONTEND: 'noninteractive' };
  await run('apt-get', ['update', '-qq'], { env });
  const { code } = await run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], { env });
  const installed = findChromium();
  if (code !== 0 || !installed) throw new Error('apt-get could not install chromium; see the output above.');
  return installed;
}
