import type { Role } from '@portico/shared/auth/auth.schemas';
import { model, Schema } from 'mongoose';

import { EmployeeModel } from '../directory';
import { hrRoles } from './access.policy';

export interface RoleGroups {
  hrAgentGroups: string[];
  hrAdminGroups: string[];
  handbookEditorGroups: string[];
}

/**
 * Roles at sign-in: everyone is an employee; a manager has direct reports in the
 * directory; HR roles and handbook editors come from the IdP groups named in configuration.
 */
export async function rolesFor(employeeId: string, idpGroups: readonly string[], groups: RoleGroups): Promise<Role[]> {
  const roles: Role[] = ['employee'];
  if (await EmployeeModel.exists({ managerId: employeeId, status: { $ne: 'terminated' } })) roles.push('manager');
  const member = (names: string[]) => names.some((name) => idpGroups.includes(name));
  if (member(groups.hrAgentGroups)) roles.push('hr_agent');
  if (member(groups.hrAdminGroups)) roles.push('hr_admin');
  if (member(groups.handbookEditorGroups)) roles.push('handbook_editor');
  await SignedInRolesModel.updateOne({ _id: employeeId }, { $set: { roles, at: new Date() } }, { upsert: true });
  return roles;
}

/** The roles each person had at their last sign-in: HR roles live in the IdP, so this is where others can learn them. */
const signedInRolesSchema = new Schema<{ _id: string; roles: Role[]; at: Date }>(
  { _id: { type: String, required: true }, roles: { type: [String], required: true }, at: { type: Date, required: true } },
  { strict: 'throw', versionKey: false },
);
const SignedInRolesModel = model('SignedInRoles', signedInRolesSchema, 'signed_in_roles');

/** The roles a person had when they last signed in; none before their first sign-in. */
export async function lastKnownRoles(employeeId: string): Promise<Role[]> {
  return (await SignedInRolesModel.findById(employeeId).lean())?.roles ?? [];
}

/** Everyone who had an HR role at their last sign-in. */
export async function hrPeople(): Promise<string[]> {
  const rows = await SignedInRolesModel.find({ roles: { $in: [...hrRoles] } }, { _id: 1 }).lean();
  return rows.map((row) => row._id);
}
