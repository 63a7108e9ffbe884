import { findTeam } from '../catalogue/catalogue.models';
import { ticketBreached, type Messenger } from '../ticket-notifications';
import { TicketModel, TicketQueueModel, type QueueEntry, type StoredTicket } from '../ticket.models';
import { updateTicket } from '../ticket-store';
import { breachedAt, breachField, missedTargets, type BreachTarget } from './sla-breaches';

/** What a job run knows: its moment, and how to tell people. */
export interface JobContext {
  now: Date;
  messenger: Messenger;
}

/**
 * The SLA sweep (every minute): each ticket HR has that missed a target gets the breach
 * recorded (`firstResponseBreachedAt` / `resolutionBreachedAt`: the due date it missed) and
 * the lead of its team is told, in the portal and by email, once per ticket and target.
 *
 * Once-ness is the notification's insert (`ticket.breach:<ref>:<target>`), on MongoDB and on
 * the embedded database alike: two instances sweeping at once, or a sweep repeated after a
 * crash, insert the same id and only one of them sends the mail. The notice goes before the
 * record, so a crash between the two leaves the record to the next sweep, not the notice.
 * It reads the small `ticket_queue` (tickets not closed), then by `_id` only the tickets
 * that look overdue there. Returns how many breaches it recorded.
 */
export async function sweepSlaBreaches(context: JobContext): Promise<number> {
  const entries = await TicketQueueModel.find({ state: { $in: ['new', 'open'] } }).lean<QueueEntry[]>();
  let recorded = 0;
  for (const entry of entries) {
    if (!missedTargets(entry, context.now).some((target) => !breachedAt(entry, target))) continue;
    // The queue entry is a copy: decide on the ticket itself.
    const ticket = await TicketModel.findById(entry._id).lean<StoredTicket>();
    if (!ticket) continue;
    for (const target of missedTargets(ticket, context.now)) {
      if (breachedAt(ticket, target)) continue;
      await recordBreach(context, ticket, target);
      recorded++;
    }
  }
  return recorded;
}

async function recordBreach(context: JobContext, ticket: StoredTicket, target: BreachTarget): Promise<void> {
  const team = await findTeam(ticket.teamId);
  if (team?.leadId) await ticketBreached(context.messenger, ticket, target, team.leadId);
  else context.messenger.logger.warn({ ticketId: ticket._id, teamId: ticket.teamId, target }, 'SLA breach with no team lead to tell');
  const dueAt = target === 'first-response' ? ticket.firstResponseDueAt : ticket.resolutionDueAt;
  // The due date, not the sweep's moment: every instance writes the same value.
  await updateTicket(ticket._id, { [breachField(target)]: dueAt });
}
