import type { Browser, Page } from '@playwright/test';

import { expect, expectNoSeriousAccessibilityViolations, signInAs, test, type personas } from './fixtures';

/** A persona in a browser of their own, at a desktop or a phone's width. */
async function personaIn(browser: Browser, persona: keyof typeof personas, path: string, width = 1280): Promise<Page> {
  const context = await browser.newContext({ locale: 'en-GB', viewport: { width, height: width > 600 ? 800 : 780 } });
  const page = await context.newPage();
  await signInAs(page, persona, path);
  return page;
}

/** Unread notices, as the bell counts them. */
async function unread(page: Page): Promise<number> {
  const response = await page.request.get('/api/notifications');
  return ((await response.json()) as { unread: number }).unread;
}

/** Unread notices that Emma asked for a change, in someone's bell. */
async function emmaAsked(page: Page): Promise<number> {
  const response = await page.request.get('/api/notifications');
  const { notifications } = (await response.json()) as { notifications: { type: string; readAt: string | null; params: Record<string, string> }[] };
  return notifications.filter((notice) => notice.type === 'profile.request_received' && !notice.readAt && notice.params['title'] === 'Emma López').length;
}

/** Changes the home address from My data; the street names this journey's own request. */
async function askToMove(page: Page, street: string): Promise<void> {
  await page.getByTestId('edit-address').click();
  await page.getByTestId('address-line1').fill(street);
  await page.getByTestId('address-city').fill('Madrid');
  await page.getByTestId('address-postal-code').fill('28009');
  await expect(page.getByText('Your manager approves this change before it takes effect.')).toBeVisible();
  await page.getByTestId('section-save').click();
  await expect(page.getByText(/Sent\. Waiting for Marcus Chen/)).toBeVisible();
}

/** HR admins set the bank account's safety delay on the field policy page. */
async function setSafetyDelay(browser: Browser, hours: number): Promise<void> {
  const olivia = await personaIn(browser, 'hrAdmin', '/hr/people/field-policy');
  await olivia.getByTestId('timing-bankAccountDelayHours').fill(String(hours));
  await olivia.getByTestId('timing-save').click();
  await expect(olivia.getByText('Timing saved.')).toBeVisible();
  await olivia.context().close();
}

const requestFor = (page: Page, text: string) => page.locator('[data-testid^="approval-"]').filter({ hasText: text });

