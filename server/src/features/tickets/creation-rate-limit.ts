import type { Response } from 'express';

import { TICKETS_PER_HOUR } from '@portico/shared/tickets/tickets.schemas';
import { HttpProblem } from '../../platform/errors';
import type { Logger } from '../../platform/logger';
import { removeRecords, SlidingWindowLimit } from '../../platform/rate-limit/sliding-window-limit';

const NAME = 'tickets.create';

/**
 * How many tickets one person may file: TICKETS_PER_HOUR in any sixty minutes (a sliding
 * window, not the clock hour), shared by every API instance and decided by inserts
 * (platform/rate-limit/sliding-window-limit.ts).
 */
export const ticketCreationLimit = (options: { secret: string; logger: Logger }) =>
  new SlidingWindowLimit(NAME, { limit: TICKETS_PER_HOUR, windowMs: 3_600_000 }, options);

/** Takes one of the person's filings at `now`, or answers 429 with the truthful Retry-After. */
export async function takeCreationSlot(limit: SlidingWindowLimit, employeeId: string, now: Date, response: Response): Promise<void> {
  const verdict = await limit.take(employeeId, now);
  if (verdict.allowed) return;
  const minutes = Math.ceil(verdict.retryAfterSeconds / 60);
  response.set('Retry-After', String(verdict.retryAfterSeconds));
  throw new HttpProblem(
    429,
    'too_many_tickets',
    'Too many requests',
    `You can open up to ${limit.rule.limit} requests in an hour. Please try again in ${minutes} minute${minutes === 1 ? '' : 's'}, or call or email HR if it cannot wait.`,
  );
}

/** Forgets everyone's filings (specs that file more than the limit over their tests). */
export const forgetTicketCreations = () => removeRecords(NAME);
