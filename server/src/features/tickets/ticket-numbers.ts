import { isDuplicateKey } from '../../platform/db/inserts';
import { countNumbered, insertFirstFree } from '../../platform/db/numbered';
import { RequesterCountModel, RequesterEntryModel, TicketCounterModel } from './ticket.models';

/*
 * Numbers that must never be handed out twice (references, message numbers, a requester's
 * list) are decided by inserts (platform/db/numbered.ts); counters only say where to start.
 */

/** `HR-2026-00042`: the year the ticket was filed and its number in that year, five digits or more. */
export const formatReference = (year: number, number: number) => `HR-${year}-${String(number).padStart(5, '0')}`;

/**
 * Inserts a new ticket under the next free reference of the year and returns the reference.
 * The counter (`$inc`, atomic on MongoDB) makes collisions rare; when two creations get the
 * same number anyway (the embedded database can lose an `$inc`), the ticket insert of one
 * fails on the duplicate `_id` and it takes the next, moving the counter on as it goes.
 */
export async function insertWithReference(year: number, insert: (reference: string) => Promise<unknown>): Promise<string> {
  const counterId = `HR-${year}`;
  let next = await nextCount(counterId);
  for (let attempt = 0; attempt < 1_000; attempt++) {
    const reference = formatReference(year, next);
    try {
      await insert(reference);
      return reference;
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
      next = Math.max(next + 1, await nextCount(counterId));
    }
  }
  throw new Error(`no free reference in ${year} after 1000 attempts`);
}

async function nextCount(counterId: string): Promise<number> {
  for (let attempt = 0; ; attempt++) {
    try {
      const counter = await TicketCounterModel.findOneAndUpdate({ _id: counterId }, { $inc: { last: 1 } }, { upsert: true, returnDocument: 'after' }).lean();
      return counter!.last;
    } catch (error) {
      // Two first tickets of a year upserting the counter together: one insert loses; again.
      if (!isDuplicateKey(error) || attempt > 5) throw error;
    }
  }
}

/** Adds a ticket to its requester's list (`<employee>:<n>`, n from 1, newest last). */
export async function addToRequesterList(requesterId: string, ticketId: string, createdAt: Date): Promise<void> {
  const hint = (await RequesterCountModel.findById(requesterId).lean())?.count ?? 0;
  const number = await insertFirstFree(hint + 1, (n) => RequesterEntryModel.create({ _id: `${requesterId}:${n}`, ticketId, createdAt }));
  try {
    await RequesterCountModel.updateOne({ _id: requesterId }, { $set: { count: number } }, { upsert: true });
  } catch (error) {
    // A first ticket filed twice at once: the other upsert created the hint; readers look further anyway.
    if (!isDuplicateKey(error)) throw error;
  }
}

/** A requester's ticket ids, newest first, for one page. */
export async function requesterTicketIds(requesterId: string, page: number, pageSize: number): Promise<{ total: number; ids: string[] }> {
  const hint = (await RequesterCountModel.findById(requesterId).lean())?.count ?? 0;
  const total = await countNumbered((n) => RequesterEntryModel.exists({ _id: `${requesterId}:${n}` }), hint);
  const newest = total - (page - 1) * pageSize;
  const numbers = Array.from({ length: Math.max(0, Math.min(pageSize, newest)) }, (_, index) => newest - index);
  const entries = await Promise.all(numbers.map((n) => RequesterEntryModel.findById(`${requesterId}:${n}`).lean()));
  return { total, ids: entries.flatMap((entry) => (entry ? [entry.ticketId] : [])) };
}
