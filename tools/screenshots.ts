/**
 * `npm run screenshots -- [baseUrl] [path …]`: PNGs of pages at phone (360 px) and desktop
 * (1280 px) widths in the installed Chromium, to look at what people will see.
 * Files go to test-results/screenshots/.
 */
import { chromium } from '@playwright/test';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';

import { findChromium } from './lib/chromium.mjs';
import { root } from './lib/run.mjs';

const [baseUrl = 'http://localhost:3000', ...paths] = process.argv.slice(2);
const pages = paths.length ? paths : ['/', '/payslips', '/handbook', '/no-such-page'];
const widths = [
  { name: 'phone', width: 360, height: 780 },
  { name: 'desktop', width: 1280, height: 800 },
];
const outputDirectory = path.join(root, 'test-results', 'screenshots');
await mkdir(outputDirectory, { recursive: true });

const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox', '--disable-gpu'] });
try {
  for (const size of widths) {
    const context = await browser.newContext({ viewport: { width: size.width, height: size.height }, locale: process.env['SCREENSHOT_LOCALE'] ?? 'en-GB' });
    const page = await context.newPage();
    for (const pagePath of pages) {
      await page.goto(new URL(pagePath, baseUrl).href, { waitUntil: 'networkidle' });
      const file = path.join(outputDirectory, `${size.name}${pagePath.replace(/[^a-z0-9]+/gi, '-').replace(/-$/, '') || '-home'}.png`);
      await page.screenshot({ path: file, fullPage: true });
      console.log(file);
    }
    await context.close();
  }
} finally {
  await browser.close();
}
