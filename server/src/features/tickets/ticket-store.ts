import type { Explanation, MessageKind } from '@portico/shared/tickets/tickets.schemas';
import { HttpProblem, notFound } from '../../platform/errors';
import { countNumbered, insertFirstFree } from '../../platform/db/numbered';
import { messageId, TicketMessageModel, TicketModel, TicketQueueModel, type QueueEntry, type StoredMessage, type StoredTicket } from './ticket.models';
import { canSee, type Side } from './ticket.policy';
import { recordSearchEntry } from './search/ticket-search-index';
import type { Actor } from '../auth';

/*
 * Reading and writing one ticket. Writes go by `_id` alone (the lookup the embedded
 * database indexes) and are single-document; the queue entry is derived from the ticket
 * after each write, so it converges on the ticket whatever order writers finish in.
 */

/** How many messages a ticket page shows at once; older ones come a page at a time. */
export const MESSAGE_PAGE = 50;

/** The ticket if the actor may see it from that side; otherwise 404, whether it exists or not. */
export async function visibleTicket(actor: Actor, id: string, side: Side): Promise<StoredTicket> {
  const ticket = await TicketModel.findById(id).lean<StoredTicket>();
  if (!ticket || !canSee(actor, ticket, side)) throw notFound('There is no such ticket, or it is not yours to see.');
  return ticket;
}

export function queueEntryOf(ticket: StoredTicket): QueueEntry {
  return {
    _id: ticket._id,
    subject: ticket.subject,
    state: ticket.state,
    category: ticket.category,
    requestTypeId: ticket.requestTypeId,
    requesterId: ticket.requesterId,
    assigneeId: ticket.assigneeId,
    teamId: ticket.teamId,
    priority: ticket.priority,
    confidential: ticket.confidential,
    createdAt: ticket.createdAt,
    updatedAt: ticket.updatedAt,
    firstResponseAt: ticket.firstResponseAt,
    firstResponseDueAt: ticket.firstResponseDueAt,
    resolutionDueAt: ticket.resolutionDueAt,
    resolvedAt: ticket.resolvedAt,
    firstResponseBreachedAt: ticket.firstResponseBreachedAt ?? null,
    resolutionBreachedAt: ticket.resolutionBreachedAt ?? null,
  };
}

/**
 * Puts the ticket's queue entry in line with it (there while it is not closed, gone once it
 * is), and its search entry (search/ticket-search-index.ts).
 */
export async function syncQueueEntry(ticket: StoredTicket): Promise<void> {
  if (ticket.state === 'closed') await TicketQueueModel.deleteOne({ _id: ticket._id });
  else await TicketQueueModel.replaceOne({ _id: ticket._id }, queueEntryOf(ticket), { upsert: true });
  await recordSearchEntry(ticket);
}

/** Sets fields of a ticket, then reads it back and updates its queue entry. */
export async function updateTicket(id: string, changes: Partial<StoredTicket>): Promise<StoredTicket> {
  await TicketModel.updateOne({ _id: id }, { $set: changes });
  const ticket = await TicketModel.findById(id).lean<StoredTicket>();
  if (!ticket) throw notFound();
  await syncQueueEntry(ticket);
  return ticket;
}

export interface NewMessage {
  kind: MessageKind;
  internal: boolean;
  authorId: string | null;
  authorSide: 'requester' | 'hr' | null;
  body?: string;
  event?: Explanation | null;
  attachmentIds?: string[];
  createdAt: Date;
}

/** Adds a message under the next free number (`<ticket>:<n>`); returns it. */
export async function appendMessage(ticket: Pick<StoredTicket, '_id' | 'messageCount'>, message: NewMessage): Promise<StoredMessage> {
  let stored: StoredMessage | undefined;
  await insertFirstFree(ticket.messageCount + 1, async (number) => {
    const document: StoredMessage = {
      _id: messageId(ticket._id, number),
      ticketId: ticket._id,
      number,
      kind: message.kind,
      internal: message.internal,
      authorId: message.authorId,
      authorSide: message.authorSide,
      body: message.body ?? '',
      event: message.event ?? null,
      attachmentIds: message.attachmentIds ?? [],
      createdAt: message.createdAt,
    };
    await TicketMessageModel.create(document);
    stored = document;
  });
  return stored!;
}

/**
 * A page of a ticket's messages, oldest first: the latest `MESSAGE_PAGE`, or those before
 * message `before`. Each is read by its id (`$in` on `_id` scans the collection on the
 * embedded database; one `findById` each is an index lookup).
 */
export async function readMessages(
  ticket: Pick<StoredTicket, '_id' | 'messageCount'>,
  before?: number,
): Promise<{ messages: StoredMessage[]; older: boolean }> {
  const count = await countNumbered((number) => TicketMessageModel.exists({ _id: messageId(ticket._id, number) }), ticket.messageCount);
  const last = Math.min(count, before ? before - 1 : count);
  const first = Math.max(1, last - MESSAGE_PAGE + 1);
  if (last < 1) return { messages: [], older: false };
  const numbers = Array.from({ length: last - first + 1 }, (_, index) => first + index);
  const messages = await Promise.all(numbers.map((number) => TicketMessageModel.findById(messageId(ticket._id, number)).lean<StoredMessage>()));
  return { messages: messages.filter((message): message is StoredMessage => message !== null), older: first > 1 };
}

/** The 409 a requester gets for a ticket past its reopen window, or a merged one. */
export function cannotReopen(why: 'reopen_window_passed' | 'merged', mergedInto?: string | null): HttpProblem {
  return why === 'merged'
    ? new HttpProblem(409, 'ticket_merged', 'This request was merged', `This request was merged into ${mergedInto}; please follow that one.`)
    : new HttpProblem(409, 'reopen_window_passed', 'Too late to reopen', 'This request was closed more than 14 days ago; please open a new one.');
}
