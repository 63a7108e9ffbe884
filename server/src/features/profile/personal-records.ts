import {
  isSensitive,
  type SensitiveField,
  type BankAccount,
  type NationalId,
  type PersonalChanges,
  type PersonalField,
  type PersonalRecord,
  type PersonalValues,
} from '@portico/shared/profile/profile.schemas';
import { electronicIban, internationalPhone } from '@portico/shared/profile/personal-data';

import { fieldCipher } from '../../platform/crypto/data-keys';
import { lastFour } from '../../platform/crypto/field-cipher';
import { HttpProblem } from '../../platform/errors';
import { PersonalRecordModel, PersonalRevisionModel, type StoredRevision, type StoredValues } from './personal-record.models';

/** A person's record as stored: its version (0 before anything was written) and values. */
export interface RecordState {
  employeeId: string;
  version: number;
  values: StoredValues;
  at: Date | null;
}

export const revisionId = (employeeId: string, version: number) => `${employeeId}:${version}`;
/** Where a sealed value belongs: it opens only there (ADR 0016). */
const place = (employeeId: string, field: PersonalField) => `personal:${employeeId}:${field}`;

export const emptyValues = (legalName: { first: string; last: string }): StoredValues => ({
  legalName,
  preferredName: '',
  pronouns: '',
  dateOfBirth: null,
  personalEmail: '',
  phones: [],
  homeAddress: null,
  emergencyContacts: [],
  bankAccount: null,
  nationalId: null,
});

/**
 * The latest version of a person's record: the hint's version, then forward while a later
 * one exists (a writer may have added one and not yet moved the hint). Reads by `_id` only.
 */
export async function readRecord(employeeId: string, legalName: { first: string; last: string }): Promise<RecordState> {
  const head = await PersonalRecordModel.findById(employeeId).lean();
  let version = head?.version ?? 0;
  let revision: StoredRevision | null = version ? await PersonalRevisionModel.findById(revisionId(employeeId, version)).lean() : null;
  for (;;) {
    const next = await PersonalRevisionModel.findById(revisionId(employeeId, version + 1)).lean();
    if (!next) break;
    revision = next;
    version += 1;
  }
  return revision ? { employeeId, version, values: revision.values, at: revision.at } : { employeeId, version: 0, values: emptyValues(legalName), at: null };
}

export class RecordBusyError extends HttpProblem {
  constructor() {
    super(409, 'record_busy', 'Changed meanwhile', 'Your record changed several times while this was saved. Try again.');
  }
}

/**
 * Writes the next version: `change` gets the latest values and gives the new ones (or null:
 * nothing to write). Two writers at once: one inserts the version first; the other reads
 * that and applies its change on top, so neither change is lost.
 */
export async function appendRevision(
  record: RecordState,
  change: (values: StoredValues) => { values: StoredValues; changed: PersonalField[] } | null,
  meta: { by: string | null; requestId?: string | null; at: Date; legalName: { first: string; last: string } },
): Promise<{ state: RecordState; changed: PersonalField[] } | null> {
  let current = record;
  for (let attempt = 0; attempt < 5; attempt += 1) {
    const next = change(current.values);
    if (!next || !next.changed.length) return null;
    const version = current.version + 1;
    try {
      await PersonalRevisionModel.create({
        _id: revisionId(current.employeeId, version),
        employeeId: current.employeeId,
        version,
        values: next.values,
        changed: next.changed,
        by: meta.by,
        requestId: meta.requestId ?? null,
        at: meta.at,
      });
    } catch (error) {
      if ((error as { code?: number }).code !== 11000) throw error;
      current = await readRecord(current.employeeId, meta.legalName);
      continue;
    }
    // Only a hint for readers (they walk forward from it), so a stale one is harmless.
    await PersonalRecordModel.updateOne({ _id: current.employeeId }, { $set: { version } }, { upsert: true });
    return { state: { employeeId: current.employeeId, version, values: next.values, at: meta.at }, changed: next.changed };
  }
  throw new RecordBusyError();
}

