import type { HrContact, HrContactInputSchema, HrContactSettings } from '@portico/shared/settings/hr-contact.schemas';
import type { z } from 'zod';
import { isDuplicateKey } from '../../platform/db/inserts';
import { presentSchedule } from './office-calendars';
import { PORTAL_SETTINGS_ID, PortalSettingsModel, type PortalSettings } from './portal-settings.model';
import { type Editor, recordAuditEvent } from '../audit';

type StoredContact = NonNullable<PortalSettings['hrContact']>;
type ContactInput = z.output<typeof HrContactInputSchema>;

/** Exactly the fields that leave the server (a stored schedule without holidays reads as none). */
export function presentHrContact(contact: StoredContact): HrContact {
  const schedule = contact.schedule;
  return {
    email: contact.email,
    phone: contact.phone ?? null,
    hours: contact.hours ?? null,
    office: contact.office ?? null,
    schedule: schedule ? presentSchedule(schedule) : null,
  };
}

export async function hrContactSettings(): Promise<HrContactSettings> {
  const settings = await PortalSettingsModel.findById(PORTAL_SETTINGS_ID).lean();
  return {
    contact: settings?.hrContact ? presentHrContact(settings.hrContact) : null,
    updatedAt: settings?.updatedAt ? settings.updatedAt.toISOString() : null,
  };
}

/** Days in week order and holidays by date, so the same schedule is always stored the same way. */
function storedShape(input: ContactInput): HrContact {
  return {
    ...input,
    schedule: input.schedule ? { ...input.schedule, days: [...input.schedule.days].sort(), holidays: [...input.schedule.holidays].sort() } : null,
  };
}

/**
 * Replaces how to reach HR. One document written by HR admins now and then: a plain
 * replace of `hrContact` (no race worth deciding). Audited with the parts that changed.
 */
export async function saveHrContact(input: ContactInput, editor: Editor): Promise<HrContactSettings> {
  const after = storedShape(input);
  const existing = await PortalSettingsModel.findById(PORTAL_SETTINGS_ID).lean();
  const before = existing?.hrContact ? presentHrContact(existing.hrContact) : null;
  const changed = (Object.keys(after) as (keyof HrContact)[]).filter((key) => JSON.stringify(before?.[key] ?? null) !== JSON.stringify(after[key]));
  if (!changed.length) return hrContactSettings();
  let created = false;
  if (!existing) {
    try {
      await PortalSettingsModel.create({ _id: PORTAL_SETTINGS_ID, hrContact: after, hrContactUpdatedBy: editor.employeeId });
      created = true;
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
    }
  }
  if (!created) await PortalSettingsModel.updateOne({ _id: PORTAL_SETTINGS_ID }, { $set: { hrContact: after, hrContactUpdatedBy: editor.employeeId } });
  await recordAuditEvent(editor.log, {
    type: 'settings.hr_contact_updated',
    outcome: 'success',
    employeeId: editor.employeeId,
    requestId: editor.requestId,
    details: { changed },
  });
  return hrContactSettings();
}
