import { model, Schema } from 'mongoose';

import { TICKETS_PER_HOUR } from '@portico/shared/tickets/tickets.schemas';
import { isDuplicateKey } from '../../platform/db/inserts';
import { HttpProblem } from '../../platform/errors';

/*
 * How many tickets one person may file: TICKETS_PER_HOUR per clock hour (a fixed window),
 * shared by every API instance because it lives in the database. Each filing takes one of
 * the hour's numbered slots, `<employee>:<hour>:<n>` for n = 1 … limit, by inserting it: the
 * duplicate-key error says a slot is taken, so the count is exact on MongoDB and on the
 * embedded database alike (where `$inc` can lose updates, and where express-rate-limit's
 * MongoDB store, built on TTL indexes and `findOneAndUpdate` with `$inc`, would not hold).
 * Old slots are removed by the application (no TTL indexes there).
 */

const WINDOW_MS = 3_600_000;
const PRUNE_EVERY_MS = 600_000;

const slotSchema = new Schema(
  { _id: { type: String, required: true }, employeeId: { type: String, required: true }, expiresAt: { type: Date, required: true } },
  { strict: 'throw', versionKey: false },
);
slotSchema.index({ expiresAt: 1 });
export const CreationSlotModel = model('TicketCreationSlot', slotSchema, 'ticket_creation_slots');

let lastPruned = 0;

/**
 * Takes a slot of the current hour for this person, or throws 429 after telling
 * `retryAfter` how many seconds remain (the route sets the Retry-After header).
 */
export async function takeCreationSlot(employeeId: string, now: Date, retryAfter: (seconds: number) => void = () => {}, limit = TICKETS_PER_HOUR): Promise<void> {
  const window = Math.floor(now.getTime() / WINDOW_MS);
  const expiresAt = new Date((window + 1) * WINDOW_MS);
  for (let slot = 1; slot <= limit; slot++) {
    try {
      await CreationSlotModel.create({ _id: `${employeeId}:${window}:${slot}`, employeeId, expiresAt });
      await pruneNowAndThen(now);
      return;
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
    }
  }
  const retryAfterSeconds = Math.ceil((expiresAt.getTime() - now.getTime()) / 1000);
  const minutes = Math.ceil(retryAfterSeconds / 60);
  retryAfter(retryAfterSeconds);
  throw new HttpProblem(429, 'too_many_tickets', 'Too many requests', `You can open up to ${limit} requests an hour. Please try again in ${minutes} minute${minutes === 1 ? '' : 's'}, or call or email HR if it cannot wait.`);
}

async function pruneNowAndThen(now: Date): Promise<void> {
  if (now.getTime() - lastPruned < PRUNE_EVERY_MS) return;
  lastPruned = now.getTime();
  await CreationSlotModel.deleteMany({ expiresAt: { $lt: now } });
}
