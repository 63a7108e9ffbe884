import { defaultFieldPolicy, personalFields, type FieldPolicy, type FieldPolicySettings } from '@portico/shared/profile/profile.schemas';
import { model, Schema } from 'mongoose';

import { recordAuditEvent, type Editor } from '../audit';

/** Who approves a change of each personal field, kept by HR admins; one document, `field-policy`. */
const fieldPolicySchema = new Schema<{ _id: string; policy: FieldPolicy; updatedBy: string | null; updatedAt?: Date }>(
  {
    _id: { type: String, required: true },
    policy: { type: Schema.Types.Mixed, required: true },
    updatedBy: { type: String, default: null },
  },
  { timestamps: { createdAt: false, updatedAt: true }, strict: 'throw', versionKey: false },
);
const FieldPolicyModel = model('ProfileFieldPolicy', fieldPolicySchema, 'profile_settings');
const ID = 'field-policy';

/** The policy in force: HR's, with the defaults for any field it does not name (a field added later). */
export async function fieldPolicy(): Promise<FieldPolicy> {
  return (await fieldPolicySettings()).policy;
}

export async function fieldPolicySettings(): Promise<FieldPolicySettings> {
  const stored = await FieldPolicyModel.findById(ID).lean();
  return {
    policy: { ...defaultFieldPolicy, ...(stored?.policy ?? {}) },
    defaults: { ...defaultFieldPolicy },
    updatedAt: stored?.updatedAt?.toISOString() ?? null,
  };
}

/** Replaces the policy; requests already made keep the route they were given. Audited with the fields whose route changed. */
export async function saveFieldPolicy(policy: FieldPolicy, editor: Editor): Promise<FieldPolicySettings> {
  const before = await fieldPolicy();
  await FieldPolicyModel.updateOne({ _id: ID }, { $set: { policy, updatedBy: editor.employeeId } }, { upsert: true });
  await recordAuditEvent(editor.log, {
    type: 'profile.field_policy_updated',
    outcome: 'success',
    employeeId: editor.employeeId,
    requestId: editor.requestId,
    details: { changed: personalFields.filter((field) => before[field] !== policy[field]).map((field) => `${field}:${policy[field]}`) },
  });
  return fieldPolicySettings();
}
