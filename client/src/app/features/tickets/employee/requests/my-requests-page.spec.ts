import { ticketSummary } from '../help.fixture';
import { byTestId, openHelp, requestTo } from '../testing';

const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('MyRequestsPage', () => {
  it('lists my requests as the server orders them (newest first): subject, state, reference, last update', async () => {
    const { harness, page } = await openHelp('/help/requests');
    const list = await requestTo('GET', '/api/tickets');
    expect(list.request.params.get('page')).toBe('1');
    list.flush({
      total: 2,
      page: 1,
      pageSize: 20,
      tickets: [
        ticketSummary('HR-2026-00043', { subject: 'Letter for my bank', state: 'waiting_on_employee', confidential: false }),
        ticketSummary('HR-2026-00042', { subject: 'Missing overtime', state: 'resolved' }),
      ],
    });
    await harness.fixture.whenStable();
    const items = Array.from(page().querySelectorAll('[data-testid="request-item"]'));
    expect(items.map((item) => item.getAttribute('href'))).toEqual(['/help/requests/HR-2026-00043', '/help/requests/HR-2026-00042']);
    expect(text(items[0]!.querySelector('.subject'))).toBe('Letter for my bank');
    expect(text(items[0]!.querySelector('.state'))).toBe('Waiting for you');
    expect(text(items[1]!.querySelector('.state'))).toBe('Resolved');
    expect(text(items[0]!.querySelector('.meta'))).toMatch(/^HR-2026-00043 ?Updated .*2026/);
    expect(page().querySelector('.pager')).toBeNull();
  });

  it('says so when there is nothing yet, and offers to ask', async () => {
    const { harness, page } = await openHelp('/help/requests');
    (await requestTo('GET', '/api/tickets')).flush({ total: 0, page: 1, pageSize: 20, tickets: [] });
    await harness.fixture.whenStable();
    expect(text(page().querySelector('.empty'))).toContain('You have not written to HR yet.');
  });

  it('pages through many requests', async () => {
    const { harness, page } = await openHelp('/help/requests?page=2');
    const list = await requestTo('GET', '/api/tickets');
    expect(list.request.params.get('page')).toBe('2');
    list.flush({ total: 45, page: 2, pageSize: 20, tickets: [ticketSummary('HR-2026-00001')] });
    await harness.fixture.whenStable();
    expect(text(page().querySelector('.pager'))).toBe('NewerPage 2 of 3Older');
    expect(byTestId(page(), 'request-item')).not.toBeNull();
  });
});
