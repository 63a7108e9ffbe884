import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { MatMenuHarness } from '@angular/material/menu/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { Router } from '@angular/router';
import { TranslocoService } from '@jsverse/transloco';
import type { AgentTicket } from '@portico/shared/tickets/tickets.schemas';
import { firstValueFrom } from 'rxjs';

import { agentTicket, cannedResponse, catalogue, message } from '../testing/ticket-fixtures';
import { byTestId, eventually, openTickets, requestTo, text, type } from '../testing/open-tickets';

const TICKET = '/api/tickets/agent/tickets/HR-2026-00042';

async function openTicket(ticket: AgentTicket = agentTicket(), options: Parameters<typeof openTickets>[1] = {}) {
  const opened = await openTickets(`/hr/tickets/${ticket.id}`, options);
  (await requestTo('GET', `/api/tickets/agent/tickets/${ticket.id}`)).flush(ticket);
  (await requestTo('GET', '/api/tickets/agent/colleagues')).flush({
    colleagues: [
      { id: 'E10103', displayName: 'Priya Nair', teamIds: ['payroll'] },
      { id: 'E10104', displayName: 'Olivia Brooks', teamIds: ['employee-relations'] },
    ],
  });
  (await requestTo('GET', '/api/tickets/catalogue')).flush(catalogue());
  await opened.harness.fixture.whenStable();
  return opened;
}

