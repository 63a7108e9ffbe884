import { model, Schema, type InferSchemaType } from 'mongoose';

export const employmentTypes = ['full_time', 'part_time', 'contractor'] as const;
export const employeeStatuses = ['active', 'on_leave', 'terminated'] as const;

/**
 * A person in the HR directory. The id is the employee number, so the hot read (who is
 * signed in, who is their manager) is a lookup by `_id` on every database.
 */
const employeeSchema = new Schema(
  {
    _id: { type: String, required: true },
    workEmail: { type: String, required: true, lowercase: true, trim: true },
    firstName: { type: String, required: true },
    lastName: { type: String, required: true },
    displayName: { type: String, required: true },
    jobTitle: { type: String, required: true },
    departmentId: { type: String, required: true },
    locationId: { type: String, required: true },
    /** Employee number of the direct manager; null at the top of the organisation. */
    managerId: { type: String, default: null },
    hireDate: { type: Date, required: true },
    employmentType: { type: String, enum: employmentTypes, required: true },
    status: { type: String, enum: employeeStatuses, default: 'active' },
    /** BCP 47 tag of the language HR writes to this person in (emails, letters). */
    preferredLanguage: { type: String, required: true, default: 'en' },
    /** The interface language the person chose in Portico; null until they choose one. */
    interfaceLanguage: { type: String, default: null },
    workPhone: { type: String, default: null },
  },
  { timestamps: true, strict: 'throw' },
);

// Declared for MongoDB in production; on the embedded database they enforce uniqueness only.
employeeSchema.index({ workEmail: 1 }, { unique: true });
employeeSchema.index({ managerId: 1 });
employeeSchema.index({ departmentId: 1 });

export type Employee = InferSchemaType<typeof employeeSchema>;
export const EmployeeModel = model('Employee', employeeSchema);
