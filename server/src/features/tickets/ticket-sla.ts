import type { TicketState } from '@portico/shared/tickets/tickets.schemas';
import { addBusinessMinutes, businessDueAt } from './sla/business-hours';
import type { CalendarOf } from '../settings';
import type { StoredTicket } from './ticket.models';

/*
 * A ticket's SLA targets in business minutes (issue 5 §6): the first response is due
 * `firstResponseMinutes` after filing; the resolution clock runs while HR has the ticket
 * (new, open) and pauses while it waits on the employee, so its due date moves on when
 * the clock runs again and is null while paused. Business hours are those of the
 * requester's office, as HR keeps them in the settings (`workingCalendars()`: the office's
 * own calendar or the HR contact's schedule); the office is fixed when the ticket is filed, as are its targets.
 */

const running: readonly TicketState[] = ['new', 'open'];

export function slaAtFiling(
  targets: { firstResponseMinutes: number; resolutionMinutes: number },
  locationId: string,
  now: Date,
  calendarOf: CalendarOf,
): Pick<StoredTicket, 'sla' | 'firstResponseDueAt' | 'resolutionDueAt'> {
  const calendar = calendarOf(locationId);
  return {
    sla: {
      firstResponseMinutes: targets.firstResponseMinutes,
      resolutionMinutes: targets.resolutionMinutes,
      locationId,
      intervals: [{ start: now, end: null }],
    },
    firstResponseDueAt: addBusinessMinutes(now, targets.firstResponseMinutes, calendar),
    resolutionDueAt: addBusinessMinutes(now, targets.resolutionMinutes, calendar),
  };
}

/** Whether a move to `to` starts the resolution clock again: the only move that needs the office's calendar. */
export const clockRestarts = (ticket: Pick<StoredTicket, 'sla' | 'state'>, to: TicketState) =>
  Boolean(ticket.sla) && !running.includes(ticket.state) && running.includes(to);

/** What a move to `to` does to the resolution clock: stop it, pause it, or run it again. */
export function slaOnMove(
  ticket: Pick<StoredTicket, 'sla' | 'state' | 'resolutionDueAt'>,
  to: TicketState,
  now: Date,
  calendarOf: CalendarOf,
): Partial<Pick<StoredTicket, 'sla' | 'resolutionDueAt'>> {
  if (!ticket.sla) return {};
  const wasRunning = running.includes(ticket.state);
  const willRun = running.includes(to);
  if (wasRunning === willRun) return {};
  const intervals = willRun
    ? [...ticket.sla.intervals, { start: now, end: null }]
    : ticket.sla.intervals.map((interval) => (interval.end ? interval : { start: interval.start, end: now }));
  const sla = { ...ticket.sla, intervals };
  if (willRun) return { sla, resolutionDueAt: businessDueAt(intervals, sla.resolutionMinutes, calendarOf(sla.locationId)) };
  // Waiting on the employee: paused, no due date. Resolved or closed: the date that applied stays.
  return { sla, ...(to === 'waiting_on_employee' ? { resolutionDueAt: null } : {}) };
}