describe('TicketPage', () => {
  it('shows who asked what, the triage and why, and the conversation oldest first', async () => {
    const { page } = await openTicket();
    expect(text(page().querySelector('h1'))).toBe('My February pay is missing the overtime');
    expect(text(byTestId(page(), 'ticket-reference'))).toBe('HR-2026-00042');
    expect(text(byTestId(page(), 'ticket-state'))).toBe('Open');
    expect(text(byTestId(page(), 'ticket-team'))).toBe('Payroll');
    expect(text(byTestId(page(), 'ticket-assignee'))).toBe('Priya Nair (you)');
    expect(text(page().querySelector('.answers'))).toContain('Topic Missing pay');
    expect(page().querySelector('.answers a')!.getAttribute('href')).toBe('/api/tickets/agent/tickets/HR-2026-00042/attachments/file-1');

    // Reasons are named in words where the interface knows them ("legal" → "legal action").
    expect(text(byTestId(page(), 'triage-explanation'))).toBe('High: severity high — missing pay; complexity medium — legal action; effort low');
    const severity = byTestId(page(), 'triage-severity')!;
    expect([text(severity.querySelector('dt')), text(severity.querySelector('strong')), text(severity.querySelector('.source'))]).toEqual([
      'Severity',
      'High',
      'from the answer “Missing pay” to “Topic”',
    ]);
    expect(text(byTestId(page(), 'triage-complexity'))).toContain('from the words “lawyer” in the question');
    expect(text(byTestId(page(), 'triage-effort'))).toContain('from the request type');

    const kinds = Array.from(page().querySelectorAll('.messages > li'), (item) => [item.getAttribute('data-testid'), item.getAttribute('data-kind')]);
    expect(kinds).toEqual([
      ['message-1', 'event'],
      ['message-2', 'note'],
      ['message-3', 'reply'],
      ['message-4', 'reply'],
    ]);
    expect(text(byTestId(page(), 'message-1'))).toContain('Priya Nair took it.');
  });

  it("writes the triage in the reader's language", async () => {
    const { harness, page } = await openTicket();
    const transloco = TestBed.inject(TranslocoService);
    await firstValueFrom(transloco.load('es'));
    transloco.setActiveLang('es');
    await harness.fixture.whenStable();
    expect(text(byTestId(page(), 'triage-explanation'))).toBe('Alta: gravedad alta — pago no recibido; complejidad media — acción legal; esfuerzo bajo');
    expect(text(byTestId(page(), 'triage-effort')!.querySelector('strong'))).toBe('Bajo');
    transloco.setActiveLang('en');
  });

  it('sets an internal note apart from a reply: its own colours, an icon and a label in words', async () => {
    const { page } = await openTicket();
    const note = byTestId(page(), 'message-2')!;
    const reply = byTestId(page(), 'message-3')!;
    expect(text(note)).toContain('Internal note — not visible to the employee');
    expect(note.querySelector('mat-icon[svgicon="visibility_off"]')).not.toBeNull();
    expect(text(reply)).not.toContain('Internal note');
    expect(text(reply)).toContain('HR reply');
    const noteStyle = getComputedStyle(note);
    const replyStyle = getComputedStyle(reply);
    expect(noteStyle.backgroundColor).not.toBe(replyStyle.backgroundColor);
    expect(noteStyle.borderTopStyle).toBe('dashed');
  });

  it('sends a reply or a note, each to the right payload, and shows the conversation the server answers with', async () => {
    const { harness, page } = await openTicket();
    const body = () => byTestId<HTMLTextAreaElement>(page(), 'composer-body')!;

    byTestId<HTMLButtonElement>(page(), 'composer-send')!.click();
    await harness.fixture.whenStable();
    expect(text(byTestId(page(), 'composer')!.querySelector('mat-error'))).toBe('Write something first.');

    type(body(), 'Could you send the time sheet?');
    byTestId<HTMLButtonElement>(page(), 'composer-send')!.click();
    const reply = await requestTo('POST', `${TICKET}/messages`);
    expect(reply.request.body).toEqual({ kind: 'reply', body: 'Could you send the time sheet?', attachmentIds: [] });
    reply.flush(
      agentTicket({
        messages: [
          ...agentTicket().messages,
          message(5, { author: { id: 'E10103', displayName: 'Priya Nair', side: 'hr' }, body: 'Could you send the time sheet?' }),
        ],
      }),
    );
    await harness.fixture.whenStable();
    expect(byTestId(page(), 'message-5')!.getAttribute('data-kind')).toBe('reply');
    expect(text(page().querySelector('[role="status"]'))).toBe('Reply sent to the employee.');
    expect(body().value).toBe('');

    byTestId<HTMLElement>(page(), 'composer-mode-note')!.querySelector('button')!.click();
    await harness.fixture.whenStable();
    expect(byTestId(page(), 'composer')!.classList).toContain('note-mode');
    expect(text(byTestId(page(), 'composer'))).toContain('only HR sees it');
    type(body(), 'Payroll confirmed the hours.');
    const input = byTestId<HTMLInputElement>(page(), 'composer-files')!;
    const transfer = new DataTransfer();
    transfer.items.add(new File(['hours'], 'hours.csv', { type: 'text/csv' }));
    input.files = transfer.files;
    input.dispatchEvent(new Event('change'));
    (await requestTo('POST', '/api/tickets/attachments')).flush({ id: 'file-9', name: 'hours.csv', type: 'text/csv', size: 5 });
    await harness.fixture.whenStable();
    expect(text(byTestId(page(), 'composer'))).toContain('hours.csv');

    byTestId<HTMLButtonElement>(page(), 'composer-send')!.click();
    const note = await requestTo('POST', `${TICKET}/messages`);
    expect(note.request.body).toEqual({ kind: 'note', body: 'Payroll confirmed the hours.', attachmentIds: ['file-9'] });
  });

  it('moves the ticket on with a reply when asked to', async () => {
    const { harness, page } = await openTicket();
    type(byTestId<HTMLTextAreaElement>(page(), 'composer-body')!, 'Fixed in the March payroll.');
    const loader = TestbedHarnessEnvironment.loader(harness.fixture);
    const then = await loader.getHarness(MatSelectHarness.with({ selector: '[data-testid="composer-then"]' }));
    await then.open();
    await then.clickOptions({ text: 'Mark it resolved' });
    byTestId<HTMLButtonElement>(page(), 'composer-send')!.click();
    const reply = await requestTo('POST', `${TICKET}/messages`);
    expect(reply.request.body).toEqual({ kind: 'reply', body: 'Fixed in the March payroll.', attachmentIds: [], state: 'resolved' });
  });

  it('offers only the state changes the server allows', async () => {
    const { harness, page } = await openTicket(agentTicket({ allowedStates: ['waiting_on_employee', 'resolved'] }));
    const states = Array.from(page().querySelectorAll('[data-testid^="state-"]'), (button) => button.getAttribute('data-testid'));
    expect(states).toEqual(['state-waiting_on_employee', 'state-resolved']);
    byTestId<HTMLButtonElement>(page(), 'state-resolved')!.click();
    const move = await requestTo('POST', `${TICKET}/state`);
    expect(move.request.body).toEqual({ state: 'resolved' });
    move.flush(agentTicket({ state: 'resolved', allowedStates: ['open', 'closed'] }));
    await harness.fixture.whenStable();
    expect(text(byTestId(page(), 'ticket-state'))).toBe('Resolved');
    expect(text(page().querySelector('[role="status"]'))).toBe('The ticket is now Resolved.');
    expect(Array.from(page().querySelectorAll('[data-testid^="state-"]'), (button) => button.getAttribute('data-testid'))).toEqual([
      'state-open',
      'state-closed',
    ]);
  });

  it('offers an agent who is not on the ticket to take it, and no state changes until then', async () => {
    const { harness, page } = await openTicket(agentTicket({ assignee: null, allowedStates: [], actions: ['assign', 'reply', 'note', 'override', 'merge'] }));
    expect(page().querySelectorAll('[data-testid^="state-"]').length).toBe(0);
    expect(text(byTestId(page(), 'assign-first'))).toBe('Assign it to yourself to change its state.');
    byTestId<HTMLButtonElement>(page(), 'assign-me')!.click();
    const assign = await requestTo('POST', `${TICKET}/assign`);
    expect(assign.request.body).toEqual({ mode: 'self' });
    assign.flush(agentTicket());
    await harness.fixture.whenStable();
    expect(byTestId(page(), 'assign-me')).toBeNull();
    expect(byTestId(page(), 'state-resolved')).not.toBeNull();
  });

  it('shows no actions a read-only view does not allow', async () => {
    const { page } = await openTicket(agentTicket({ assignee: { id: 'E10104', displayName: 'Olivia Brooks' }, actions: ['reply', 'note'], allowedStates: [] }));
    for (const id of ['assign-me', 'assign-colleague', 'merge', 'triage-override']) expect(byTestId(page(), id)).withContext(id).toBeNull();
    expect(page().querySelectorAll('[data-testid^="state-"]').length).toBe(0);
  });

  it('overrides the triage only with a reason, and shows the reason recorded', async () => {
    const { harness, page, http } = await openTicket();
    byTestId<HTMLButtonElement>(page(), 'triage-override')!.click();
    await harness.fixture.whenStable();
    byTestId<HTMLButtonElement>(page(), 'override-save')!.click();
    await harness.fixture.whenStable();
    expect(text(byTestId(page(), 'override-reason-error'))).toBe('Give a reason: it is recorded with the override.');
    expect(http.match(`${TICKET}/triage`).length).toBe(0);

    type(byTestId<HTMLTextAreaElement>(page(), 'override-reason')!, 'The employee was paid in the end.');
    byTestId<HTMLButtonElement>(page(), 'override-save')!.click();
    const override = await requestTo('POST', `${TICKET}/triage`);
    expect(override.request.body).toEqual({ priority: 'high', teamId: 'payroll', reason: 'The employee was paid in the end.' });
    const base = agentTicket();
    override.flush(
      agentTicket({
        priority: 'low',
        triage: {
          ...base.triage,
          override: { priority: 'low', teamId: 'payroll', reason: 'The employee was paid in the end.', by: 'E10103', at: '2026-03-04T10:00:00.000Z' },
        },
        messages: [
          ...base.messages,
          message(5, {
            kind: 'event',
            author: { id: 'E10103', displayName: 'Priya Nair', side: 'hr' },
            body: 'The employee was paid in the end.',
            event: {
              key: 'ticket.event.triage_overridden',
              params: { priority: 'low', teamId: 'payroll', previousPriority: 'high', previousTeamId: 'payroll' },
            },
          }),
        ],
      }),
    );
    await harness.fixture.whenStable();
    expect(byTestId(page(), 'triage-override-form')).toBeNull();
    expect(text(byTestId(page(), 'triage-overridden'))).toContain('Overridden by Priya Nair');
    expect(text(byTestId(page(), 'triage-overridden'))).toContain('Priority Low, team Payroll (the triage said High).');
    expect(text(byTestId(page(), 'triage-overridden'))).toContain('Reason: The employee was paid in the end.');
    expect(text(byTestId(page(), 'message-5'))).toContain('Priya Nair overrode the triage: priority High → Low, team Payroll → Payroll.');
  });

  it('inserts a canned response with its handbook link, and a link found in the handbook', async () => {
    const { harness, page } = await openTicket();
    byTestId<HTMLButtonElement>(page(), 'canned-responses')!.click();
    (await requestTo('GET', '/api/tickets/agent/canned-responses')).flush({ responses: [cannedResponse()] });
    await harness.fixture.whenStable();
    const menu = await TestbedHarnessEnvironment.documentRootLoader(harness.fixture).getHarness(
      MatMenuHarness.with({ selector: '[data-testid="canned-responses"]' }),
    );
    await menu.clickItem({ text: /Carrying over leave/ });
    const body = byTestId<HTMLTextAreaElement>(page(), 'composer-body')!;
    expect(body.value).toBe(`You can carry over up to 5 days.\n\nAnnual leave: ${location.origin}/handbook/annual-leave`);

    byTestId<HTMLButtonElement>(page(), 'insert-handbook-link')!.click();
    await harness.fixture.whenStable();
    type(byTestId<HTMLInputElement>(page(), 'handbook-link-search')!, 'payslip');
    const suggest = await requestTo('GET', '/api/handbook/suggest');
    expect(suggest.request.params.get('q')).toBe('payslip');
    suggest.flush({
      suggestions: [
        { text: 'Reading your payslip', kind: 'article', slug: 'reading-your-payslip' },
        { text: 'payslip october', kind: 'query' },
      ],
    });
    await harness.fixture.whenStable();
    expect(page().querySelectorAll('[data-testid^="handbook-link-"]:not([data-testid="handbook-link-search"])').length).toBe(1);
    byTestId<HTMLButtonElement>(page(), 'handbook-link-reading-your-payslip')!.click();
    await harness.fixture.whenStable();
    expect(body.value).toContain(`\n\nReading your payslip: ${location.origin}/handbook/reading-your-payslip`);
  });

  it('turns an HR reply into a handbook draft and opens it in the editor', async () => {
    const { harness, page } = await openTicket(agentTicket(), { roles: ['hr_admin'] });
    const router = TestBed.inject(Router);
    spyOn(router, 'navigate').and.resolveTo(true);
    const drafts = page().querySelectorAll('[data-testid="handbook-draft"]');
    expect(drafts.length).withContext('only on HR replies').toBe(1);
    expect(drafts[0]!.closest('li')!.getAttribute('data-testid')).toBe('message-3');
    (drafts[0] as HTMLButtonElement).click();
    const documentLoader = TestbedHarnessEnvironment.documentRootLoader(harness.fixture);
    await documentLoader.getHarness(MatDialogHarness);
    const title = document.querySelector<HTMLInputElement>('[data-testid="draft-title"]')!;
    expect(title.value).toBe('My February pay is missing the overtime');
    type(title, 'Overtime missing from a payslip');
    document.querySelector<HTMLButtonElement>('[data-testid="confirm-draft"]')!.click();
    const draft = await requestTo('POST', `${TICKET}/handbook-draft`);
    expect(draft.request.body).toEqual({ messageNumber: 3, title: 'Overtime missing from a payslip', language: 'en' });
    draft.flush({ slug: 'overtime-missing-from-a-payslip', language: 'en' });
    await eventually(() => (router.navigate as jasmine.Spy).calls.count() > 0, 'navigation');
    expect(router.navigate).toHaveBeenCalledWith(['/hr/handbook', 'overtime-missing-from-a-payslip'], { queryParams: { language: 'en' } });
  });

  it('does not offer a handbook draft to agents, nor on a confidential ticket', async () => {
    const { page } = await openTicket();
    expect(byTestId(page(), 'handbook-draft')).toBeNull();
  });

  it('merges into another reference after saying what will happen', async () => {
    const { harness, page } = await openTicket();
    byTestId<HTMLButtonElement>(page(), 'merge')!.click();
    const documentLoader = TestbedHarnessEnvironment.documentRootLoader(harness.fixture);
    const dialog = await documentLoader.getHarness(MatDialogHarness);
    expect(await dialog.getText()).toContain('HR-2026-00042 will be closed with a link to the ticket you name');
    const into = document.querySelector<HTMLInputElement>('[data-testid="merge-into"]')!;
    type(into, 'hr-2026-00040');
    document.querySelector<HTMLButtonElement>('[data-testid="confirm-merge"]')!.click();
    const merge = await requestTo('POST', `${TICKET}/merge`);
    expect(merge.request.body).toEqual({ intoId: 'HR-2026-00040' });
    merge.flush(agentTicket({ state: 'closed', mergedInto: 'HR-2026-00040', actions: ['note'], allowedStates: [] }));
    await harness.fixture.whenStable();
    expect(text(byTestId(page(), 'merged-into'))).toBe('This ticket was merged into HR-2026-00040');
    expect(byTestId(page(), 'composer-mode-reply')).toBeNull();
    expect(text(byTestId(page(), 'composer-send'))).toBe('Add note');
  });

  it('says so when the ticket is not there or not one to see', async () => {
    const opened = await openTickets('/hr/tickets/HR-2026-00999');
    (await requestTo('GET', '/api/tickets/agent/tickets/HR-2026-00999')).flush(
      { type: 'about:blank', title: 'Not found', status: 404, code: 'not_found' },
      { status: 404, statusText: 'Not Found' },
    );
    await opened.harness.fixture.whenStable();
    expect(text(byTestId(opened.page(), 'ticket-not-found'))).toContain('There is no ticket HR-2026-00999');
  });
});
