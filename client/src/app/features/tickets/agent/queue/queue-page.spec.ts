import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MatSelectHarness } from '@angular/material/select/testing';
import { agentViews, queueSorts, ticketStates } from '@portico/shared/tickets/tickets.schemas';

import { catalogue, queue, queueRow } from '../testing/ticket-fixtures';
import { byTestId, eventually, openTickets, requestTo, text, type } from '../testing/open-tickets';
import { QUEUE_SEARCH_DEBOUNCE_MS, QUEUE_SORTS, QUEUE_VIEWS, TICKET_STATES } from './queue-page';

const QUEUE = '/api/tickets/agent/queue';

async function openQueue(options: Parameters<typeof openTickets>[1] = {}, answer = queue()) {
  const opened = await openTickets('/hr/tickets', options);
  const first = await requestTo('GET', QUEUE);
  first.flush(answer);
  (await requestTo('GET', '/api/tickets/catalogue')).flush(catalogue());
  await opened.harness.fixture.whenStable();
  return { ...opened, first };
}

describe('QueuePage', () => {
  it('asks for my tickets by priority first, and shows every view with its count', async () => {
    const { page, first } = await openQueue();
    expect(first.request.params.get('view')).toBe('mine');
    expect(first.request.params.get('sort')).toBe('priority');
    expect(first.request.params.get('page')).toBe('1');

    const views = Array.from(page().querySelectorAll('[data-testid^="queue-view-"]'), (view) => [
      view.getAttribute('data-testid'),
      text(view.querySelector('.view-name')),
      view.querySelector('.count')?.getAttribute('aria-label') ?? null,
    ]);
    // No confidential view for an agent with none assigned.
    expect(views).toEqual([
      ['queue-view-mine', 'Mine', 'Tickets: 2'],
      ['queue-view-unassigned', 'Unassigned', 'Tickets: 5'],
      ['queue-view-team', 'My teams', 'Tickets: 7'],
      ['queue-view-breaching-soon', 'Breaching soon', 'Tickets: 1'],
      ['queue-view-waiting', 'Waiting on employee', 'Tickets: 3'],
      ['queue-view-all', 'All', null],
    ]);
    expect(byTestId(page(), 'queue-view-mine')!.getAttribute('aria-current')).toBe('true');
  });

  it('shows each ticket in a table row on a wide screen, with what is due, breached or confidential', async () => {
    const { page } = await openQueue();
    expect(byTestId(page(), 'queue-cards')).toBeNull();
    const row = byTestId(page(), 'queue-row-HR-2026-00042')!;
    expect(row.tagName).toBe('TR');
    expect(text(row)).toContain('HR-2026-00042');
    expect(text(row)).toContain('My February pay is missing the overtime');
    expect(text(row)).toContain('Emma López');
    expect(text(row)).toContain('High');
    expect(text(row)).toContain('Open');
    expect(text(row)).toContain('Priya Nair');
    expect(text(row)).toContain('Due soon');
    expect(text(row)).toContain('Payroll');
    expect(row.querySelector('a')!.getAttribute('href')).toBe('/hr/tickets/HR-2026-00042');

    const confidential = byTestId(page(), 'queue-row-HR-2026-00043')!;
    expect(text(confidential)).toContain('Confidential');
    expect(text(confidential)).toContain('Unassigned');
    expect(text(confidential)).toContain('SLA breached');
    expect(text(confidential)).toContain('Urgent');
  });

  it('shows cards on a phone, each leading to its ticket', async () => {
    const { page } = await openQueue({ width: 360 });
    expect(byTestId(page(), 'queue-table')).toBeNull();
    const cards = page().querySelectorAll('[data-testid="queue-cards"] > li');
    expect(cards.length).toBe(2);
    expect(cards[0]!.getAttribute('data-testid')).toBe('queue-row-HR-2026-00042');
    expect(cards[1]!.querySelector('a')!.getAttribute('href')).toBe('/hr/tickets/HR-2026-00043');
  });

  it('folds the sort and filters behind one button on a phone', async () => {
    const { harness, page } = await openQueue({ width: 360 });
    expect(byTestId(page(), 'queue-search')).not.toBeNull();
    expect(byTestId(page(), 'queue-sort')).toBeNull();
    const toggle = byTestId<HTMLButtonElement>(page(), 'queue-filters-toggle')!;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    toggle.click();
    await harness.fixture.whenStable();
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(byTestId(page(), 'queue-sort')).not.toBeNull();
  });

  it('shows the confidential view to those who may see such tickets', async () => {
    const { page } = await openQueue({ roles: ['hr_admin'] }, queue({ counts: { ...queue().counts, confidential: 4 } }));
    const confidential = byTestId(page(), 'queue-view-confidential')!;
    expect([text(confidential.querySelector('.view-name')), text(confidential.querySelector('.count'))]).toEqual(['Confidential', '4']);
  });

  it('asks again when the view, the sort, a filter or the search changes, from the first page', async () => {
    const { harness, page } = await openQueue();
    byTestId<HTMLButtonElement>(page(), 'queue-view-unassigned')!.click();
    let request = await requestTo('GET', QUEUE);
    expect(request.request.params.get('view')).toBe('unassigned');
    request.flush(queue({ view: 'unassigned', total: 60, tickets: [queueRow('HR-2026-00050')] }));
    await harness.fixture.whenStable();

    byTestId<HTMLButtonElement>(page(), 'queue-next')!.click();
    request = await requestTo('GET', QUEUE);
    expect(request.request.params.get('page')).toBe('2');
    request.flush(queue({ view: 'unassigned', total: 60, page: 2, tickets: [queueRow('HR-2026-00051')] }));
    await harness.fixture.whenStable();
    expect(text(byTestId(page(), 'queue-range'))).toBe('26–26 of 60');

    const loader = TestbedHarnessEnvironment.loader(harness.fixture);
    const sort = await loader.getHarness(MatSelectHarness.with({ selector: '[data-testid="queue-sort"]' }));
    await sort.open();
    await sort.clickOptions({ text: 'Next due date' });
    request = await requestTo('GET', QUEUE);
    expect(request.request.params.get('sort')).toBe('due');
    expect(request.request.params.get('view')).toBe('unassigned');
    expect(request.request.params.get('page')).toBe('1');
    request.flush(queue({ view: 'unassigned' }));
    await harness.fixture.whenStable();

    const team = await loader.getHarness(MatSelectHarness.with({ selector: '[data-testid="queue-filter-team"]' }));
    await team.open();
    await team.clickOptions({ text: 'Employee Relations' });
    request = await requestTo('GET', QUEUE);
    expect(request.request.params.get('teamId')).toBe('employee-relations');
    request.flush(queue({ view: 'unassigned' }));
    await harness.fixture.whenStable();

    type(byTestId<HTMLInputElement>(page(), 'queue-search')!, 'hr-2026-00042');
    await new Promise((resolve) => setTimeout(resolve, QUEUE_SEARCH_DEBOUNCE_MS + 50));
    request = await requestTo('GET', QUEUE);
    expect(request.request.params.get('q')).toBe('hr-2026-00042');
    expect(request.request.params.get('teamId')).toBe('employee-relations');
    expect(request.request.params.get('sort')).toBe('due');
  });

  it('says what to do when a view is empty, and when filters hide everything', async () => {
    const { harness, page } = await openQueue({}, queue({ total: 0, tickets: [], counts: { ...queue().counts, mine: 0 } }));
    expect(text(byTestId(page(), 'queue-empty'))).toContain('Nothing is assigned to you. Take a ticket from Unassigned');
    (byTestId(page(), 'queue-empty')!.querySelector('button') as HTMLButtonElement).click();
    let request = await requestTo('GET', QUEUE);
    expect(request.request.params.get('view')).toBe('unassigned');
    request.flush(queue({ total: 0, tickets: [] }));
    await harness.fixture.whenStable();

    type(byTestId<HTMLInputElement>(page(), 'queue-search')!, 'parking');
    request = await requestTo('GET', QUEUE);
    request.flush(queue({ total: 0, tickets: [] }));
    await harness.fixture.whenStable();
    expect(text(byTestId(page(), 'queue-empty'))).toContain('No ticket in this view matches your search or filters.');
    byTestId<HTMLButtonElement>(page(), 'queue-clear-filters')!.click();
    request = await requestTo('GET', QUEUE);
    expect(request.request.params.has('q')).toBeFalse();
    expect(request.request.params.get('view')).toBe('unassigned');
    request.flush(queue());
    await harness.fixture.whenStable();
    await eventually(() => byTestId(page(), 'queue-row-HR-2026-00042'), 'rows again');
  });

  it('knows every view and sort the server does', () => {
    // The page keeps these lists itself, so its first chunk needs no zod.
    expect([...QUEUE_VIEWS]).toEqual([...agentViews]);
    expect([...QUEUE_SORTS]).toEqual([...queueSorts]);
    expect([...TICKET_STATES]).toEqual([...ticketStates]);
  });
});
