import { DateTime } from 'luxon';

import { ticketCategories, type TicketCategory } from '@portico/shared/tickets/catalogue.schemas';
import {
  backlogBuckets,
  backlogBucketStartDays,
  dayAfter,
  mondayOf,
  type BacklogBucket,
  type HelpDeskReport,
  type ReportPeriod,
  type SlaRow,
  type TimeBasis,
} from '@portico/shared/tickets/reports.schemas';
import type { TicketState } from '@portico/shared/tickets/tickets.schemas';
import { allTeams, type StoredTeam } from '../catalogue/catalogue.models';
import { addBusinessMinutes, businessDueAt, businessMinutesBetween, elapsedBusinessMinutes } from '../sla/business-hours';
import { workingCalendars, type CalendarOf } from '../../settings';
import { DeflectionModel, TicketModel, TicketQueueModel, type StoredTicket } from '../ticket.models';
import { compliance, durationStats, type Outcome } from './statistics';

/*
 * The help desk's figures (issue 5 §10), defined in docs/helpdesk.md, "Reports". The
 * embedded database groups with $sum/$count only and scans a collection for any filter
 * but `_id`, so each collection is read once, with only the fields needed, and the
 * figures are computed here: the tickets filed in the period, the open ones in the
 * queue (a small collection), the deflections counted, the teams (a few documents).
 */

/** What a report reads of a ticket: no subject, question, answers or people. */
export type ReportTicket = Pick<
  StoredTicket,
  | '_id'
  | 'category'
  | 'teamId'
  | 'state'
  | 'createdAt'
  | 'firstResponseAt'
  | 'resolvedAt'
  | 'firstResponseDueAt'
  | 'resolutionDueAt'
  | 'sla'
  | 'csat'
  | 'mergedInto'
>;
const projection = {
  category: 1,
  teamId: 1,
  state: 1,
  createdAt: 1,
  firstResponseAt: 1,
  resolvedAt: 1,
  firstResponseDueAt: 1,
  resolutionDueAt: 1,
  sla: 1,
  csat: 1,
  mergedInto: 1,
};

/** States in which HR still owes the requester something: the backlog, and the clocks that can still be missed. */
const openStates: readonly TicketState[] = ['new', 'open', 'waiting_on_employee'];
const MINUTE = 60_000;
const DAY = 86_400_000;

export async function helpDeskReport(period: ReportPeriod, now: Date): Promise<HelpDeskReport> {
  const start = new Date(`${period.from}T00:00:00.000Z`);
  const end = new Date(`${dayAfter(period.to)}T00:00:00.000Z`);
  const [tickets, queue, deflections, teams, calendarOf] = await Promise.all([
    TicketModel.find({ createdAt: { $gte: start, $lt: end } }, projection).lean<ReportTicket[]>(),
    TicketQueueModel.find({}, { state: 1, createdAt: 1 }).lean<{ state: TicketState; createdAt: Date }[]>(),
    DeflectionModel.countDocuments({ at: { $gte: start, $lt: end } }),
    allTeams(),
    workingCalendars(),
  ]);
  return computeReport({ period, now, tickets, openTickets: queue.filter((entry) => openStates.includes(entry.state)), deflections, teams, calendarOf });
}

export interface ReportInput {
  period: ReportPeriod;
  now: Date;
  /** Tickets filed in the period. */
  tickets: readonly ReportTicket[];
  /** Tickets open now, whenever filed. */
  openTickets: readonly { createdAt: Date }[];
  /** Deflections recorded in the period. */
  deflections: number;
  teams: readonly Pick<StoredTeam, '_id' | 'name'>[];
  /** The offices' working calendars (settings). */
  calendarOf: CalendarOf;
}

/** One ticket's figures, worked out once whatever groups it is counted in. */
interface Figures {
  ticket: ReportTicket;
  firstResponseMinutes: number | undefined;
  resolutionMinutes: number | undefined;
  firstResponse: Outcome;
  resolution: Outcome;
}

