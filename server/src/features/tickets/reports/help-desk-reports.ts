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
import { businessMinutesBetween, elapsedBusinessMinutes } from '../sla/business-hours';
import { calendarFor } from '../ticket-sla';
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
  '_id' | 'category' | 'teamId' | 'state' | 'createdAt' | 'firstResponseAt' | 'resolvedAt' | 'firstResponseDueAt' | 'resolutionDueAt' | 'sla' | 'csat' | 'mergedInto'
>;
const projection = { category: 1, teamId: 1, state: 1, createdAt: 1, firstResponseAt: 1, resolvedAt: 1, firstResponseDueAt: 1, resolutionDueAt: 1, sla: 1, csat: 1, mergedInto: 1 };

/** States in which HR still owes the requester something: the backlog, and the clocks that can still be missed. */
const openStates: readonly TicketState[] = ['new', 'open', 'waiting_on_employee'];
const MINUTE = 60_000;
const DAY = 86_400_000;

export async function helpDeskReport(period: ReportPeriod, now: Date): Promise<HelpDeskReport> {
  const start = new Date(`${period.from}T00:00:00.000Z`);
  const end = new Date(`${dayAfter(period.to)}T00:00:00.000Z`);
  const [tickets, queue, deflections, teams] = await Promise.all([
    TicketModel.find({ createdAt: { $gte: start, $lt: end } }, projection).lean<ReportTicket[]>(),
    TicketQueueModel.find({}, { state: 1, createdAt: 1 }).lean<{ state: TicketState; createdAt: Date }[]>(),
    DeflectionModel.countDocuments({ at: { $gte: start, $lt: end } }),
    allTeams(),
  ]);
  return computeReport({ period, now, tickets, openTickets: queue.filter((entry) => openStates.includes(entry.state)), deflections, teams });
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
}

export function computeReport({ period, now, tickets, openTickets, deflections, teams }: ReportInput): HelpDeskReport {
  // Merged duplicates count as filed, but their clocks belong to the ticket they went into.
  const measured = tickets.filter((ticket) => !ticket.mergedInto);
  // Business time needs every measured ticket's office and targets; otherwise all are wall-clock, so figures stay comparable.
  const basis: TimeBasis = measured.every((ticket) => ticket.sla || (!ticket.firstResponseAt && !ticket.resolvedAt)) ? 'business' : 'wall-clock';
  const times = (rows: readonly ReportTicket[]) => ({
    firstResponse: durationStats(rows.flatMap((ticket) => (ticket.firstResponseAt ? [firstResponseMinutes(ticket, basis)] : []))),
    resolution: durationStats(rows.flatMap((ticket) => (ticket.resolvedAt ? [resolutionMinutes(ticket, basis)] : []))),
  });
  const sla = (rows: readonly ReportTicket[]): SlaRow => ({
    firstResponse: compliance(rows.map((ticket) => firstResponseOutcome(ticket, now))),
    resolution: compliance(rows.map((ticket) => resolutionOutcome(ticket, now))),
  });
  const categories = ticketCategories.filter((category) => tickets.some((ticket) => ticket.category === category));
  const byCategory = (category: TicketCategory) => measured.filter((ticket) => ticket.category === category);
  const teamNames = new Map(teams.map((team) => [team._id, team.name]));
  const teamIds = [...new Set(measured.map((ticket) => ticket.teamId))];
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
        .map((teamId) => ({ teamId, name: teamNames.get(teamId) ?? { en: teamId, es: teamId }, ...sla(measured.filter((ticket) => ticket.teamId === teamId)) }))
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

/** From filing to HR's first public reply. */
function firstResponseMinutes(ticket: ReportTicket, basis: TimeBasis): number {
  if (basis === 'wall-clock' || !ticket.sla) return (ticket.firstResponseAt!.getTime() - ticket.createdAt.getTime()) / MINUTE;
  return businessMinutesBetween(ticket.createdAt, ticket.firstResponseAt!, calendarFor(ticket.sla.locationId));
}

/** Business time: what the resolution clock ran until the (latest) resolution, pauses left out. Wall-clock: filing to resolution. */
function resolutionMinutes(ticket: ReportTicket, basis: TimeBasis): number {
  if (basis === 'wall-clock' || !ticket.sla) return (ticket.resolvedAt!.getTime() - ticket.createdAt.getTime()) / MINUTE;
  return elapsedBusinessMinutes(ticket.sla.intervals, calendarFor(ticket.sla.locationId), ticket.resolvedAt!);
}

/**
 * Met: first replied within the target. Missed: replied after it, or not yet while HR
 * still owes an answer and the target has passed. Otherwise (still within the target,
 * or resolved or closed without a reply) not counted.
 */
function firstResponseOutcome(ticket: ReportTicket, now: Date): Outcome {
  const owed = openStates.includes(ticket.state);
  if (ticket.sla) {
    const calendar = calendarFor(ticket.sla.locationId);
    if (ticket.firstResponseAt) return businessMinutesBetween(ticket.createdAt, ticket.firstResponseAt, calendar) <= ticket.sla.firstResponseMinutes ? 'met' : 'missed';
    return owed && businessMinutesBetween(ticket.createdAt, now, calendar) > ticket.sla.firstResponseMinutes ? 'missed' : undefined;
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
function resolutionOutcome(ticket: ReportTicket, now: Date): Outcome {
  const owed = openStates.includes(ticket.state);
  if (!ticket.resolvedAt && !owed) return undefined;
  if (ticket.sla) {
    const ran = elapsedBusinessMinutes(ticket.sla.intervals, calendarFor(ticket.sla.locationId), ticket.resolvedAt ?? now);
    if (ticket.resolvedAt) return ran <= ticket.sla.resolutionMinutes ? 'met' : 'missed';
    return ran > ticket.sla.resolutionMinutes ? 'missed' : undefined;
  }
  if (!ticket.resolutionDueAt) return undefined;
  if (ticket.resolvedAt) return ticket.resolvedAt <= ticket.resolutionDueAt ? 'met' : 'missed';
  return now > ticket.resolutionDueAt ? 'missed' : undefined;
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
