import type { PersonalChanges, PersonalField } from '@portico/shared/profile/profile.schemas';

import type { Logger } from '../../platform/logger';
import { recordAuditEvent } from '../audit';
import { moveHolder } from './bank-accounts';
import { directoryName, recordOf, type Person } from './my-data';
import type { StoredValues } from './personal-record.models';
import { appendRevision, maskedValue, sameValue, storedValue, type RecordState } from './personal-records';

export type StoredChanges = Partial<{ [F in PersonalField]: StoredValues[F] }>;

/** Who applies a change, and for what: the trail's facts. */
export interface Application {
  /** Who changed it: the person, or the approver whose decision applies it. */
  by: string;
  /** The approver a delegate decided for. */
  onBehalfOf?: string | null;
  /** The change request it applies. */
  changeRequestId?: string | null;
  at: Date;
  log: Logger;
  httpRequestId?: string | null;
}

/** Each field's value in the form it is stored in (numbers normalised, sensitive values sealed for the person). */
export function toStored(employeeId: string, changes: PersonalChanges): StoredChanges {
  return Object.fromEntries((Object.keys(changes) as PersonalField[]).map((field) => [field, storedValue(employeeId, field, changes[field])])) as StoredChanges;
}

/**
 * Writes changes into the person's record as its next version, leaving out the fields that
 * already hold the value; one audit event lists each field before and after (masked).
 * Answers the record as written, or as it was when nothing changed.
 */
export async function applyChanges(employee: Person, changes: StoredChanges, application: Application, current?: RecordState): Promise<RecordState> {
  const record = current ?? (await recordOf(employee));
  const fields = Object.keys(changes) as PersonalField[];
  let before: StoredValues | undefined;
  const written = await appendRevision(
    record,
    (values) => {
      before = values;
      const changed = fields.filter((field) => !sameValue(employee._id, field, values[field], changes[field]!));
      return { values: { ...values, ...Object.fromEntries(changed.map((field) => [field, changes[field]])) }, changed };
    },
    { by: application.by, requestId: application.changeRequestId ?? null, at: application.at, legalName: directoryName(employee) },
  );
  if (!written) return record;
  const account = written.state.values.bankAccount;
  if (written.changed.includes('bankAccount') && account) await moveHolder(employee._id, before!.bankAccount?.fingerprint ?? null, account.fingerprint);
  await recordAuditEvent(application.log, {
    type: 'profile.changed',
    outcome: 'success',
    employeeId: application.by,
    requestId: application.httpRequestId ?? null,
    details: {
      subject: employee._id,
      fields: written.changed,
      before: written.changed.map((field) => `${field}=${maskedValue(field, before![field])}`),
      after: written.changed.map((field) => `${field}=${maskedValue(field, written.state.values[field])}`),
      version: written.state.version,
      ...(application.onBehalfOf ? { onBehalfOf: application.onBehalfOf } : {}),
      ...(application.changeRequestId ? { changeRequest: application.changeRequestId } : {}),
    },
  });
  return written.state;
}