/** A field's value as stored: numbers in international form, sensitive values sealed for this person. */
export function storedValue(employeeId: string, field: PersonalField, value: PersonalChanges[PersonalField]): StoredValues[PersonalField] {
  switch (field) {
    case 'phones':
      return (value as PersonalValues['phones']).map((phone) => ({ kind: phone.kind, number: internationalPhone(phone.number) ?? phone.number }));
    case 'emergencyContacts':
      return (value as PersonalValues['emergencyContacts']).map((contact) => ({ ...contact, phone: internationalPhone(contact.phone) ?? contact.phone }));
    case 'bankAccount': {
      const account = normalisedAccount(value as BankAccount);
      const number = account.scheme === 'iban' ? account.iban : `${account.country}:${account.routingNumber}:${account.accountNumber}`;
      return {
        scheme: account.scheme,
        country: account.scheme === 'iban' ? account.iban.slice(0, 2) : account.country,
        sealed: fieldCipher().seal(
          JSON.stringify(account),
          place(employeeId, field),
          lastFour(account.scheme === 'iban' ? account.iban : account.accountNumber),
        ),
        fingerprint: fieldCipher().fingerprint(number),
      };
    }
    case 'nationalId': {
      const id = value as NationalId;
      return { country: id.country, sealed: fieldCipher().seal(JSON.stringify(id), place(employeeId, field), lastFour(id.number)) };
    }
    default:
      return value as StoredValues[PersonalField];
  }
}

function normalisedAccount(account: BankAccount): BankAccount {
  return account.scheme === 'iban'
    ? { ...account, iban: electronicIban(account.iban) }
    : { ...account, routingNumber: account.routingNumber.replaceAll('-', ''), accountNumber: account.accountNumber.replaceAll('-', '') };
}

/** The fingerprint a bank account would be stored with (to look for another person using it). */
export function accountFingerprint(account: BankAccount): string {
  const normal = normalisedAccount(account);
  return fieldCipher().fingerprint(normal.scheme === 'iban' ? normal.iban : `${normal.country}:${normal.routingNumber}:${normal.accountNumber}`);
}

/** Opens a sensitive value: for its owner's explicit "show" and an approver's decision, never in a list. */
export function openSensitive<F extends SensitiveField>(employeeId: string, field: F, stored: StoredValues[SensitiveField]): SensitiveValue<F> | null {
  if (!stored) return null;
  return JSON.parse(fieldCipher().open(stored.sealed, place(employeeId, field))) as SensitiveValue<F>;
}

type SensitiveValue<F extends SensitiveField> = F extends 'bankAccount' ? BankAccount : NationalId;

/** Whether two stored values of a field are the same (sealed ones by what they hold). */
export function sameValue<F extends PersonalField>(employeeId: string, field: F, a: StoredValues[F], b: StoredValues[F]): boolean {
  const plain = (value: StoredValues[F]) => (isSensitive(field) ? openSensitive(employeeId, field, value as StoredValues[SensitiveField]) : (value ?? null));
  return JSON.stringify(plain(a)) === JSON.stringify(plain(b));
}

/** A value as the trail shows it: sensitive ones as their last four only. */
export function maskedValue<F extends PersonalField>(field: F, value: StoredValues[F]): string {
  if (value === null || value === undefined) return '';
  if (isSensitive(field)) return `\u2022\u2022\u2022\u2022${(value as NonNullable<StoredValues[SensitiveField]>).sealed.last4}`;
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** The record as everyone may see it: sensitive values as their last four. */
export function presentRecord(state: RecordState): PersonalRecord {
  const { values } = state;
  return {
    legalName: { first: values.legalName.first, last: values.legalName.last },
    preferredName: values.preferredName ?? '',
    pronouns: values.pronouns ?? '',
    dateOfBirth: values.dateOfBirth ?? null,
    personalEmail: values.personalEmail ?? '',
    phones: values.phones.map((phone) => ({ kind: phone.kind, number: phone.number })),
    homeAddress: values.homeAddress
      ? {
          country: values.homeAddress.country,
          line1: values.homeAddress.line1,
          line2: values.homeAddress.line2 ?? '',
          city: values.homeAddress.city,
          region: values.homeAddress.region ?? '',
          postalCode: values.homeAddress.postalCode,
        }
      : null,
    emergencyContacts: values.emergencyContacts.map((contact) => ({
      name: contact.name,
      relationship: contact.relationship,
      phone: contact.phone,
      email: contact.email ?? '',
    })),
    bankAccount: values.bankAccount
      ? { scheme: values.bankAccount.scheme, country: values.bankAccount.country ?? null, last4: values.bankAccount.sealed.last4 }
      : null,
    nationalId: values.nationalId ? { country: values.nationalId.country, last4: values.nationalId.sealed.last4 } : null,
    version: state.version,
    updatedAt: state.at?.toISOString() ?? null,
  };
}
