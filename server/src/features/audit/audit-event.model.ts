import { model, Schema, type InferSchemaType } from 'mongoose';

/**
 * Security and data-change events. They carry the employee id and a reason code, never
 * names, emails or other personal data, so the audit trail can be kept and shared with
 * auditors without exposing more than who did what.
 */
const auditEventSchema = new Schema(
  {
    _id: { type: String, required: true },
    type: { type: String, required: true },
    at: { type: Date, required: true },
    outcome: { type: String, enum: ['success', 'failure'], required: true },
    employeeId: { type: String, default: null },
    /** A stable code for failures and expiries (`signature_invalid`, `idle_timeout` …). */
    reason: { type: String, default: null },
    requestId: { type: String, default: null },
    /** Extra facts without personal data (roles granted, the field that changed …). */
    details: { type: Schema.Types.Mixed, default: null },
  },
  { strict: 'throw', versionKey: false },
);

auditEventSchema.index({ at: -1 });
auditEventSchema.index({ employeeId: 1, at: -1 });
auditEventSchema.index({ type: 1, at: -1 });

export type AuditEvent = InferSchemaType<typeof auditEventSchema>;
export const AuditEventModel = model('AuditEvent', auditEventSchema);
