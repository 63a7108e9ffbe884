import { model, Schema } from 'mongoose';

import { insertFirstFree } from '../../../platform/db/numbered';

/*
 * A manager away names a delegate (another manager, or someone in HR) for a date range: the
 * delegate sees the manager's inbox and decides "on behalf of" them. One delegation per
 * manager (`_id` = the manager), replaced whole; the delegate finds the managers who named
 * them through a numbered list of their own (`<delegate>:<n>`), checked against the
 * manager's current delegation, so a replaced one simply stops counting.
 */

export interface StoredDelegation {
  _id: string;
  delegateId: string;
  /** `YYYY-MM-DD`, both days included. */
  from: string;
  to: string;
  createdAt: Date;
}

const delegationSchema = new Schema<StoredDelegation>(
  {
    _id: { type: String, required: true },
    delegateId: { type: String, required: true },
    from: { type: String, required: true },
    to: { type: String, required: true },
    createdAt: { type: Date, required: true },
  },
  { strict: 'throw', versionKey: false },
);
export const DelegationModel = model<StoredDelegation>('ProfileDelegation', delegationSchema, 'profile_delegations');

const namedBySchema = new Schema<{ _id: string; managerId: string }>(
  { _id: { type: String, required: true }, managerId: { type: String, required: true } },
  { strict: 'throw', versionKey: false },
);
const NamedByModel = model('ProfileDelegateOf', namedBySchema, 'profile_delegate_of');

/** The delegation a manager has in force on `day`, if any. */
export async function delegationOf(managerId: string, day: string): Promise<StoredDelegation | null> {
  const delegation = await DelegationModel.findById(managerId).lean();
  return delegation && delegation.from <= day && day <= delegation.to ? delegation : null;
}

export async function isDelegateOf(personId: string, managerId: string, day: string): Promise<boolean> {
  return (await delegationOf(managerId, day))?.delegateId === personId;
}

/** Names (or, with null, removes) a manager's delegate. */
export async function setDelegation(managerId: string, delegation: Omit<StoredDelegation, '_id' | 'createdAt'> | null, now: Date): Promise<void> {
  if (!delegation) {
    await DelegationModel.deleteOne({ _id: managerId });
    return;
  }
  await DelegationModel.replaceOne({ _id: managerId }, { ...delegation, createdAt: now }, { upsert: true });
  const already = await managersWhoNamed(delegation.delegateId, { all: true });
  if (!already.includes(managerId)) await insertFirstFree(1, (n) => NamedByModel.create({ _id: `${delegation.delegateId}:${n}`, managerId }));
}

/** Managers whose delegation names this person today (or ever, with `all`). Reads by id. */
export async function managersWhoNamed(delegateId: string, options: { day?: string; all?: boolean }): Promise<string[]> {
  const managers: string[] = [];
  for (let n = 1; ; n++) {
    const entry = await NamedByModel.findById(`${delegateId}:${n}`).lean();
    if (!entry) break;
    managers.push(entry.managerId);
  }
  if (options.all) return managers;
  const current = await Promise.all(managers.map(async (managerId) => ((await isDelegateOf(delegateId, managerId, options.day!)) ? managerId : null)));
  return current.filter((managerId): managerId is string => managerId !== null);
}
