import { z } from 'zod';

import { ContactScheduleSchema } from './hr-contact.schemas';

/*
 * Working calendars of the offices (issue 11 §7): the help desk's SLA clock counts business
 * minutes in the requester's office calendar. HR keeps one per office on the help desk's
 * settings; an office without its own uses the HR contact's schedule (and, before HR has set
 * one, Monday to Friday 09:00–17:00 in the office's time zone).
 */

/** An office's working calendar: the same shape as the HR contact's schedule. */
export const WorkingCalendarSchema = ContactScheduleSchema;
export type WorkingCalendar = z.infer<typeof WorkingCalendarSchema>;

export const OfficeCalendarSchema = z
  .object({
    locationId: z.string(),
    name: z.string(),
    /** The office's time zone in the directory: where a new calendar starts. */
    timeZone: z.string(),
    /** Its own calendar; null: it uses the HR contact's schedule. */
    calendar: WorkingCalendarSchema.nullable(),
  })
  .meta({ id: 'OfficeCalendar' });
export type OfficeCalendar = z.infer<typeof OfficeCalendarSchema>;

export const OfficeCalendarsSchema = z
  .object({
    offices: z.array(OfficeCalendarSchema),
    /** What offices without a calendar of their own use: the HR contact's schedule, or null before HR has set one. */
    fallback: WorkingCalendarSchema.nullable(),
    updatedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'OfficeCalendars', description: 'Every office of the directory with its working calendar, or none (it uses the HR contact schedule).' });
export type OfficeCalendars = z.infer<typeof OfficeCalendarsSchema>;

export const OfficeCalendarInputSchema = z.strictObject({ calendar: WorkingCalendarSchema.nullable() });
export type OfficeCalendarInput = z.infer<typeof OfficeCalendarInputSchema>;
