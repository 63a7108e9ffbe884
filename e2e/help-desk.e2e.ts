import type { Page } from '@playwright/test';

import { expect, expectNoSeriousAccessibilityViolations, signInAs, signInAsEmployee, test } from './fixtures';

/** A real (tiny) PDF: the server checks the type on the content, not on the name. */
const payslipPdf = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

interface OutboxMessage {
  to: string;
  kind: string;
  link: string;
  subject: string;
}

/** The outbox's mails of one kind about one ticket (filtered by kind: breach notices may be many), read by a signed-in HR admin. */
async function mailsAbout(page: Page, reference: string, kind: string): Promise<OutboxMessage[]> {
  const response = await page.request.get(`/api/dev/outbox?kind=${kind}`);
  expect(response.ok(), 'the development outbox answers').toBe(true);
  const { messages } = (await response.json()) as { messages: OutboxMessage[] };
  return messages.filter((message) => message.link.endsWith(reference));
}

/**
 * Issue 5's journey: an employee asks in their own words, looks past the suggestions and
 * files a payroll question with a payslip; an HR agent finds it in the queue with its
 * triage explanation, writes an internal note and a reply; the employee answers; the agent
 * resolves; the employee rates the answer; the outbox holds the mails the employee was sent.
 */
test('an employee files a question with a payslip, an agent answers and resolves it, the employee rates it', async ({ browser }) => {
  // Three people, four sign-ins and six accessibility scans: about 30 s alone, about a minute
  // beside the other worker's journeys on two cores; room for a busy machine.
  test.setTimeout(180_000);
  const employeeContext = await browser.newContext({ locale: 'en-GB', viewport: { width: 1280, height: 800 } });
  const employee = await employeeContext.newPage();
  await signInAsEmployee(employee, 'E10331', '/help');

  // Asks in their own words; the handbook suggests articles, which they look past.
  await employee.getByTestId('question').fill('My October payslip is missing the overtime I worked');
  await expect(employee.getByTestId('suggested-article').first()).toBeVisible();
  await expectNoSeriousAccessibilityViolations(employee);
  await employee.getByTestId('continue').click();

  await expect(employee).toHaveURL(/\/help\/new/);
  await employee.getByTestId('request-type-payroll-question').check();
  await employee.getByTestId('field-payPeriod').fill('2026-10-15');
  await employee.getByTestId('field-topic').selectOption('missing-pay');
  await employee.getByTestId('field-details').fill('I worked 12 hours of overtime in the week of 12 October; they are not on the payslip.');
  await employee.getByTestId('field-payslip').setInputFiles({ name: 'payslip-october.pdf', mimeType: 'application/pdf', buffer: payslipPdf });
  await expect(employee.getByText('payslip-october.pdf')).toBeVisible();
  await expectNoSeriousAccessibilityViolations(employee);
  await employee.getByTestId('submit-request').click();
  await expect(employee.getByTestId('ticket-reference')).toHaveText(/^HR-\d{4}-\d+$/, { timeout: 15_000 });
  const reference = (await employee.getByTestId('ticket-reference').textContent())!.trim();

  // The agent finds it in the queue and reads why it got its priority.
  const agentContext = await browser.newContext({ locale: 'en-GB', viewport: { width: 1280, height: 800 } });
  const agent = await agentContext.newPage();
  await signInAs(agent, 'hrAgent', '/hr/tickets');
  await agent.getByTestId('queue-view-all').click();
  await agent.getByTestId('queue-search').fill(reference);
  await expect(agent.getByTestId(`queue-row-${reference}`)).toBeVisible({ timeout: 15_000 });
  await expectNoSeriousAccessibilityViolations(agent);
  await agent.getByTestId(`queue-row-${reference}`).click();

  await expect(agent.getByTestId('ticket-reference')).toHaveText(reference);
  await expect(agent.getByTestId('triage-explanation')).toContainText(/severity/i);
  await expect(agent.getByText('payslip-october.pdf')).toBeVisible();
  await expectNoSeriousAccessibilityViolations(agent);

  // Taking it: only the assignee (or an HR admin) moves a ticket along.
  await agent.getByTestId('assign-me').click();
  await expect(agent.getByTestId('assign-me')).toHaveCount(0);

  await agent.getByTestId('composer-mode-note').click();
  await agent.getByTestId('composer-body').fill('Checked the time sheets: the overtime was approved on 20 October, after the cut-off.');
  await agent.getByTestId('composer-send').click();
  await expect(agent.locator('[data-kind="note"]').filter({ hasText: 'after the cut-off' })).toBeVisible();

  await agent.getByTestId('composer-mode-reply').click();
  await agent
    .getByTestId('composer-body')
    .fill('Your overtime was approved after the October cut-off. Could you confirm the 12 hours so we add them to November?');
  await agent.getByTestId('composer-send').click();
  await expect(agent.locator('[data-kind="reply"]').filter({ hasText: 'confirm the 12 hours' })).toBeVisible();
  await expectNoSeriousAccessibilityViolations(agent);

  // The employee reads the reply (never the note) and answers.
  await employee.goto(`/help/requests/${reference}`);
  await expect(employee.getByText('confirm the 12 hours')).toBeVisible();
  await expect(employee.getByText('after the cut-off')).toHaveCount(0);
  await employee.getByTestId('reply-body').fill('Yes, 12 hours: 4 on Monday and 8 on Saturday.');
  await employee.getByTestId('send-reply').click();
  await expect(employee.getByText('4 on Monday and 8 on Saturday')).toBeVisible();

  // The agent sees the answer and resolves the ticket.
  await agent.reload();
  await expect(agent.getByText('4 on Monday and 8 on Saturday')).toBeVisible();
  await agent.getByTestId('state-resolved').click();
  await expect(agent.getByTestId('ticket-state')).toContainText(/resolved/i);

  // The employee rates the answer.
  await employee.reload();
  await expect(employee.getByTestId('ticket-state')).toContainText(/resolved/i);
  await employee.getByTestId('rating-5').check();
  await employee.getByTestId('rating-comment').fill('Quick and clear, thank you.');
  await employee.getByTestId('send-rating').click();
  await expect(employee.getByTestId('rated')).toBeVisible();
  await expectNoSeriousAccessibilityViolations(employee);

  // The employee was mailed that HR received the question, that HR replied and that it was
  // resolved: the development outbox shows it to an HR admin, and to nobody else.
  expect((await employee.request.get('/api/dev/outbox')).status()).toBe(403);
  const adminContext = await browser.newContext({ locale: 'en-GB', viewport: { width: 1280, height: 800 } });
  const admin = await adminContext.newPage();
  await signInAs(admin, 'hrAdmin', '/hr');
  for (const kind of ['ticket.received', 'ticket.replied', 'ticket.resolved']) {
    const mails = await mailsAbout(admin, reference, kind);
    expect(mails.length, kind).toBe(1);
    expect(mails[0]!.subject, kind).toContain(reference);
  }

  await adminContext.close();
  await agentContext.close();
  await employeeContext.close();
});
