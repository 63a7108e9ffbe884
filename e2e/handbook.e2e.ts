import type { Browser, Page } from '@playwright/test';

import { expect, expectNoSeriousAccessibilityViolations, signInAs, signInAsEmployee, test } from './fixtures';

/**
 * The handbook's two journeys from issue 4, each person in a browser of their own, as
 * they would be: HR publishes a policy and watches it being acknowledged; an employee
 * searches with a typo in Spanish, reads, and tells HR the answer did not help.
 * The employees are people no other journey signs in as, so journeys running in parallel
 * never see each other's notifications or feedback.
 */

async function personIn(browser: Browser, locale: string): Promise<Page> {
  const context = await browser.newContext({ locale, viewport: { width: 1280, height: 800 } });
  return context.newPage();
}

async function acknowledgedCount(page: Page, slug: string): Promise<number> {
  await page.goto('/hr/policies');
  const count = page.getByTestId(`completion-${slug}`);
  await expect(count).toBeVisible({ timeout: 15_000 });
  return Number(await count.textContent());
}

test.describe('handbook', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('(a) HR publishes a policy; an employee is notified, reads and acknowledges it; completion rises', async ({ browser }) => {
    // Two people, three browsers' worth of pages: more than one page's time.
    test.slow();
    const title = `Clean desk policy ${Date.now().toString(36)}`;

    // Olivia, HR admin, writes the policy and publishes it.
    const hr = await personIn(browser, 'en-GB');
    await signInAs(hr, 'hrAdmin', '/hr/handbook');
    await hr.getByTestId('new-article').click();
    await hr.getByTestId('new-article-title').fill(title);
    await hr.getByRole('button', { name: 'Create' }).click();
    await expect(hr).toHaveURL(/\/hr\/handbook\/clean-desk-policy-[a-z0-9-]+/);
    const slug = new URL(hr.url()).pathname.split('/').pop()!;

    await hr.getByTestId('field-summary').fill('Leave your desk clear at the end of every day.');
    await hr.getByTestId('field-category').fill('Workplace');
    await hr.getByTestId('field-type').click();
    await hr.getByRole('option', { name: 'Policy' }).click();
    await hr.getByTestId('field-markdown').fill(`# ${title}\n\n## What to do\n\nLock papers away and log out before you leave.\n`);
    await expect(hr.getByTestId('preview').getByRole('heading', { name: 'What to do' })).toBeVisible();
    await hr.getByTestId('save').click();
    await expect(hr.getByText('Saved')).toBeVisible();
    await hr.getByTestId('action-publish').click();
    await expect(hr.getByTestId('status-line')).toContainText('Published');

    const before = await acknowledgedCount(hr, slug);

    // An employee sees the notice in the bell, opens it, reads and acknowledges.
    const employee = await personIn(browser, 'en-GB');
    await signInAsEmployee(employee, 'E10311');
    const bell = employee.getByTestId('notifications-button');
    await expect(employee.getByTestId('notifications-badge')).toBeVisible();
    await bell.click();
    await employee.getByTestId('notification-item').filter({ hasText: title }).click();
    await expect(employee).toHaveURL(new RegExp(`/handbook/${slug}$`));
    await expect(employee.getByRole('heading', { level: 1 })).toContainText(title);
    await expectNoSeriousAccessibilityViolations(employee);
    await employee.getByTestId('acknowledge-button').click();
    await expect(employee.getByTestId('acknowledged')).toContainText('Acknowledged on');

    // HR sees one more acknowledgement.
    expect(await acknowledgedCount(hr, slug)).toBe(before + 1);
    await expectNoSeriousAccessibilityViolations(hr);
    await hr.context().close();
    await employee.context().close();
  });

  test('(b) a misspelled Spanish search finds the article; "not helpful" with a comment reaches HR', async ({ browser }) => {
    test.slow();
    const comment = `No dice cuántos días me quedan (${Date.now().toString(36)})`;

    const employee = await personIn(browser, 'es-ES');
    await signInAsEmployee(employee, 'E10312');
    const box = employee.getByTestId('shell-search');
    await box.pressSequentially('vacasiones', { delay: 40 });
    const suggestion = employee.getByRole('option', { name: 'Cómo pedir vacaciones' });
    await expect(suggestion).toBeVisible();
    await suggestion.click();
    await expect(employee).toHaveURL(/\/handbook\/booking-time-off$/);
    await expect(employee.getByRole('heading', { level: 1 })).toContainText('Cómo pedir vacaciones');
    await expectNoSeriousAccessibilityViolations(employee);

    await employee.getByTestId('feedback-no').click();
    await employee.getByTestId('feedback-comment').fill(comment);
    await employee.getByTestId('feedback-send').click();
    await expect(employee.getByTestId('feedback-thanks')).toBeVisible();
    await employee.context().close();

    const hr = await personIn(browser, 'en-GB');
    await signInAs(hr, 'hrAdmin', '/hr/reports');
    await expect(hr.getByTestId('feedback-report').getByTestId('feedback-comment-text').filter({ hasText: comment })).toBeVisible();
    await expectNoSeriousAccessibilityViolations(hr);
    await hr.context().close();
  });

  test('the handbook home, search and an article pass axe and fit a phone', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'en-GB', viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await signInAsEmployee(page, 'E10313', '/handbook');
    await expect(page.getByTestId('to-acknowledge')).toBeVisible();
    await expectNoSeriousAccessibilityViolations(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

    await page.goto('/handbook/search?q=remote%20work');
    await expect(page.getByRole('link', { name: 'Remote work policy' }).first()).toBeVisible();
    await expectNoSeriousAccessibilityViolations(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

    await page.getByRole('link', { name: 'Remote work policy' }).first().click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Remote work policy');
    await expectNoSeriousAccessibilityViolations(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await context.close();
  });
});
