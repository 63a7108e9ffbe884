import { HttpTestingController, type TestRequest } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { TicketMessage } from '@portico/shared/tickets/tickets.schemas';

/** For the specs of both sides of a ticket: the employee's (features/help) and HR's (hr-workspace/tickets). */

/** Waits for something the page does after a request or a lazy load. */
export async function eventually<T>(find: () => T | null | undefined | false, what = 'condition'): Promise<T> {
  for (let attempt = 0; attempt < 200; attempt++) {
    const found = find();
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`${what}: not met in time`);
}

/** The next request to this address (method and path), once the page has made it. */
export function requestTo(method: string, path: string): Promise<TestRequest> {
  const http = TestBed.inject(HttpTestingController);
  return eventually(() => http.match((request) => request.method === method && request.url === path)[0], `${method} ${path}`);
}

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
