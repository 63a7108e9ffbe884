import { z } from 'zod';

import { rule } from '../platform/field-issues';

/*
 * How to reach a person in HR (issue 5 §3): shown by "Talk to HR" on every page and by the
 * signed-out pages, kept by HR admins (tickets.configure). With a schedule, the panel says
 * whether HR is open now and, outside the hours, when someone will answer.
 */

const timeOfDay = /^(?:([01]\d|2[0-3]):([0-5]\d)|24:00)$/;
const minuteOfDay = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/** An IANA time zone the runtime knows (`Europe/London`); Intl throws a RangeError for any other. */
export function isTimeZone(value: string): boolean {
  if (!/^[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+)*$/.test(value)) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/** A real calendar date written `YYYY-MM-DD` (not 2026-02-30). */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

export const MAX_HOLIDAYS = 200;

/**
 * When HR answers: the shape of the server's working calendars
 * (server/src/features/tickets/sla/business-hours.ts) — local hours in HR's time zone on
 * ISO weekdays, except local holidays.
 */
export const ContactScheduleSchema = z
  .strictObject({
    /** IANA time zone of the hours and holidays (`Europe/London`). */
    timeZone: z.string().max(64).refine(isTimeZone, rule('time_zone', 'must be an IANA time zone such as Europe/London')),
    /** ISO weekdays: 1 = Monday … 7 = Sunday, at least one, each once. */
    days: z
      .array(z.number().int().min(1, 'must be a weekday from 1 (Monday) to 7 (Sunday)').max(7, 'must be a weekday from 1 (Monday) to 7 (Sunday)'))
      .min(1, 'needs at least one day')
      .max(7)
      .refine((days) => new Set(days).size === days.length, rule('listed_twice', 'lists a day twice')),
    /** Local time of day, `HH:mm`; `end` may be `24:00`. */
    hours: z
      .strictObject({
        start: z.string().regex(timeOfDay, 'must be a time HH:mm'),
        end: z.string().regex(timeOfDay, 'must be a time HH:mm'),
      })
      .superRefine((hours, context) => {
        if (timeOfDay.test(hours.start) && timeOfDay.test(hours.end) && minuteOfDay(hours.start) >= minuteOfDay(hours.end)) {
          context.addIssue({ code: 'custom', path: ['end'], ...rule('end_before_start', 'must be after the start') });
        }
      }),
    /** Local dates off, `YYYY-MM-DD`. */
    holidays: z
      .array(z.string().refine(isIsoDate, rule('date', 'must be a date YYYY-MM-DD')))
      .max(MAX_HOLIDAYS, `at most ${MAX_HOLIDAYS} dates`)
      .refine((dates) => new Set(dates).size === dates.length, rule('listed_twice', 'lists a date twice')),
  })
  .meta({ id: 'ContactSchedule', description: 'When HR answers: hours on weekdays in a time zone, except holidays.' });
export type ContactSchedule = z.infer<typeof ContactScheduleSchema>;

export const HrContactSchema = z
  .object({
    email: z.string(),
    phone: z.string().nullable(),
    /** Free text in the organisation's words, for example "Mon–Fri 9:00–17:00 CET". */
    hours: z.string().nullable(),
    /** Where to find HR in person ("Madrid office, 3rd floor — People team"). */
    office: z.string().nullable(),
    /** When HR answers; null: the panel shows `hours` as written and makes no claim about being open. */
    schedule: ContactScheduleSchema.nullable(),
  })
  .meta({ id: 'HrContact', description: 'How to reach a person in HR. Public: shown even to someone who cannot sign in.' });
export type HrContact = z.infer<typeof HrContactSchema>;

/** Blank text is "not given": stored as null. */
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `must be at most ${max} characters`)
    .nullable()
    .transform((value) => (value ? value : null));

/** PUT /api/settings/hr-contact. */
export const HrContactInputSchema = z
  .strictObject({
    email: z.string().trim().max(254).pipe(z.email('must be an email address')),
    phone: optionalText(40).refine(
      (phone) => phone === null || /^\+?[\d\s().-]{3,40}$/.test(phone),
      rule('phone', 'must be a phone number: digits, spaces, ( ) - . and a leading +'),
    ),
    hours: optionalText(200),
    office: optionalText(200),
    schedule: ContactScheduleSchema.nullable(),
  })
  .meta({ id: 'HrContactInput', description: 'How to reach HR, as an HR admin sets it.' });
export type HrContactInput = z.input<typeof HrContactInputSchema>;

/** GET/PUT /api/settings/hr-contact: the contact (null before HR has set one) and when it last changed. */
export const HrContactSettingsSchema = z.object({ contact: HrContactSchema.nullable(), updatedAt: z.string().nullable() }).meta({ id: 'HrContactSettings' });
export type HrContactSettings = z.infer<typeof HrContactSettingsSchema>;
