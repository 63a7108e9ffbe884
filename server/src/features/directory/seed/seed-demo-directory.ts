import { insertMissing } from '../../../platform/db/inserts';
import { DepartmentModel } from '../department.model';
import { EmployeeModel } from '../employee.model';
import { LocationModel } from '../location.model';
import { generateDemoCompany } from './demo-company';

export interface DirectorySeedReport {
  created: { locations: number; departments: number; employees: number };
  total: { locations: number; departments: number; employees: number };
}

/**
 * Creates whatever part of the demo company's directory is missing and leaves existing
 * records as they are (an edited demo profile survives a re-seed). Safe to run any number of times.
 */
export async function seedDemoDirectory(): Promise<DirectorySeedReport> {
  const company = generateDemoCompany();
  const created = {
    locations: await insertMissing(LocationModel, company.locations),
    departments: await insertMissing(DepartmentModel, company.departments),
    employees: await insertMissing(EmployeeModel, company.employees),
  };
  return {
    created,
    total: { locations: company.locations.length, departments: company.departments.length, employees: company.employees.length },
  };
}

/** Whether nobody is in the directory yet: `npm start` seeds the demo company only then. */
export async function isDirectoryEmpty(): Promise<boolean> {
  return (await EmployeeModel.countDocuments({}).limit(1)) === 0;
}

export function describeDirectorySeed({ created, total }: DirectorySeedReport): string {
  return `Directory: ${created.locations} of ${total.locations} locations, ${created.departments} of ${total.departments} departments and ${created.employees} of ${total.employees} employees created.`;
}
