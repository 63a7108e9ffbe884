import type { Role } from '@portico/shared/auth/auth.schemas';
import { EmployeeModel } from '../directory';

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
  return roles;
}
