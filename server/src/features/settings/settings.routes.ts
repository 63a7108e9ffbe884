import {
  HrContactInputSchema,
  HrContactSchema,
  HrContactSettingsSchema,
  type HrContact,
  type HrContactSettings,
} from '@portico/shared/settings/hr-contact.schemas';
import { OfficeCalendarInputSchema, OfficeCalendarsSchema, type OfficeCalendars } from '@portico/shared/settings/office-calendars.schemas';
import { z } from 'zod';

import { notFound } from '../../platform/errors';
import type { ApiRouter } from '../../platform/http/api-router';
import { hrContactSettings, presentHrContact, saveHrContact } from './hr-contact';
import { officeCalendars, saveOfficeCalendar } from './office-calendars';
import { hrContact } from './portal-settings.model';
import { editorOf } from '../audit';

const configure = { action: 'tickets.configure' } as const;

export function settingsRoutes(api: ApiRouter): void {
  api.get(
    '/public/hr-contact',
    {
      summary: 'How to reach HR',
      description: 'Public, so the signed-out and "not in the directory" pages can show it. With a schedule, "Talk to HR" says whether HR is open now.',
      tags: ['settings'],
      access: 'public',
      response: { description: 'HR contact details', schema: HrContactSchema },
    },
    async (): Promise<HrContact> => {
      const contact = await hrContact();
      if (!contact) throw notFound('HR has not set its contact details yet.');
      return presentHrContact(contact);
    },
  );

  api.get(
    '/settings/hr-contact',
    {
      summary: 'HR\u2019s contact details, for HR admins to edit',
      description: 'The contact shown by "Talk to HR" (null before it is set) and when it last changed.',
      tags: ['settings'],
      access: configure,
      response: { description: 'The contact settings', schema: HrContactSettingsSchema },
    },
    (): Promise<HrContactSettings> => hrContactSettings(),
  );

  api.put(
    '/settings/hr-contact',
    {
      summary: 'Set how to reach HR',
      description:
        'Email, phone, hours as written, office, and the schedule "Talk to HR" reads to say whether HR is open: an IANA time zone, ISO weekdays, hours HH:mm (start before end) and holidays YYYY-MM-DD. A 400 names each invalid field; an audit event lists the parts that changed.',
      tags: ['settings'],
      access: configure,
      request: { body: HrContactInputSchema },
      response: { description: 'The contact as stored', schema: HrContactSettingsSchema },
    },
    ({ body, actor }, request): Promise<HrContactSettings> => saveHrContact(body, editorOf(actor, request)),
  );

  api.get(
    '/settings/office-calendars',
    {
      summary: 'Each office\u2019s working calendar, for HR admins to edit',
      description:
        'Every office of the directory with its own calendar, or null when it uses the HR contact schedule (`fallback`). The help desk counts its SLA targets in these business hours.',
      tags: ['settings'],
      access: configure,
      response: { description: 'The offices and their calendars', schema: OfficeCalendarsSchema },
    },
    (): Promise<OfficeCalendars> => officeCalendars(),
  );

  api.put(
    '/settings/office-calendars/:locationId',
    {
      summary: 'Set or remove an office\u2019s working calendar',
      description:
        'An IANA time zone, ISO weekdays, hours HH:mm (start before end) and holidays YYYY-MM-DD; null: the office uses the HR contact schedule. Tickets filed from then on, and clocks that start again, count in it. Audited.',
      tags: ['settings'],
      access: configure,
      request: { params: z.object({ locationId: z.string().max(60) }), body: OfficeCalendarInputSchema },
      response: { description: 'Every office with its calendar, as stored', schema: OfficeCalendarsSchema },
    },
    ({ params, body, actor }, request): Promise<OfficeCalendars> => saveOfficeCalendar(params.locationId, body.calendar, editorOf(actor, request)),
  );
}
