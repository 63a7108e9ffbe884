import type { Model } from 'mongoose';

import { fieldCipher } from '../../platform/crypto/data-keys';
import type { Sealed } from '../../platform/crypto/field-cipher';
import { moveHolder } from './bank-accounts';
import { PersonalRecordModel, PersonalRevisionModel, type StoredValues } from './personal-record.models';
import { readRecord } from './personal-records';
import { ChangeRequestModel } from './requests/change-request.models';

/*
 * Key rotation (ADR 0016): `npm run keys -- rotate` re-seals every value sealed with an
 * older key with the current one (DATA_ENCRYPTION_KEY's first), and recomputes the bank
 * account fingerprints, which are keyed by the current key. Pages by `_id`, writes one
 * document at a time; safe to run again (and while the portal runs: a value is readable
 * with either key throughout, as long as both are configured).
 */

const PAGE = 200;

/** Re-seals one stored value of a field at its place, when it was sealed with an older key. */
function resealed<T extends { sealed: Sealed; fingerprint?: string } | null | undefined>(value: T, place: string, account: boolean): T {
  if (!value || !fieldCipher().isStale(value.sealed)) return value;
  const cipher = fieldCipher();
  const plain = cipher.open(value.sealed, place);
  const sealed = cipher.seal(plain, place, value.sealed.last4);
  if (!account) return { ...value, sealed };
  const parsed = JSON.parse(plain) as { scheme: string; iban?: string; country?: string; routingNumber?: string; accountNumber?: string };
  const number = parsed.scheme === 'iban' ? parsed.iban! : `${parsed.country}:${parsed.routingNumber}:${parsed.accountNumber}`;
  return { ...value, sealed, fingerprint: cipher.fingerprint(number) };
}

function resealValues(employeeId: string, values: Partial<StoredValues>): Partial<StoredValues> {
  const out = { ...values };
  if (values.bankAccount) out.bankAccount = resealed(values.bankAccount, `personal:${employeeId}:bankAccount`, true);
  if (values.nationalId) out.nationalId = resealed(values.nationalId, `personal:${employeeId}:nationalId`, false);
  return out;
}

async function eachPage<T extends { _id: string }>(model: Model<T>, visit: (document: T) => Promise<void>): Promise<void> {
  let after = '';
  for (;;) {
    const page = (await model
      .find({ _id: { $gt: after } })
      .sort({ _id: 1 })
      .limit(PAGE)
      .lean()) as T[];
    for (const document of page) await visit(document);
    if (page.length < PAGE) return;
    after = page.at(-1)!._id;
  }
}

export async function resealProfiles(): Promise<{ revisions: number; requests: number }> {
  let revisions = 0;
  let requests = 0;
  await eachPage(PersonalRevisionModel, async (revision) => {
    const values = resealValues(revision.employeeId, revision.values);
    if (values.bankAccount === revision.values.bankAccount && values.nationalId === revision.values.nationalId) return;
    await PersonalRevisionModel.updateOne(
      { _id: revision._id },
      { $set: { 'values.bankAccount': values.bankAccount, 'values.nationalId': values.nationalId } },
    );
    revisions += 1;
  });
  // Who is paid into which account, under the new fingerprints (the old ones match nothing any more).
  await eachPage(PersonalRecordModel, async (head) => {
    const { values } = await readRecord(head._id, { first: '', last: '' });
    if (values.bankAccount) await moveHolder(head._id, null, values.bankAccount.fingerprint);
  });
  await eachPage(ChangeRequestModel, async (request) => {
    const fields = request.fields.map((change) => {
      if (change.field !== 'bankAccount' && change.field !== 'nationalId') return change;
      const reseal = (value: unknown) => resealValues(request.employeeId, { [change.field]: value })[change.field as 'bankAccount'];
      return { field: change.field, before: reseal(change.before), after: reseal(change.after) };
    });
    if (JSON.stringify(fields) === JSON.stringify(request.fields)) return;
    await ChangeRequestModel.updateOne({ _id: request._id }, { $set: { fields } });
    requests += 1;
  });
  return { revisions, requests };
}
