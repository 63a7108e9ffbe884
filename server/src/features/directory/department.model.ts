import { model, Schema, type InferSchemaType } from 'mongoose';

/** A department. The id is a stable slug (`engineering`). */
const departmentSchema = new Schema(
  {
    _id: { type: String, required: true },
    name: { type: String, required: true },
    /** Employee number of the department head. */
    headId: { type: String, default: null },
  },
  { timestamps: true, strict: 'throw' },
);

export type Department = InferSchemaType<typeof departmentSchema>;
export const DepartmentModel = model('Department', departmentSchema);
