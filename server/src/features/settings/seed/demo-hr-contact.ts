import type { HrContact } from '@portico/shared/settings/hr-contact.schemas';
import { demoCalendars } from './demo-calendars';

/**
 * How Lumen Works' employees reach HR: the People team in the London office, on London's
 * working hours and bank holidays (the same calendar as the help desk's SLA clock there).
 * HR edits it at /hr/help-desk/settings/contact.
 */
export const demoHrContact: HrContact = {
  email: 'people@lumenworks.example',
  phone: '+44 20 7946 0321',
  hours: 'Monday to Friday, 9:00–17:30 (London time)',
  office: 'London office, 2nd floor — People team',
  schedule: {
    timeZone: 'Europe/London',
    days: [1, 2, 3, 4, 5],
    hours: { start: '09:00', end: '17:30' },
    holidays: [...demoCalendars['london']!.holidays],
  },
};
