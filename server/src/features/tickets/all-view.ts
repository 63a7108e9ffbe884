import type { Actor } from '../auth/access.policy';
import { countNumbered, formatReference } from './ticket-numbers';
import { TicketCounterModel, TicketModel, type StoredTicket } from './ticket.models';
import { canSee } from './ticket.policy';

/*
 * The queue's "all" view with no filter and no search, read by reference instead of by a
 * scan of `tickets` (on the embedded database only `{_id}` reads use an index).
 *
 * References are `HR-<year>-<n>`, numbered in filing order per year (`insertWithReference`
 * decides the number at insert; `createdAt` is the filing time, and the demo seed numbers
 * its historical tickets in `createdAt` order), so walking the numbers (current year
 * downwards, then earlier years; or the earliest year upwards) walks `createdAt`. Tickets
 * filed in the same millisecond are put in the old order (`_id` ascending) by sorting what
 * was read, after reading on until the tie at the page's end is closed. Two creations racing
 * for numbers can leave their references a few milliseconds out of `createdAt` order; the
 * walk then lists them in reference order.
 *
 * `total`: exact when the walk reached the last ticket. Otherwise the number of tickets
 * filed (the sum of the years' counters): exact for HR admins (apart from numbers lost to a
 * failed insert), an upper bound for agents, who do not see others' confidential tickets
 * and whose exact count would need the scan this avoids. It is never less than one past
 * this page, so "Next" is only offered when another visible ticket exists.
 */

export type Walk = 'newest' | 'oldest';

const yearOf = (counterId: string) => /^HR-(\d{4})$/.exec(counterId)?.[1];

/** Each year with tickets and its last number, looking past the counter while the next one exists (a concurrent writer may be ahead). */
async function yearsFiled(): Promise<{ year: number; last: number }[]> {
  const counters = await TicketCounterModel.find({}).lean();
  return Promise.all(
    counters.flatMap((counter) => {
      const digits = yearOf(counter._id);
      if (!digits) return [];
      const year = Number(digits);
      return [countNumbered((n) => TicketModel.exists({ _id: formatReference(year, n) }), counter.last).then((last) => ({ year, last }))];
    }),
  );
}

function* references(years: { year: number; last: number }[], walk: Walk): Generator<string> {
  const ordered = [...years].sort((a, b) => (walk === 'newest' ? b.year - a.year : a.year - b.year));
  for (const { year, last } of ordered) {
    if (walk === 'newest') for (let n = last; n >= 1; n--) yield formatReference(year, n);
    else for (let n = 1; n <= last; n++) yield formatReference(year, n);
  }
}

/** The old order: `createdAt` (descending for newest first), then `_id` ascending. */
const order = (walk: Walk) => (a: StoredTicket, b: StoredTicket) =>
  (walk === 'newest' ? b.createdAt.getTime() - a.createdAt.getTime() : a.createdAt.getTime() - b.createdAt.getTime()) || (a._id < b._id ? -1 : a._id > b._id ? 1 : 0);

/** One page of the tickets `actor` may see, all of them, newest or oldest first. */
export async function allViewPage(actor: Actor, walk: Walk, start: number, pageSize: number): Promise<{ total: number; page: StoredTicket[] }> {
  const years = await yearsFiled();
  const filed = years.reduce((sum, { last }) => sum + last, 0);
  const candidates = references(years, walk);
  const batchSize = Math.max(10, 2 * pageSize);
  const end = start + pageSize;
  // Visible tickets in walk order, up to the page's end and one more, and on to the end of a tie.
  const seen: StoredTicket[] = [];
  const enough = () => seen.length > end && seen.at(-1)!.createdAt.getTime() !== seen[end - 1]!.createdAt.getTime();
  let exhausted = false;
  while (!enough()) {
    const batch: string[] = [];
    for (let next = candidates.next(); !next.done; next = candidates.next()) {
      batch.push(next.value);
      if (batch.length === batchSize) break;
    }
    if (!batch.length) {
      exhausted = true;
      break;
    }
    const tickets = await Promise.all(batch.map((id) => TicketModel.findById(id).lean<StoredTicket>()));
    for (const ticket of tickets) {
      if (!ticket || !canSee(actor, ticket, 'agent')) continue;
      seen.push(ticket);
      if (enough()) break;
    }
  }
  const page = seen.sort(order(walk)).slice(start, end);
  const total = exhausted ? seen.length : Math.max(filed, start + page.length + 1);
  return { total, page };
}