export function computeReport({ period, now, tickets, openTickets, deflections, teams, calendarOf }: ReportInput): HelpDeskReport {
  // Merged duplicates count as filed, but their clocks belong to the ticket they went into.
  const merged = (ticket: ReportTicket) => Boolean(ticket.mergedInto);
  // Business time needs every measured ticket's office and targets; otherwise all are wall-clock, so figures stay comparable.
  const basis: TimeBasis = tickets.every((ticket) => merged(ticket) || ticket.sla || (!ticket.firstResponseAt && !ticket.resolvedAt))
    ? 'business'
    : 'wall-clock';
  const measured: Figures[] = tickets.filter((ticket) => !merged(ticket)).map((ticket) => figuresOf(ticket, basis, now, calendarOf));
  const times = (rows: readonly Figures[]) => ({
    firstResponse: durationStats(rows.flatMap((row) => (row.firstResponseMinutes === undefined ? [] : [row.firstResponseMinutes]))),
    resolution: durationStats(rows.flatMap((row) => (row.resolutionMinutes === undefined ? [] : [row.resolutionMinutes]))),
  });
  const sla = (rows: readonly Figures[]): SlaRow => ({
    firstResponse: compliance(rows.map((row) => row.firstResponse)),
    resolution: compliance(rows.map((row) => row.resolution)),
  });
  const categories = ticketCategories.filter((category) => tickets.some((ticket) => ticket.category === category));
  const byCategory = (category: TicketCategory) => measured.filter((row) => row.ticket.category === category);
  const teamNames = new Map(teams.map((team) => [team._id, team.name]));
  const teamIds = [...new Set(measured.map((row) => row.ticket.teamId))];
  const ratings = tickets.flatMap((ticket) => ticket.csat.map((entry) => entry.rating));

  return {
    period,
    generatedAt: now.toISOString(),
    tickets: tickets.length,
    volume: volume(period, tickets),
    times: { basis, ...times(measured), byCategory: categories.map((category) => ({ category, ...times(byCategory(category)) })) },
    sla: {
      overall: sla(measured),
      byTeam: teamIds
        .map((teamId) => ({
          teamId,
          name: teamNames.get(teamId) ?? { en: teamId, es: teamId },
          ...sla(measured.filter((row) => row.ticket.teamId === teamId)),
        }))
        .sort((a, b) => a.name.en.localeCompare(b.name.en)),
      byCategory: categories.map((category) => ({ category, ...sla(byCategory(category)) })),
    },
    csat: {
      count: ratings.length,
      average: ratings.length ? ratings.reduce((sum, rating) => sum + rating, 0) / ratings.length : null,
      distribution: [1, 2, 3, 4, 5].map((rating) => ({ rating, count: ratings.filter((given) => given === rating).length })),
    },
    deflection: { deflections, tickets: tickets.length, rate: deflections + tickets.length ? deflections / (deflections + tickets.length) : null },
    backlog: backlog(openTickets, now),
  };
}

const zeroCounts = () => Object.fromEntries(ticketCategories.map((category) => [category, 0])) as Record<TicketCategory, number>;

/** Tickets filed per ISO week (weeks start on Monday, UTC) and category; every week of the period, empty ones too. */
function volume(period: ReportPeriod, tickets: readonly ReportTicket[]): HelpDeskReport['volume'] {
  const weeks = new Map<string, { week: string; start: string; counts: Record<TicketCategory, number>; total: number }>();
  for (let monday = mondayOf(period.from); monday <= period.to; monday = DateTime.fromISO(monday, { zone: 'utc' }).plus({ weeks: 1 }).toISODate()!) {
    weeks.set(monday, { week: DateTime.fromISO(monday, { zone: 'utc' }).toFormat("kkkk-'W'WW"), start: monday, counts: zeroCounts(), total: 0 });
  }
  const byCategory = zeroCounts();
  for (const ticket of tickets) {
    const week = weeks.get(mondayOf(ticket.createdAt.toISOString().slice(0, 10)))!;
    week.counts[ticket.category]++;
    week.total++;
    byCategory[ticket.category]++;
  }
  return { weeks: [...weeks.values()], byCategory };
}

/**
 * A ticket's times and whether it met its targets. Business time walks the office
 * calendar day by day, so each walk is bounded: by the time to the reply or resolution,
 * or by the target (a due date) for a clock still running, never by the ticket's age.
 */
