import { z } from 'zod';

import { rule, type FieldIssue } from '../platform/field-issues';

import { interfaceLanguages } from '../i18n/languages';
import { ticketCategories } from './catalogue.schemas';

/*
 * The help desk's reports for HR admins (issue 5 §10, action reports.read): volume,
 * response and resolution times, SLA compliance, CSAT, deflection and backlog over a
 * period of whole days (UTC). Aggregates only: no subject, question or person leaves the
 * server, so confidential tickets are counted like any other (§7). docs/helpdesk.md,
 * "Reports", defines every figure.
 */

/** The period a report covers when none is asked for: 26 ISO weeks, the current one last. */
export const DEFAULT_REPORT_WEEKS = 26;
/** The longest period a report may cover (two years). */
export const MAX_REPORT_DAYS = 731;
const DAY_MS = 86_400_000;

export const reportDatePattern = /^\d{4}-\d{2}-\d{2}$/;
/** A calendar day, `YYYY-MM-DD`, read as a UTC day. */
export const ReportDateSchema = z
  .string()
  .regex(reportDatePattern, 'must be a date YYYY-MM-DD')
  .refine((value) => !reportDatePattern.test(value) || dayNumber(value) !== undefined, rule('date', 'is not a date in the calendar'));

/** Days since 1970-01-01 of a `YYYY-MM-DD`, or undefined for 2026-02-30 and the like. */
function dayNumber(value: string): number | undefined {
  if (!reportDatePattern.test(value)) return undefined;
  const [year, month, day] = value.split('-').map(Number) as [number, number, number];
  const time = Date.UTC(year, month - 1, day);
  const date = new Date(time);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? time / DAY_MS : undefined;
}

const dateOf = (days: number): string => new Date(days * DAY_MS).toISOString().slice(0, 10);

/** The Monday of the ISO week a day falls in. */
export function mondayOf(date: string): string {
  const days = dayNumber(date)!;
  // 1970-01-01 was a Thursday: (days + 3) % 7 is 0 on Mondays.
  return dateOf(days - ((((days + 3) % 7) + 7) % 7));
}

export const HelpDeskReportQuerySchema = z
  .strictObject({
    /** First day of the period (UTC); default: the Monday 25 weeks before this week's. */
    from: ReportDateSchema.optional(),
    /** Last day of the period, included (UTC); default: today. */
    to: ReportDateSchema.optional(),
  })
  .meta({ id: 'HelpDeskReportQuery' });
export type HelpDeskReportQuery = z.infer<typeof HelpDeskReportQuerySchema>;

export interface ReportPeriod {
  /** First day, `YYYY-MM-DD`. */
  from: string;
  /** Last day, included. */
  to: string;
}

/**
 * The period a query asks for, the defaults filled in from `today` (`YYYY-MM-DD`, UTC),
 * or what is wrong with it as `{ path, message }` (the server answers 400 with them; the
 * client's picker shows the same). Dates must already match `ReportDateSchema`.
 */
export function resolveReportPeriod(query: HelpDeskReportQuery, today: string): { period: ReportPeriod } | { errors: FieldIssue[] } {
  const to = query.to ?? today;
  const from = query.from ?? lastWeeks(DEFAULT_REPORT_WEEKS, to).from;
  if (from > to) return { errors: [{ path: 'query.to', code: 'period_order', message: 'must be on or after the first day (from)' }] };
  const days = dayNumber(to)! - dayNumber(from)! + 1;
  if (days > MAX_REPORT_DAYS)
    return {
      errors: [
        {
          path: 'query.from',
          code: 'period_too_long',
          params: { max: MAX_REPORT_DAYS },
          message: `the period may be at most ${MAX_REPORT_DAYS} days (two years), not ${days}`,
        },
      ],
    };
  return { period: { from, to } };
}

/** The last `weeks` ISO weeks up to `today` included, the current (partial) week last. */
export function lastWeeks(weeks: number, today: string): ReportPeriod {
  return { from: dateOf(dayNumber(mondayOf(today))! - (weeks - 1) * 7), to: today };
}

/** The day after `date`: where a period's last day ends. */
export const dayAfter = (date: string): string => dateOf(dayNumber(date)! + 1);

/* ---- The report ---- */

const RateSchema = z.number().min(0).max(1).nullable().describe('A share from 0 to 1; null when nothing was counted.');

