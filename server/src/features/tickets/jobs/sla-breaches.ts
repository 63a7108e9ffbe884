import type { BreachTarget } from '../ticket-notifications';
import type { QueueEntry } from '../ticket.models';

/*
 * When a ticket has missed an SLA target. Only while its clocks run, that is while HR has
 * it (new, open): waiting on the employee pauses them (ticket-sla.ts moves the resolution
 * due date on when they run again), and a resolved or closed ticket misses nothing more.
 */

export type { BreachTarget } from '../ticket-notifications';

type SlaFields = Pick<QueueEntry, 'state' | 'firstResponseAt' | 'firstResponseDueAt' | 'resolutionDueAt' | 'firstResponseBreachedAt' | 'resolutionBreachedAt'>;

const past = (due: Date | null, now: Date): due is Date => Boolean(due && due.getTime() < now.getTime());

/** The targets overdue at `now`: the first response while there is none, and the resolution. */
export function missedTargets(ticket: SlaFields, now: Date): BreachTarget[] {
  if (ticket.state !== 'new' && ticket.state !== 'open') return [];
  const missed: BreachTarget[] = [];
  if (!ticket.firstResponseAt && past(ticket.firstResponseDueAt, now)) missed.push('first-response');
  if (past(ticket.resolutionDueAt, now)) missed.push('resolution');
  return missed;
}

/** The field that records a breach of `target`. */
export const breachField = (target: BreachTarget) => (target === 'first-response' ? 'firstResponseBreachedAt' : 'resolutionBreachedAt');

/** The due date a target was missed at: the record on the ticket (null: not recorded yet). */
export const breachedAt = (ticket: SlaFields, target: BreachTarget): Date | null => ticket[breachField(target)] ?? null;
