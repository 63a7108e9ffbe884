import { model, Schema, type InferSchemaType } from 'mongoose';

/** A working schedule's fields (ContactSchedule and WorkingCalendar in the shared schemas): no nested arrays. */
const scheduleFields = {
  timeZone: { type: String, required: true },
  days: { type: [Number], required: true },
  hours: {
    type: new Schema({ start: { type: String, required: true }, end: { type: String, required: true } }, { _id: false, strict: 'throw' }),
    required: true,
  },
  holidays: { type: [String], default: [] },
};

/** When HR answers. */
const scheduleSchema = new Schema(scheduleFields, { _id: false, strict: 'throw' });

/** An office's working calendar, by its directory location. */
const officeCalendarSchema = new Schema({ locationId: { type: String, required: true }, ...scheduleFields }, { _id: false, strict: 'throw' });

/**
 * Portal-wide settings kept by HR, one document with the fixed id `portal`. For now: how
 * to reach HR, shown wherever self-service ends (even to someone who cannot sign in), and
 * the offices' working calendars.
 */
const portalSettingsSchema = new Schema(
  {
    _id: { type: String, required: true, default: 'portal' },
    hrContact: {
      email: { type: String, required: true },
      phone: { type: String, default: null },
      /** Free text in the organisation's words, for example "Mon–Fri 9:00–17:00 CET". */
      hours: { type: String, default: null },
      /** Where to find HR in person. */
      office: { type: String, default: null },
      schedule: { type: scheduleSchema, default: null },
    },
    hrContactUpdatedBy: { type: String, default: null },
    /** The offices' working calendars (the help desk's SLA clock); an office not listed uses the HR contact's schedule. */
    officeCalendars: { type: [officeCalendarSchema], default: undefined },
    officeCalendarsUpdatedBy: { type: String, default: null },
  },
  { timestamps: true, strict: 'throw' },
);

export type PortalSettings = InferSchemaType<typeof portalSettingsSchema>;
export const PortalSettingsModel = model('PortalSettings', portalSettingsSchema);

export const PORTAL_SETTINGS_ID = 'portal';

/** How to reach HR, or null before HR has set it. */
export async function hrContact(): Promise<PortalSettings['hrContact'] | null> {
  const settings = await PortalSettingsModel.findById(PORTAL_SETTINGS_ID).lean();
  return settings?.hrContact ?? null;
}
