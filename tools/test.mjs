// `npm test`: every check, in order, then one line summing them all: `N passed, N failed`.
// Installs what is missing first (npm packages; Chromium with apt-get when run as root).
import { buildClient, buildServer } from './lib/build.mjs';
import { ensureChromium } from './lib/chromium.mjs';
import { ensureClamd, findClamd } from './lib/clamav.mjs';
import { ensureDependencies } from './lib/dependencies.mjs';
import { missingOptionalDependencies } from './lib/lockfile.mjs';
import { freePort, run } from './lib/run.mjs';

/** @typedef {{ passed: number, failed: number }} Counts */

// eslint-disable-next-line no-control-regex
const plain = (/** @type {string} */ text) => text.replace(/\u001b\[[0-9;]*[A-Za-z]/g, '');

/** A step that is one check: it passes when the command exits with 0. */
const single = (/** @type {number} */ code) => ({ passed: code === 0 ? 1 : 0, failed: code === 0 ? 0 : 1 });

/**
 * Counts read from a test runner's own summary; a failing exit with no failure counted
 * (a crash, a broken build) still counts as one failure.
 * @param {number} code
 * @param {Counts | undefined} counts
 * @returns {Counts}
 */
function fromSummary(code, counts) {
  if (!counts) return { passed: 0, failed: 1 };
  return code !== 0 && counts.failed === 0 ? { ...counts, failed: 1 } : counts;
}

/** @param {string} output */
function jasmineCounts(output) {
  const match = /(\d+) specs?, (\d+) failures?(?:, (\d+) pending specs?)?/.exec(plain(output));
  if (!match) return undefined;
  const [specs, failures, pending] = [match[1], match[2], match[3] ?? '0'].map(Number);
  return { passed: specs - failures - pending, failed: failures };
}

/** @param {string} output */
function karmaCounts(output) {
  const text = plain(output);
  const total = /TOTAL: (?:(\d+) FAILED, )?(\d+) SUCCESS/.exec(text);
  if (total) return { passed: Number(total[2]), failed: Number(total[1] ?? 0) };
  const executed = [...text.matchAll(/Executed (\d+) of \d+(?: \((\d+) FAILED\))?/g)].at(-1);
  return executed ? { passed: Number(executed[1]) - Number(executed[2] ?? 0), failed: Number(executed[2] ?? 0) } : undefined;
}

/** @param {string} output */
function playwrightCounts(output) {
  const text = plain(output);
  const count = (/** @type {string} */ word) => Number(new RegExp(`^\\s*(\\d+) ${word}`, 'm').exec(text)?.[1] ?? 0);
  const passed = count('passed') + count('flaky');
  const failed = count('failed') + count('did not run') + count('interrupted');
  return passed + failed > 0 ? { passed, failed } : undefined;
}

/** @type {{ name: string, counts: Counts }[]} */
const results = [];

/**
 * @param {string} name
 * @param {() => Promise<Counts>} step
 */
async function step(name, step) {
  console.log(`\n━━ ${name} ━━`);
  let counts;
  try {
    counts = await step();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    counts = { passed: 0, failed: 1 };
  }
  results.push({ name, counts });
  return counts;
}

try {
  await ensureDependencies();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  console.log('0 passed, 1 failed');
  process.exit(1);
}
const chromium = await step('Chromium', async () => {
  const path = await ensureChromium();
  console.log(path);
  return { passed: 1, failed: 0 };
});

await step('ClamAV daemon (for the upload specs)', async () => {
  const path = await ensureClamd();
  console.log(path);
  return { passed: 1, failed: 0 };
});

await step('Lockfile installs with npm ci (no optional package missing)', async () => {
  const missing = missingOptionalDependencies();
  for (const entry of missing) console.error(`missing from package-lock.json: ${entry}`);
  return single(missing.length);
});

for (const [part, args] of /** @type {const} */ ([
  ['shared', ['-p', 'shared']],
  ['server', ['-p', 'server']],
  ['client', ['-p', 'client/tsconfig.app.json', '--noEmit']],
  ['client tests', ['-p', 'client/tsconfig.spec.json', '--noEmit']],
  ['e2e', ['-p', 'e2e']],
  ['tools', ['-p', 'tools']],
])) {
  await step(`Typecheck: ${part}`, async () => single((await run('tsc', [...args])).code));
}
await step('ESLint (rules and import boundaries)', async () => single((await run('eslint', ['.'])).code));
await step('Formatting (Prettier)', async () => single((await run('prettier', ['--check', '.'])).code));

await step('Server specs (Jasmine, real embedded database)', async () => {
  // The upload specs start their own clamd; without one they fail and say why.
  const env = { CLAMD_BIN: findClamd() ?? '' };
  const { code, output } = await run('node', ['--import', 'tsx', 'node_modules/jasmine/bin/jasmine.js', '--config=server/jasmine.json'], {
    capture: true,
    env,
  });
  return fromSummary(code, jasmineCounts(output));
});

const browsersReady = chromium.failed === 0;
const chromeEnvironment = { CHROME_BIN: (await import('./lib/chromium.mjs')).findChromium() ?? '' };
await step('Client specs (Karma + Jasmine, headless Chromium)', async () => {
  if (!browsersReady) throw new Error('skipped: no Chromium');
  const { code, output } = await run('ng', ['test', '--no-watch', '--no-progress'], { capture: true, env: chromeEnvironment });
  return fromSummary(code, karmaCounts(output));
});

const built = await step('Production build (client and server)', async () => {
  await buildClient();
  await buildServer();
  return { passed: 1, failed: 0 };
});

await step('End-to-end journeys (Playwright, production build, real server)', async () => {
  if (!browsersReady || built.failed) throw new Error('skipped: needs Chromium and a production build');
  const env = { ...chromeEnvironment, E2E_PORT: String(await freePort()) };
  const { code, output } = await run('playwright', ['test', '-c', 'e2e/playwright.config.ts'], { capture: true, env });
  return fromSummary(code, playwrightCounts(output));
});

console.log('\n━━ Summary ━━');
for (const { name, counts } of results) {
  console.log(`${counts.failed ? '✗' : '✓'} ${name}: ${counts.passed} passed, ${counts.failed} failed`);
}
const passed = results.reduce((sum, { counts }) => sum + counts.passed, 0);
const failed = results.reduce((sum, { counts }) => sum + counts.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
