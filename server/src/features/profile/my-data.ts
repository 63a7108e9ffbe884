import type { MyData, WorkInfo } from '@portico/shared/profile/profile.schemas';

import { notFound } from '../../platform/errors';
import { DepartmentModel, EmployeeModel, LocationModel, type Employee, type Location } from '../directory';
import { approvalTiming, fieldPolicy } from './field-policy';
import { presentRecord, readRecord, type RecordState } from './personal-records';
import { latestRequests, presentMyRequests } from './requests/change-requests';

/** The directory's entry of a person still in it, or 404. */
export async function employeeOf(employeeId: string): Promise<Employee & { _id: string }> {
  const employee = await EmployeeModel.findById(employeeId).lean();
  if (!employee) throw notFound('There is no such person in the directory.');
  return employee as Employee & { _id: string };
}

/** What the record's code needs of a person's directory entry. */
export type Person = Pick<Employee, 'firstName' | 'lastName' | 'managerId'> & { _id: string };

/** Until the person writes their legal name, the directory's names stand for it. */
export const directoryName = (employee: Person) => ({ first: employee.firstName, last: employee.lastName });

/** A person's record at its latest version. */
export async function recordOf(employee: Person): Promise<RecordState> {
  return readRecord(employee._id, directoryName(employee));
}

/** A person's work facts, read-only to them (and their office, for its country). By `_id` only. */
export async function workOf(employee: Employee & { _id: string }): Promise<{ work: WorkInfo; location: Location | null }> {
  const [department, location, manager] = await Promise.all([
    DepartmentModel.findById(employee.departmentId).lean(),
    LocationModel.findById(employee.locationId).lean(),
    employee.managerId ? EmployeeModel.findById(employee.managerId).lean() : null,
  ]);
  return {
    work: {
      employeeNumber: employee._id,
      workEmail: employee.workEmail,
      jobTitle: employee.jobTitle,
      department: { id: employee.departmentId, name: department?.name ?? employee.departmentId },
      location: { id: employee.locationId, name: location?.name ?? employee.locationId },
      manager: manager ? { id: manager._id, name: manager.displayName } : null,
      startDate: employee.hireDate.toISOString().slice(0, 10),
    },
    location,
  };
}

/** "My data": work facts (read-only), the personal record (sensitive values masked) and the field policy. Reads by `_id` only. */
export async function myData(employeeId: string, now: Date): Promise<MyData> {
  const employee = await employeeOf(employeeId);
  const [record, policy, timing, { work, location }, requests] = await Promise.all([
    recordOf(employee),
    fieldPolicy(),
    approvalTiming(),
    workOf(employee),
    latestRequests(employeeId),
  ]);
  return {
    work,
    personal: presentRecord(record),
    policy,
    officeCountry: location?.countryCode ?? 'GB',
    bankAccountDelayHours: timing.bankAccountDelayHours,
    requests: await presentMyRequests(requests, now),
  };
}
