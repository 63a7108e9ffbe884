import { model, Schema } from 'mongoose';

/**
 * "I have read this policy", for one major version. The id is `slug:major:employeeId`:
 * acknowledging twice is one acknowledgement, and a new major version needs a new one.
 * Department and location are copied in, for the completion report.
 */
const acknowledgementSchema = new Schema(
  {
    _id: { type: String, required: true },
    slug: { type: String, required: true },
    major: { type: Number, required: true },
    employeeId: { type: String, required: true },
    departmentId: { type: String, required: true },
    locationId: { type: String, required: true },
    /** The version read, as shown ("2.1"). */
    version: { type: String, required: true },
    language: { type: String, required: true },
    at: { type: Date, required: true },
  },
  { strict: 'throw', versionKey: false },
);
acknowledgementSchema.index({ slug: 1, major: 1 });
export const AcknowledgementModel = model('PolicyAcknowledgement', acknowledgementSchema, 'policy_acknowledgements');

export const acknowledgementId = (slug: string, major: number, employeeId: string) => `${slug}:${major}:${employeeId}`;

/** Days people have to acknowledge a new policy or a new major version. */
export const ACKNOWLEDGE_WITHIN_DAYS = 14;
