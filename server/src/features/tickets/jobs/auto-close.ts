import { model, Schema } from 'mongoose';

import { AUTO_CLOSE_DAYS } from '@portico/shared/tickets/tickets.schemas';
import { isDuplicateKey } from '../../../platform/db/inserts';
import { moveTicket } from '../ticket-commands';
import { TicketModel, TicketQueueModel, type QueueEntry, type StoredTicket } from '../ticket.models';
import { syncQueueEntry } from '../ticket-store';
import type { JobContext } from './sla-sweep';

const DAY_MS = 86_400_000;
/** A claim not finished after this long belongs to an instance that died: the next attempt may take over. */
const STALE_CLAIM_MS = 10 * 60_000;
/** Claims only matter while their ticket could still be read as resolved by a sweep. */
const KEEP_CLAIMS_MS = 30 * DAY_MS;

/**
 * Who closes which resolution: `<ref>:<resolution>:<attempt>`, inserted once. A ticket
 * reopened and resolved again has a new resolution number, so it gets its own claim.
 */
const claimSchema = new Schema(
  {
    _id: { type: String, required: true },
    ticketId: { type: String, required: true },
    claimedAt: { type: Date, required: true },
    finishedAt: { type: Date, default: null },
  },
  { strict: 'throw', versionKey: false },
);
export const AutoCloseClaimModel = model('TicketAutoCloseClaim', claimSchema, 'ticket_auto_closes');

async function claim(ticket: StoredTicket, now: Date): Promise<string | undefined> {
  for (let attempt = 1; attempt <= 5; attempt++) {
    const _id = `${ticket._id}:${ticket.resolutions}:${attempt}`;
    try {
      await AutoCloseClaimModel.create({ _id, ticketId: ticket._id, claimedAt: now, finishedAt: null });
      return _id;
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
      const existing = await AutoCloseClaimModel.findById(_id).lean();
      if (!existing || existing.finishedAt || now.getTime() - existing.claimedAt.getTime() < STALE_CLAIM_MS) return undefined;
    }
  }
  return undefined;
}

/**
 * Auto-close (hourly): a ticket resolved `AUTO_CLOSE_DAYS` calendar days ago (7 × 24 hours)
 * and not reopened since is closed by the system, through the same state change as
 * everyone's (`moveTicket`: a public `ticket.event.state` event with no author, `closedAt`,
 * and its queue entry removed). Reads the small `ticket_queue`, then each candidate by
 * `_id`; one instance closes each resolution (the claim's insert decides), so two sweeps at
 * once write one event. Returns how many it closed.
 */
export async function autoCloseResolved(context: JobContext): Promise<number> {
  const cutoff = context.now.getTime() - AUTO_CLOSE_DAYS * DAY_MS;
  const entries = await TicketQueueModel.find({ state: 'resolved' }).lean<QueueEntry[]>();
  let closed = 0;
  for (const entry of entries) {
    // Entries written before they carried `resolvedAt` are checked on the ticket.
    if (entry.resolvedAt && entry.resolvedAt.getTime() > cutoff) continue;
    const ticket = await TicketModel.findById(entry._id).lean<StoredTicket>();
    if (!ticket) continue;
    if (ticket.state !== 'resolved') {
      // A stale entry (a crash between a ticket's write and its entry's): put it right.
      if (entry.state !== ticket.state) await syncQueueEntry(ticket);
      continue;
    }
    if (!ticket.resolvedAt || ticket.resolvedAt.getTime() > cutoff) continue;
    const claimed = await claim(ticket, context.now);
    if (!claimed) continue;
    await moveTicket(ticket, 'closed', null, 'agent', context.now);
    await AutoCloseClaimModel.updateOne({ _id: claimed }, { $set: { finishedAt: context.now } });
    closed++;
  }
  await AutoCloseClaimModel.deleteMany({ claimedAt: { $lt: new Date(context.now.getTime() - KEEP_CLAIMS_MS) } });
  return closed;
}