/** Median and 90th percentile of a set of durations, in minutes (business or wall-clock: `timeBasis`). */
export const DurationStatsSchema = z
  .object({
    count: z.number().int(),
    medianMinutes: z.number().nullable(),
    p90Minutes: z.number().nullable(),
  })
  .meta({ id: 'HelpDeskDurationStats' });
export type DurationStats = z.infer<typeof DurationStatsSchema>;

export const ComplianceSchema = z
  .object({
    met: z.number().int(),
    missed: z.number().int(),
    /** met ÷ (met + missed). */
    rate: RateSchema,
  })
  .meta({ id: 'HelpDeskCompliance' });
export type Compliance = z.infer<typeof ComplianceSchema>;

const SlaRowSchema = z.object({ firstResponse: ComplianceSchema, resolution: ComplianceSchema });
export type SlaRow = z.infer<typeof SlaRowSchema>;

export const backlogBuckets = ['under-1-day', '1-3-days', '3-7-days', '7-14-days', 'over-14-days'] as const;
export type BacklogBucket = (typeof backlogBuckets)[number];
/** Lower bound of each bucket in days (included); the next bucket's is its upper bound (excluded). */
export const backlogBucketStartDays: Readonly<Record<BacklogBucket, number>> = {
  'under-1-day': 0,
  '1-3-days': 1,
  '3-7-days': 3,
  '7-14-days': 7,
  'over-14-days': 14,
};

export const timeBases = ['business', 'wall-clock'] as const;
export type TimeBasis = (typeof timeBases)[number];

const CategorySchema = z.enum(ticketCategories);

export const HelpDeskReportSchema = z
  .object({
    period: z.object({ from: z.string(), to: z.string() }),
    /** When it was computed; the backlog is as of this moment. */
    generatedAt: z.string(),
    /** Tickets filed in the period: every figure but deflections' and the backlog is about them. */
    tickets: z.number().int(),
    volume: z.object({
      /** Every ISO week the period touches, oldest first, empty ones too. */
      weeks: z.array(
        z.object({
          /** `2026-W10`. */
          week: z.string(),
          /** Its Monday. */
          start: z.string(),
          counts: z.record(CategorySchema, z.number().int()),
          total: z.number().int(),
        }),
      ),
      byCategory: z.record(CategorySchema, z.number().int()),
    }),
    times: z.object({
      /** Business minutes in the requester's office calendar, or wall-clock when some tickets lack SLA data. */
      basis: z.enum(timeBases),
      firstResponse: DurationStatsSchema,
      resolution: DurationStatsSchema,
      byCategory: z.array(z.object({ category: CategorySchema, firstResponse: DurationStatsSchema, resolution: DurationStatsSchema })),
    }),
    sla: z.object({
      overall: SlaRowSchema,
      byTeam: z.array(SlaRowSchema.extend({ teamId: z.string(), name: z.object({ en: z.string(), es: z.string() }) })),
      byCategory: z.array(SlaRowSchema.extend({ category: CategorySchema })),
    }),
    csat: z.object({
      count: z.number().int(),
      average: z.number().nullable(),
      /** Ratings 1 to 5, in that order. */
      distribution: z.array(z.object({ rating: z.number().int().min(1).max(5), count: z.number().int() })),
    }),
    deflection: z.object({ deflections: z.number().int(), tickets: z.number().int(), rate: RateSchema }),
    backlog: z.object({
      total: z.number().int(),
      buckets: z.array(z.object({ bucket: z.enum(backlogBuckets), count: z.number().int() })),
    }),
  })
  .meta({ id: 'HelpDeskReport', description: 'The help desk in figures over a period: aggregates only.' });
export type HelpDeskReport = z.infer<typeof HelpDeskReportSchema>;

/* ---- CSV exports ---- */

export const helpDeskReportNames = ['volume', 'times', 'sla', 'csat', 'deflection', 'backlog'] as const;
export type HelpDeskReportName = (typeof helpDeskReportNames)[number];

export const HelpDeskExportQuerySchema = HelpDeskReportQuerySchema.extend({
  report: z.enum(helpDeskReportNames),
  /** Language of the column headings and names; English by default. */
  lang: z.enum(interfaceLanguages).optional(),
}).meta({ id: 'HelpDeskReportExportQuery' });
export type HelpDeskExportQuery = z.infer<typeof HelpDeskExportQuerySchema>;
