import { catalogue, message, requesterTicket } from '../help.fixture';
import { byTestId, eventually, openHelp, requestTo, type } from '../testing';

const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function openTicket(ticket = requesterTicket()) {
  const opened = await openHelp(`/help/requests/${ticket.id}`);
  (await requestTo('GET', `/api/tickets/${ticket.id}`)).flush(ticket);
  (await requestTo('GET', '/api/tickets/catalogue')).flush(catalogue());
  await opened.harness.fixture.whenStable();
  return opened;
}

describe('ConversationPage', () => {
  it('shows what I asked with my answers labelled, and the conversation oldest first', async () => {
    const { page } = await openTicket(
      requesterTicket({
        messages: [
          message(3, { body: 'Third' }),
          message(1, { body: 'First' }),
          message(2, { kind: 'event', body: '', author: null, event: { key: 'ticket.event.state', params: { from: 'new', to: 'open' } } }),
        ],
      }),
    );
    expect(text(page().querySelector('h1'))).toBe('My February pay is missing the overtime.');
    expect(text(byTestId(page(), 'ticket-reference'))).toBe('HR-2026-00042');
    expect(text(byTestId(page(), 'ticket-state'))).toBe('In progress');
    const answers = Array.from(page().querySelectorAll('.answers div'), (row) => [text(row.querySelector('dt')), text(row.querySelector('dd'))]);
    expect(answers).toEqual([
      ['Pay period', '2026-02-27'],
      ['Topic', 'Missing pay'],
      ['Payslip', 'File 1'],
    ]);
    expect(page().querySelector('.answers a')!.getAttribute('href')).toBe('/api/tickets/HR-2026-00042/attachments/file-1');
    expect(Array.from(page().querySelectorAll('.messages > li'), (item) => text(item.querySelector('.body') ?? item))).toEqual([
      'First',
      jasmine.stringMatching(/^The request is now: In progress\./),
      'Third',
    ]);
  });

  it('sends a reply with a file, and shows the conversation the server answers with', async () => {
    const { harness, page } = await openTicket();
    byTestId<HTMLButtonElement>(page(), 'send-reply')!.click();
    await harness.fixture.whenStable();
    expect(text(page().querySelector('#reply')!.closest('mat-form-field')!.querySelector('mat-error'))).toBe('Write an answer here.');

    type(byTestId<HTMLTextAreaElement>(page(), 'reply-body')!, 'Here is my timesheet.');
    const input = byTestId<HTMLInputElement>(page(), 'reply-files')!;
    const transfer = new DataTransfer();
    transfer.items.add(new File(['hours'], 'timesheet.csv', { type: 'text/csv' }));
    input.files = transfer.files;
    input.dispatchEvent(new Event('change'));
    (await requestTo('POST', '/api/tickets/attachments')).flush({ id: 'file-9', name: 'timesheet.csv', type: 'text/csv', size: 5 });
    await harness.fixture.whenStable();

    byTestId<HTMLButtonElement>(page(), 'send-reply')!.click();
    const reply = await requestTo('POST', '/api/tickets/HR-2026-00042/replies');
    expect(reply.request.body).toEqual({ body: 'Here is my timesheet.', attachmentIds: ['file-9'] });
    const after = requesterTicket();
    reply.flush({ ...after, messages: [...after.messages, message(3, { body: 'Here is my timesheet.', attachmentIds: ['file-9'] })] });
    await harness.fixture.whenStable();
    expect(text(page().querySelector('.messages > li:last-child .body'))).toBe('Here is my timesheet.');
    expect(text(page().querySelector('[role="status"]'))).toBe('Your reply was sent.');
    expect(byTestId<HTMLTextAreaElement>(page(), 'reply-body')!.value).toBe('');
    expect(page().querySelectorAll('.files li').length).withContext('the reply box starts afresh').toBe(0);
  });

  it('offers only what the server allows: a resolved request can be rated, reopened until a date, and replied to', async () => {
    const { harness, page } = await openTicket(
      requesterTicket({ state: 'resolved', actions: ['reply', 'reopen', 'rate'], reopenUntil: '2026-03-20T10:00:00Z' }),
    );
    expect(byTestId(page(), 'close-request')).toBeNull();
    expect(byTestId(page(), 'reopen-request')).not.toBeNull();
    expect(text(page().querySelector('.moves .hint'))).toMatch(/^You can reopen it until March 20, 2026\.$|^You can reopen it until 20 March 2026\.$/);

    byTestId<HTMLButtonElement>(page(), 'send-rating')!.click();
    await harness.fixture.whenStable();
    expect(text(page().querySelector('#rating-error'))).toBe('Choose a rating from 1 to 5.');
    byTestId<HTMLInputElement>(page(), 'rating-4')!.click();
    type(byTestId<HTMLTextAreaElement>(page(), 'rating-comment')!, 'Quick and clear.');
    byTestId<HTMLButtonElement>(page(), 'send-rating')!.click();
    const rate = await requestTo('POST', '/api/tickets/HR-2026-00042/rating');
    expect(rate.request.body).toEqual({ rating: 4, comment: 'Quick and clear.' });
    rate.flush(
      requesterTicket({
        state: 'resolved',
        actions: ['reply', 'reopen'],
        csat: [{ resolution: 1, rating: 4, comment: 'Quick and clear.', at: '2026-03-06T10:00:00Z' }],
      }),
    );
    await harness.fixture.whenStable();
    expect(byTestId(page(), 'rating-form')).toBeNull();
    expect(text(byTestId(page(), 'rated'))).toBe('You rated this answer 4 out of 5.');
  });

  it('closes a request, and shows the server\u2019s refusal to reopen one too late', async () => {
    const { harness, page } = await openTicket();
    byTestId<HTMLButtonElement>(page(), 'close-request')!.click();
    (await requestTo('POST', '/api/tickets/HR-2026-00042/close')).flush(
      requesterTicket({ state: 'closed', actions: ['reply', 'reopen'], reopenUntil: '2026-03-20T10:00:00Z' }),
    );
    await harness.fixture.whenStable();
    expect(text(byTestId(page(), 'ticket-state'))).toBe('Closed');

    byTestId<HTMLButtonElement>(page(), 'reopen-request')!.click();
    (await requestTo('POST', '/api/tickets/HR-2026-00042/reopen')).flush(
      {
        type: 'about:blank',
        title: 'Too late to reopen',
        status: 409,
        code: 'reopen_window_passed',
        detail: 'This request was closed more than 14 days ago; please open a new one.',
      },
      { status: 409, statusText: 'Conflict' },
    );
    await eventually(() => byTestId(page(), 'action-problem'), 'the refusal');
    expect(text(byTestId(page(), 'action-problem'))).toBe(
      'This request was closed more than 14 days ago, so it cannot be reopened. Write to HR with a new request instead.',
    );
  });

  it('past the reopen window, says so instead of offering a reply', async () => {
    const { page } = await openTicket(requesterTicket({ state: 'closed', actions: [], reopenUntil: null }));
    expect(byTestId(page(), 'reply-body')).toBeNull();
    expect(text(byTestId(page(), 'reopen-window-passed'))).toContain('cannot be reopened');
  });

  it('says plainly when the request is not one of mine', async () => {
    const opened = await openHelp('/help/requests/HR-2026-09999');
    (await requestTo('GET', '/api/tickets/HR-2026-09999')).flush(
      { type: 'about:blank', title: 'Not found', status: 404, code: 'not_found' },
      { status: 404, statusText: 'Not Found' },
    );
    await opened.harness.fixture.whenStable();
    expect(text(opened.page().querySelector('h1'))).toBe('Request not found');
  });
});