function figuresOf(ticket: ReportTicket, basis: TimeBasis, now: Date, calendarOf: CalendarOf): Figures {
  const owed = openStates.includes(ticket.state);
  const wallClock = (to: Date) => (to.getTime() - ticket.createdAt.getTime()) / MINUTE;
  const sla = ticket.sla;
  const calendar = sla ? calendarOf(sla.locationId) : undefined;
  const businessFirstResponse = sla && ticket.firstResponseAt ? businessMinutesBetween(ticket.createdAt, ticket.firstResponseAt, calendar!) : undefined;
  // What the resolution clock ran until the (latest) resolution, pauses left out.
  const businessResolution = sla && ticket.resolvedAt ? elapsedBusinessMinutes(sla.intervals, calendar!, ticket.resolvedAt) : undefined;
  const inBasis = (business: number | undefined, at: Date | null) =>
    !at ? undefined : basis === 'business' && business !== undefined ? business : wallClock(at);
  return {
    ticket,
    firstResponseMinutes: inBasis(businessFirstResponse, ticket.firstResponseAt),
    resolutionMinutes: inBasis(businessResolution, ticket.resolvedAt),
    firstResponse: firstResponseOutcome(ticket, owed, businessFirstResponse, now, calendarOf),
    resolution: resolutionOutcome(ticket, owed, businessResolution, now, calendarOf),
  };
}

/**
 * Met: first replied within the target. Missed: replied after it, or not yet while HR
 * still owes an answer and the target has passed. Otherwise (still within the target,
 * or resolved or closed without a reply) not counted.
 */
function firstResponseOutcome(ticket: ReportTicket, owed: boolean, businessMinutes: number | undefined, now: Date, calendarOf: CalendarOf): Outcome {
  if (ticket.sla) {
    if (businessMinutes !== undefined) return businessMinutes <= ticket.sla.firstResponseMinutes ? 'met' : 'missed';
    if (!owed) return undefined;
    const due = ticket.firstResponseDueAt ?? addBusinessMinutes(ticket.createdAt, ticket.sla.firstResponseMinutes, calendarOf(ticket.sla.locationId));
    return now > due ? 'missed' : undefined;
  }
  if (!ticket.firstResponseDueAt) return undefined;
  if (ticket.firstResponseAt) return ticket.firstResponseAt <= ticket.firstResponseDueAt ? 'met' : 'missed';
  return owed && now > ticket.firstResponseDueAt ? 'missed' : undefined;
}

/**
 * Met: resolved with the resolution clock (paused while waiting on the employee) within
 * the target. Missed: resolved past it, or still open with the clock already past it.
 * Otherwise (still within the target, or closed without a resolution) not counted.
 */
function resolutionOutcome(ticket: ReportTicket, owed: boolean, businessMinutes: number | undefined, now: Date, calendarOf: CalendarOf): Outcome {
  if (ticket.sla) {
    if (businessMinutes !== undefined) return businessMinutes <= ticket.sla.resolutionMinutes ? 'met' : 'missed';
    if (!owed) return undefined;
    // When the clock reaches (or reached) the target; null while paused short of it.
    const due = businessDueAt(ticket.sla.intervals, ticket.sla.resolutionMinutes, calendarOf(ticket.sla.locationId));
    return due && now > due ? 'missed' : undefined;
  }
  if (!ticket.resolutionDueAt) return undefined;
  if (ticket.resolvedAt) return ticket.resolvedAt <= ticket.resolutionDueAt ? 'met' : 'missed';
  return owed && now > ticket.resolutionDueAt ? 'missed' : undefined;
}

/** Open tickets by how long ago they were filed (wall-clock days; a bucket includes its lower bound). */
function backlog(openTickets: readonly { createdAt: Date }[], now: Date): HelpDeskReport['backlog'] {
  const counts = new Map<BacklogBucket, number>(backlogBuckets.map((bucket) => [bucket, 0]));
  for (const ticket of openTickets) {
    const ageDays = (now.getTime() - ticket.createdAt.getTime()) / DAY;
    const bucket = [...backlogBuckets].reverse().find((candidate) => ageDays >= backlogBucketStartDays[candidate]) ?? 'under-1-day';
    counts.set(bucket, counts.get(bucket)! + 1);
  }
  return { total: openTickets.length, buckets: backlogBuckets.map((bucket) => ({ bucket, count: counts.get(bucket)! })) };
}
