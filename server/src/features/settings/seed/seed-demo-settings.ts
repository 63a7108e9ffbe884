import { insertMissing } from '../../../platform/db/inserts';
import { PORTAL_SETTINGS_ID, PortalSettingsModel } from '../portal-settings.model';
import { demoHrContact } from './demo-hr-contact';

/** How Lumen Works' employees reach HR (HR edits this in the portal later); kept if it exists. */
export async function seedDemoSettings(): Promise<number> {
  return insertMissing(PortalSettingsModel, [{ _id: PORTAL_SETTINGS_ID, hrContact: demoHrContact }]);
}
