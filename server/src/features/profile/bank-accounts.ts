import { model, Schema } from 'mongoose';

/*
 * Who is paid into which account, by the account's keyed fingerprint (never the number):
 * a change to an account someone else already uses is flagged to its approver.
 */
const holdersSchema = new Schema<{ _id: string; holders: string[] }>(
  { _id: { type: String, required: true }, holders: { type: [String], default: [] } },
  { strict: 'throw', versionKey: false },
);
const AccountHoldersModel = model('ProfileAccountHolders', holdersSchema, 'profile_account_holders');

/** Other people paid into the account with this fingerprint. */
export async function otherHolders(fingerprint: string, employeeId: string): Promise<string[]> {
  const entry = await AccountHoldersModel.findById(fingerprint).lean();
  return (entry?.holders ?? []).filter((holder) => holder !== employeeId);
}

/** Notes that a person is now paid into an account (and no longer into their previous one). */
export async function moveHolder(employeeId: string, from: string | null, to: string): Promise<void> {
  if (from && from !== to) await AccountHoldersModel.updateOne({ _id: from }, { $pull: { holders: employeeId } });
  await AccountHoldersModel.updateOne({ _id: to }, { $addToSet: { holders: employeeId } }, { upsert: true });
}