test.describe('my data and approvals', () => {
  // Both journeys change Emma's record and Marcus's inbox: one after the other.
  test.describe.configure({ mode: 'serial' });

  test('(a) Emma changes her address and bank account; Marcus and Priya approve; both are applied and in her history', async ({ browser }) => {
    test.slow();
    // The journey sees the bank account applied at once: no safety delay (24 hours by default; the server specs wait it out).
    await setSafetyDelay(browser, 0);
    const street = `Calle de Alcalá ${Date.now() % 10_000}`;
    const emma = await personaIn(browser, 'employee', '/my-data', 360);
    await expect(emma.getByRole('heading', { level: 1 })).toHaveText('My data');
    await expectNoSeriousAccessibilityViolations(emma);
    expect(await emma.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

    const marcus = await personaIn(browser, 'manager', '/approvals');
    await askToMove(emma, street);
    await expect(emma.getByTestId('waiting-address')).toContainText('Waiting for Marcus Chen');

    // Signing in again for the bank account: the IdP asks, and Emma comes back to its form.
    await emma.goto(`/auth/login?confirm=1&returnTo=${encodeURIComponent('/my-data?edit=bank')}`);
    await expect(emma.getByText('Portico asks you to sign in again')).toBeVisible();
    await emma.getByRole('button', { name: /Emma López/ }).click();
    await expect(emma.getByTestId('bank-iban')).toBeVisible();
    await expect(emma.getByText(/we email you at your work address/)).toBeVisible();
    await emma.getByTestId('bank-iban').fill('ES79 2100 0813 6101 2345 6789');
    await expect(emma.getByText('HR approves this change before it takes effect.')).toBeVisible();
    await emma.getByTestId('section-save').click();
    await expect(emma.getByText(/Sent\. Waiting for HR/)).toBeVisible();
    await expect(emma.getByTestId('waiting-bank')).toContainText('Waiting for HR');

    // Marcus's bell has Emma's request (her older move, replaced, no longer counts); he approves it, and the bell falls.
    expect(await emmaAsked(marcus)).toBe(1);
    const marcusRisen = await unread(marcus);
    await marcus.reload();
    const move = requestFor(marcus, street);
    await expect(move).toContainText('Emma López');
    await expectNoSeriousAccessibilityViolations(marcus);
    await move.getByTestId('approve').click();
    await expect(marcus.getByText('Approved: 1.')).toBeVisible();
    await expect(requestFor(marcus, street)).toHaveCount(0);
    expect(await unread(marcus)).toBe(marcusRisen - 1);
    expect(await emmaAsked(marcus)).toBe(0);

    // Priya approves the bank account, which she sees in full.
    const priya = await personaIn(browser, 'hrAgent', '/approvals');
    const account = requestFor(priya, 'ES79 2100 0813 6101 2345 6789');
    await expect(account).toContainText('Emma López');
    await account.getByTestId('approve').click();
    await expect(priya.getByText('Approved: 1.')).toBeVisible();

    // Emma's bell tells her; My data shows both applied, and who approved them.
    const emmaUnread = await unread(emma);
    expect(emmaUnread).toBeGreaterThanOrEqual(4);
    await emma.reload();
    await expect(emma.getByTestId('address-shown')).toContainText(street);
    await expect(emma.getByTestId('bank-masked')).toHaveText('Ending in 6789');
    const history = emma.getByTestId('my-change-request');
    await expect(history.filter({ hasText: 'Home address' }).first()).toContainText('approved by Marcus Chen');
    await expect(history.filter({ hasText: 'Bank account' }).first()).toContainText('approved by Priya Nair');
    await expect(history.filter({ hasText: 'Bank account' }).first()).toContainText('Done');
    expect(await unread(emma)).toBeLessThanOrEqual(emmaUnread - 4);
    await expectNoSeriousAccessibilityViolations(emma);

    // Her history tab: each change, who made it, the bank account as its last four.
    await emma.getByTestId('tab-history').click();
    await expect(emma).toHaveURL(/\/my-data\/history$/);
    const versions = emma.getByTestId('history-entry');
    await expect(versions.filter({ hasText: 'Bank account' }).first()).toContainText('approved by Priya Nair');
    await expect(versions.filter({ hasText: 'Bank account' }).first()).toContainText('•••• 6789');
    await expect(versions.filter({ hasText: street }).first()).toContainText('approved by Marcus Chen');
    await expectNoSeriousAccessibilityViolations(emma);
    for (const page of [emma, marcus, priya]) await page.context().close();
    await setSafetyDelay(browser, 24);
  });

  test('(b) Marcus names a delegate for the week; she decides; Emma sees on whose behalf', async ({ browser }) => {
    test.slow();
    const street = `Paseo del Prado ${Date.now() % 10_000}`;
    const marcus = await personaIn(browser, 'manager', '/approvals', 360);
    await marcus.getByTestId('delegation-edit').click();
    await marcus.getByTestId('delegation-delegate').click();
    await marcus.getByRole('option', { name: /Olivia Brooks/ }).click();
    const today = new Date();
    const nextWeek = new Date(today.getTime() + 7 * 24 * 3_600_000);
    await marcus.getByTestId('delegation-from').fill(today.toISOString().slice(0, 10));
    await marcus.getByTestId('delegation-to').fill(nextWeek.toISOString().slice(0, 10));
    await marcus.getByTestId('delegation-save').click();
    await expect(marcus.getByTestId('delegation-shown')).toContainText('Olivia Brooks decides for you');
    await expectNoSeriousAccessibilityViolations(marcus);

    const emma = await personaIn(browser, 'employee', '/my-data');
    await askToMove(emma, street);

    const olivia = await personaIn(browser, 'hrAdmin', '/approvals');
    await expect(olivia.getByTestId('delegated-by')).toContainText('Marcus Chen');
    const move = requestFor(olivia, street);
    await expect(move).toContainText('You decide this on behalf of Marcus Chen.');
    await move.getByTestId('approve').click();
    await expect(olivia.getByText('Approved: 1.')).toBeVisible();

    await emma.reload();
    await expect(emma.getByTestId('my-change-request').filter({ hasText: 'Home address' }).first()).toContainText(
      'approved by Olivia Brooks on behalf of Marcus Chen',
    );
    await expect(emma.getByTestId('address-shown')).toContainText(street);

    // Back to no delegate, for the journeys after this one.
    await marcus.reload();
    await marcus.getByRole('button', { name: 'Remove' }).click();
    await expect(marcus.getByText('Nobody decides for you while you are away.')).toBeVisible();
    await expect(emma.getByTestId('tab-history')).toBeVisible();
    await emma.getByTestId('tab-history').click();
    await expect(emma.getByTestId('history-entry').filter({ hasText: street }).first()).toContainText('approved by Olivia Brooks on behalf of Marcus Chen');
    for (const page of [emma, marcus, olivia]) await page.context().close();
  });

  test('(c) Marcus sees his team without private data; Priya finds Emma and opens her record, masked', async ({ browser }) => {
    test.slow();
    for (const width of [360, 1280]) {
      const marcus = await personaIn(browser, 'manager', '/team', width);
      const emma = marcus.getByTestId('team-member').filter({ hasText: 'Emma López' });
      await expect(emma).toContainText('emma.lopez@lumenworks.example');
      await expect(marcus.locator('main')).not.toContainText('IBAN');
      await expectNoSeriousAccessibilityViolations(marcus);
      expect(await marcus.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await marcus.context().close();

      const priya = await personaIn(browser, 'hrAgent', '/hr/people', width);
      await priya.getByTestId('people-search').fill('emma lopez');
      await priya.getByRole('link', { name: 'Emma López' }).click();
      await expect(priya.getByRole('heading', { level: 1 })).toHaveText('Emma López');
      await expect(priya.getByTestId('hr-bankAccount')).toHaveText(/^•••• \d{4}$/);
      await expect(priya.getByText('You opened this record; that is recorded.')).toBeVisible();
      await expect(priya.getByTestId('history-entry').first()).toBeVisible();
      await expectNoSeriousAccessibilityViolations(priya);
      await priya.context().close();
    }
  });
});
