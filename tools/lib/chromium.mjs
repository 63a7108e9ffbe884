import { existsSync } from 'node:fs';

import { ensureFromApt } from './apt.mjs';

const candidates = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

/** The Chromium used by Karma and Playwright: $CHROME_BIN, else the system's. */
export function findChromium() {
  const fromEnvironment = process.env['CHROME_BIN'];
  if (fromEnvironment && existsSync(fromEnvironment)) return fromEnvironment;
  return candidates.find((candidate) => existsSync(candidate));
}

/** Tests run in the distribution's Chromium; nothing downloads a browser. */
export const ensureChromium = () =>
  ensureFromApt({
    what: 'Chromium, needed for the client and end-to-end tests,',
    packageName: 'chromium',
    find: findChromium,
    hint: 'set CHROME_BIN to a Chromium or Chrome binary',
  });
