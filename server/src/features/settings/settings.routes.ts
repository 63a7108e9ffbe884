import { HrContactSchema, type HrContact } from '@portico/shared/settings/hr-contact.schemas';
import { notFound } from '../../platform/errors';
import type { ApiRouter } from '../../platform/http/api-router';
import { hrContact } from './portal-settings.model';

export function settingsRoutes(api: ApiRouter): void {
  api.get(
    '/public/hr-contact',
    {
      summary: 'How to reach HR',
      description: 'Public, so the signed-out and "not in the directory" pages can show it.',
      tags: ['settings'],
      access: 'public',
      response: { description: 'HR contact details', schema: HrContactSchema },
    },
    async (): Promise<HrContact> => {
      const contact = await hrContact();
      if (!contact) throw notFound('HR has not set its contact details yet.');
      return { email: contact.email, phone: contact.phone ?? null, hours: contact.hours ?? null };
    },
  );
}
