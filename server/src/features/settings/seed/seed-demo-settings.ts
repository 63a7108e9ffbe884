import { insertMissing } from '../../../platform/db/inserts';
import { PORTAL_SETTINGS_ID, PortalSettingsModel } from '../portal-settings.model';
import { demoCalendars } from './demo-calendars';
import { demoHrContact } from './demo-hr-contact';

/** The demo offices' calendars as HR would keep them (the demo company's locations). */
const demoOfficeCalendars = () =>
  Object.entries(demoCalendars).map(([locationId, calendar]) => ({
    locationId,
    timeZone: calendar.timeZone,
    days: [...calendar.days],
    hours: { ...calendar.hours },
    holidays: [...calendar.holidays],
  }));

/**
 * How Lumen Works' employees reach HR and its offices' working calendars (HR edits both in
 * the portal later): created if missing, never overwritten; calendars are added to settings
 * kept from before they existed. Returns how many parts it created.
 */
export async function seedDemoSettings(): Promise<number> {
  // The array's type is Mongoose's document array; plain rows are what it stores.
  const created = await insertMissing(PortalSettingsModel, [
    { _id: PORTAL_SETTINGS_ID, hrContact: demoHrContact, officeCalendars: demoOfficeCalendars() as never },
  ]);
  if (created) return created;
  const calendars = await PortalSettingsModel.updateOne(
    { _id: PORTAL_SETTINGS_ID, officeCalendars: { $exists: false } },
    { $set: { officeCalendars: demoOfficeCalendars() } },
  );
  return calendars.modifiedCount;
}
