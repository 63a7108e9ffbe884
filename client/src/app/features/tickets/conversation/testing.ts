import type { TicketMessage, TicketSummary } from '@portico/shared/tickets/tickets.schemas';

/** For the specs of both sides of a ticket: the employee's (features/help) and HR's (hr-workspace/tickets). */

export { eventually, requestTo } from '../../../testing/eventually';

export const byTestId = <T extends Element = HTMLElement>(root: ParentNode, id: string) => root.querySelector<T & Element>(`[data-testid="${id}"]`) as T | null;

/** Message `number` of HR-2026-00042: by default Emma's reply "Message 1", on 1 March. */
export function message(number: number, changes: Partial<TicketMessage> = {}): TicketMessage {
  return {
    id: `HR-2026-00042:${number}`,
    number,
    kind: 'reply',
    author: { id: 'E10101', displayName: 'Emma López', side: 'requester' },
    body: `Message ${number}`,
    event: null,
    attachmentIds: [],
    createdAt: `2026-03-0${Math.min(number, 9)}T10:00:00.000Z`,
    ...changes,
  };
}

/** A ticket as both sides' lists show it. */
export function ticketSummary(id: string, overrides: Partial<TicketSummary> = {}): TicketSummary {
  return {
    id,
    subject: `Question ${id}`,
    state: 'open',
    category: 'pay',
    requestTypeId: 'payroll-question',
    priority: 'normal',
    teamId: 'payroll',
    confidential: false,
    assignee: null,
    createdAt: '2026-03-02T09:00:00Z',
    updatedAt: '2026-03-03T10:00:00Z',
    firstResponseDueAt: null,
    resolutionDueAt: null,
    ...overrides,
  };
}
