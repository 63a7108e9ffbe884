import {
  defaultApprovalTiming,
  defaultFieldPolicy,
  personalFields,
  type ApprovalTiming,
  type ApprovalTimingSettings,
  type FieldPolicy,
  type FieldPolicySettings,
} from '@portico/shared/profile/profile.schemas';
import { model, Schema } from 'mongoose';

import { recordAuditEvent, type Editor } from '../audit';

/*
 * The profile's settings, kept by HR admins in `profile_settings`: who approves a change of
 * each personal field (document `field-policy`), and how long things wait (`approval-timing`).
 */
interface StoredSettings {
  _id: string;
  policy?: FieldPolicy;
  timing?: ApprovalTiming;
  updatedBy: string | null;
  updatedAt?: Date;
}
const settingsSchema = new Schema<StoredSettings>(
  {
    _id: { type: String, required: true },
    policy: { type: Schema.Types.Mixed },
    timing: { type: Schema.Types.Mixed },
    updatedBy: { type: String, default: null },
  },
  { timestamps: { createdAt: false, updatedAt: true }, strict: 'throw', versionKey: false },
);
const ProfileSettingsModel = model<StoredSettings>('ProfileSettings', settingsSchema, 'profile_settings');
const POLICY = 'field-policy';
const TIMING = 'approval-timing';

/** The policy in force: HR's, with the defaults for any field it does not name (a field added later). */
export async function fieldPolicy(): Promise<FieldPolicy> {
  return (await fieldPolicySettings()).policy;
}

/** One settings document: HR's values over the defaults (for a setting added later), the defaults, when it last changed. */
async function settingsOf<K extends 'policy' | 'timing'>(id: string, key: K, defaults: NonNullable<StoredSettings[K]>) {
  const stored = await ProfileSettingsModel.findById(id).lean();
  return {
    [key]: { ...defaults, ...(stored?.[key] ?? {}) },
    defaults: { ...defaults },
    updatedAt: stored?.updatedAt?.toISOString() ?? null,
  } as { [P in K]: NonNullable<StoredSettings[K]> } & { defaults: NonNullable<StoredSettings[K]>; updatedAt: string | null };
}

export const fieldPolicySettings = (): Promise<FieldPolicySettings> => settingsOf(POLICY, 'policy', defaultFieldPolicy);

/** Replaces the policy; requests already made keep the route they were given. Audited with the fields whose route changed. */
export async function saveFieldPolicy(policy: FieldPolicy, editor: Editor): Promise<FieldPolicySettings> {
  const before = await fieldPolicy();
  await ProfileSettingsModel.updateOne({ _id: POLICY }, { $set: { policy, updatedBy: editor.employeeId } }, { upsert: true });
  await recordAuditEvent(editor.log, {
    type: 'profile.field_policy_updated',
    outcome: 'success',
    employeeId: editor.employeeId,
    requestId: editor.requestId,
    details: { changed: personalFields.filter((field) => before[field] !== policy[field]).map((field) => `${field}:${policy[field]}`) },
  });
  return fieldPolicySettings();
}

/** How long things wait: HR's values, or the defaults. */
export async function approvalTiming(): Promise<ApprovalTiming> {
  return (await approvalTimingSettings()).timing;
}

export const approvalTimingSettings = (): Promise<ApprovalTimingSettings> => settingsOf(TIMING, 'timing', defaultApprovalTiming);

/** Replaces the timing, for requests decided and reminders sent from now on. Audited with before and after. */
export async function saveApprovalTiming(timing: ApprovalTiming, editor: Editor): Promise<ApprovalTimingSettings> {
  const before = await approvalTiming();
  await ProfileSettingsModel.updateOne({ _id: TIMING }, { $set: { timing, updatedBy: editor.employeeId } }, { upsert: true });
  await recordAuditEvent(editor.log, {
    type: 'profile.approval_timing_updated',
    outcome: 'success',
    employeeId: editor.employeeId,
    requestId: editor.requestId,
    details: { before: JSON.stringify(before), after: JSON.stringify(timing) },
  });
  return approvalTimingSettings();
}
