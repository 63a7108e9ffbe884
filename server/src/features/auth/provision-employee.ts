import type { Profile } from '@node-saml/node-saml';

import type { SamlAttributeNames } from '../../config/config';
import { type Employee, EmployeeModel } from '../directory';

export type ProvisionResult =
  | { found: true; employee: Employee & { _id: string }; groups: string[] }
  | { found: false; reason: 'not_in_directory' | 'employee_inactive' | 'no_identifier' };

/** The first attribute among `names` that the assertion carries, as a list of strings. */
export function attributeValues(profile: Profile, names: readonly string[]): string[] {
  const attributes = (profile['attributes'] ?? {}) as Record<string, unknown>;
  for (const name of names) {
    const value = attributes[name];
    if (value === undefined || value === null) continue;
    const values = (Array.isArray(value) ? value : [value]).filter((item): item is string => typeof item === 'string' && item.trim() !== '');
    if (values.length) return values.map((item) => item.trim());
  }
  return [];
}

/**
 * Matches the person the IdP vouched for to an employee in the HR directory: by employee
 * number when the IdP sends one, else by work email (the email attribute, or a NameID
 * that is an email address). Nobody is created here: the directory is HR's.
 */
export async function provisionEmployee(profile: Profile, attributes: SamlAttributeNames): Promise<ProvisionResult> {
  const employeeNumber = attributeValues(profile, attributes.employeeNumber)[0];
  const email = attributeValues(profile, attributes.email)[0] ?? (profile.nameID?.includes('@') ? profile.nameID : undefined);
  if (!employeeNumber && !email) return { found: false, reason: 'no_identifier' };

  const employee =
    (employeeNumber ? await EmployeeModel.findById(employeeNumber).lean() : null) ??
    (email ? await EmployeeModel.findOne({ workEmail: email.toLowerCase() }).lean() : null);
  if (!employee) return { found: false, reason: 'not_in_directory' };
  if (employee.status === 'terminated') return { found: false, reason: 'employee_inactive' };
  return { found: true, employee, groups: attributeValues(profile, attributes.groups) };
}
