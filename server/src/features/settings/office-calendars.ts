import type { OfficeCalendars, WorkingCalendar } from '@portico/shared/settings/office-calendars.schemas';
import { notFound } from '../../platform/errors';
import { recordAuditEvent, type Editor } from '../audit';
import { LocationModel } from '../directory';
import { PORTAL_SETTINGS_ID, PortalSettingsModel, type PortalSettings } from './portal-settings.model';

type StoredCalendar = NonNullable<PortalSettings['officeCalendars']>[number];
type StoredSchedule = { timeZone: string; days: number[]; hours: { start: string; end: string }; holidays?: string[] | null };

/** A schedule as it leaves the server (the HR contact's, an office's): days in week order, holidays by date. */
export const presentSchedule = (calendar: StoredSchedule): WorkingCalendar => ({
  timeZone: calendar.timeZone,
  days: [...calendar.days].sort(),
  hours: { start: calendar.hours.start, end: calendar.hours.end },
  holidays: [...(calendar.holidays ?? [])].sort(),
});

/** Before HR has set any calendar: Monday to Friday, 09:00–17:00, in the office's own time zone. */
const standardWeek = (timeZone: string): WorkingCalendar => ({ timeZone, days: [1, 2, 3, 4, 5], hours: { start: '09:00', end: '17:00' }, holidays: [] });

/** Every office of the directory with its own calendar or none, and the schedule the others use. */
export async function officeCalendars(): Promise<OfficeCalendars> {
  const [settings, locations] = await Promise.all([
    PortalSettingsModel.findById(PORTAL_SETTINGS_ID).lean(),
    LocationModel.find({}, { name: 1, timeZone: 1 }).sort({ name: 1 }).lean(),
  ]);
  const own = new Map((settings?.officeCalendars ?? []).map((calendar) => [calendar.locationId, calendar]));
  return {
    offices: locations.map((location) => {
      const calendar = own.get(location._id);
      return { locationId: location._id, name: location.name, timeZone: location.timeZone, calendar: calendar ? presentSchedule(calendar) : null };
    }),
    fallback: settings?.hrContact?.schedule ? presentSchedule(settings.hrContact.schedule) : null,
    updatedAt: settings?.updatedAt ? settings.updatedAt.toISOString() : null,
  };
}

/**
 * Sets (or, with null, removes) one office's calendar. The list is one small array on the
 * settings document, rewritten whole (no positional updates on the embedded database);
 * audited with the office and whether it now has a calendar of its own.
 */
export async function saveOfficeCalendar(locationId: string, calendar: WorkingCalendar | null, editor: Editor): Promise<OfficeCalendars> {
  if (!(await LocationModel.exists({ _id: locationId }))) throw notFound(`There is no office "${locationId}" in the directory.`);
  const settings = await PortalSettingsModel.findById(PORTAL_SETTINGS_ID, { officeCalendars: 1 }).lean();
  const others: StoredCalendar[] = (settings?.officeCalendars ?? []).filter((entry) => entry.locationId !== locationId);
  const calendars = calendar ? [...others, { locationId, ...presentSchedule(calendar) }].sort((a, b) => a.locationId.localeCompare(b.locationId)) : others;
  await PortalSettingsModel.updateOne(
    { _id: PORTAL_SETTINGS_ID },
    { $set: { officeCalendars: calendars, officeCalendarsUpdatedBy: editor.employeeId } },
    { upsert: true },
  );
  await recordAuditEvent(editor.log, {
    type: 'settings.office_calendar_updated',
    outcome: 'success',
    employeeId: editor.employeeId,
    requestId: editor.requestId,
    details: { locationId, ownCalendar: calendar !== null },
  });
  return officeCalendars();
}

/** A lookup of each office's working calendar (read only: the demo offices' calendars are one too). */
export type CalendarOf = (
  locationId: string,
) => Readonly<{ timeZone: string; days: readonly number[]; hours: { start: string; end: string }; holidays: readonly string[] }>;

/**
 * The calendars the help desk's SLA clock counts in, read once for a piece of work (a filing,
 * a clock started again, a report): the office's own, else the HR contact's schedule, else a
 * standard week in the office's time zone (UTC for an office the directory does not know).
 * One read of the settings; the offices' time zones only when there is no HR schedule to fall back on.
 */
export async function workingCalendars(): Promise<CalendarOf> {
  const settings = await PortalSettingsModel.findById(PORTAL_SETTINGS_ID, { officeCalendars: 1, hrContact: 1 }).lean();
  const own = new Map((settings?.officeCalendars ?? []).map((calendar) => [calendar.locationId, presentSchedule(calendar)]));
  const schedule = settings?.hrContact?.schedule;
  const contactHours = schedule ? presentSchedule(schedule) : null;
  const fallback = contactHours
    ? () => contactHours
    : await LocationModel.find({}, { timeZone: 1 })
        .lean()
        .then((locations) => {
          const zones = new Map(locations.map((location) => [location._id, location.timeZone]));
          return (locationId: string) => standardWeek(zones.get(locationId) ?? 'UTC');
        });
  return (locationId) => own.get(locationId) ?? fallback(locationId);
}
