import { model, Schema, type InferSchemaType } from 'mongoose';

/**
 * Portal-wide settings kept by HR, one document with the fixed id `portal`. For now: how
 * to reach HR, shown wherever self-service ends (even to someone who cannot sign in).
 */
const portalSettingsSchema = new Schema(
  {
    _id: { type: String, required: true, default: 'portal' },
    hrContact: {
      email: { type: String, required: true },
      phone: { type: String, default: null },
      /** Free text in the organisation's words, for example "Mon–Fri 9:00–17:00 CET". */
      hours: { type: String, default: null },
    },
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
