import AxeBuilder from '@axe-core/playwright';
import { expect, test as base, type Page } from '@playwright/test';

/**
 * Every journey fails on a console error or an uncaught page error (a CSP violation is a
 * console error), so nothing broken hides behind a page that merely looks right.
 */
export const test = base.extend<{ consoleErrors: string[]; expectedConsoleErrors: RegExp[] }>({
  /** Errors a journey expects, such as the 403 status of the "not in the HR directory" page. */
  expectedConsoleErrors: [[], { option: true }],
  consoleErrors: [
    async ({ page, expectedConsoleErrors }, use) => {
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error' && !expectedConsoleErrors.some((pattern) => pattern.test(message.text()))) errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(error.message));
      await use(errors);
      expect(errors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** axe-core with the WCAG 2.2 A/AA rules: serious and critical findings fail the test. */
export async function expectNoSeriousAccessibilityViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  const serious = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`);
  expect(serious, 'serious or critical accessibility violations').toEqual([]);
}

/** The demo personas as the development IdP's sign-in page lists them. */
export const personas = {
  employee: 'Emma López',
  manager: 'Marcus Chen',
  hrAgent: 'Priya Nair',
  hrAdmin: 'Olivia Brooks',
} as const;

/** Sign-in crosses three round trips and a first load of the client: more than one assertion's usual 5 s on a busy machine. */
const SIGN_IN_TIMEOUT = 15_000;

/**
 * Signs in the way a person does: open a page, get sent to the company's sign-in page
 * (here the development IdP), pick who you are, land back on the page you asked for.
 */
export async function signInAs(page: Page, persona: keyof typeof personas, path = '/'): Promise<void> {
  await page.goto(path);
  await expect(page).toHaveURL(/\/dev-idp\/sso/, { timeout: SIGN_IN_TIMEOUT });
  await page.getByRole('button', { name: new RegExp(personas[persona]) }).click();
  await landedOn(page, path);
}

/**
 * Signs in as any employee of the demo company, by number, from the IdP page's list.
 * Journeys that change someone's preferences use their own person, so journeys running
 * in parallel never see each other's changes.
 */
export async function signInAsEmployee(page: Page, employeeNumber: string, path = '/'): Promise<void> {
  await page.goto(path);
  await page.getByLabel('Person').selectOption(employeeNumber);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await landedOn(page, path);
}

async function landedOn(page: Page, path: string): Promise<void> {
  await expect(page).toHaveURL(new RegExp(`${path.replace(/[?]/g, '\\?')}$`), { timeout: SIGN_IN_TIMEOUT });
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible({ timeout: SIGN_IN_TIMEOUT });
}
