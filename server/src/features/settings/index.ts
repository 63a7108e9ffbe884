import type { Feature } from '../feature';
import { seedDemoSettings } from './seed/seed-demo-settings';
import { settingsRoutes } from './settings.routes';

/** What HR configures for the whole portal: how to reach HR, the offices' working calendars. */
export const settingsFeature: Feature = {
  name: 'settings',
  routes: (api) => settingsRoutes(api),
  seedDemo: async () => `Portal settings: ${(await seedDemoSettings()) ? 'the HR contact and office calendars created' : 'kept as they are'}.`,
};

export { hrContact, PORTAL_SETTINGS_ID, PortalSettingsModel, type PortalSettings } from './portal-settings.model';
export { demoHrContact } from './seed/demo-hr-contact';
export { demoCalendarFor, demoCalendars } from './seed/demo-calendars';
export { workingCalendars, type CalendarOf } from './office-calendars';
