import { expect, expectNoSeriousAccessibilityViolations, signInAsEmployee, test } from './fixtures';

/**
 * Issue 5's person-first path: from any page, one reaches "Talk to HR" and files a request
 * without ever being shown a handbook suggestion.
 */
for (const viewport of [
  { name: 'a desktop', width: 1280, height: 800, employee: 'E10321' },
  { name: 'a phone', width: 360, height: 780, employee: 'E10322' },
]) {
  test(`on ${viewport.name}, a person reaches "Talk to HR" from the handbook and files a request without any suggestion`, async ({ browser }) => {
    test.slow();
    const context = await browser.newContext({ locale: 'en-GB', viewport: { width: viewport.width, height: viewport.height } });
    const page = await context.newPage();
    await signInAsEmployee(page, viewport.employee, '/handbook');

    await page.getByTestId('talk-to-hr').filter({ visible: true }).click();
    const panel = page.getByTestId('talk-to-hr-panel');
    await expect(panel).toBeVisible();
    await expectNoSeriousAccessibilityViolations(page);
    await panel.getByTestId('write-to-hr').click();

    await expect(page).toHaveURL(/\/help\/new/);
    await page.getByTestId('question').fill('My manager changed my shifts and I would like to talk to someone about it.');
    await page.getByTestId('request-type-general-question').check();
    await page.getByTestId('field-subject').fill('Shift changes');
    await page.getByTestId('field-details').fill('Since last month my shifts change every week without notice.');
    await expect(page.getByTestId('suggested-article')).toHaveCount(0);
    await expectNoSeriousAccessibilityViolations(page);
    await page.getByTestId('submit-request').click();

    await expect(page.getByTestId('ticket-reference')).toHaveText(/HR-\d{4}-\d+/, { timeout: 15_000 });
    await expect(page.getByTestId('suggested-article')).toHaveCount(0);
    await context.close();
  });
}
