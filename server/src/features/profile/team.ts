import type { PersonalField, Team } from '@portico/shared/profile/profile.schemas';

import { DepartmentModel, EmployeeModel, LocationModel } from '../directory';
import { openEntries } from './requests/inbox';

/**
 * A manager's direct reports as the team page shows them: work facts and the requests of
 * theirs waiting in the manager's inbox. Never pay, bank account, national id, address or
 * date of birth: nothing of the personal record is read. The reports are found by
 * `managerId` (an index on MongoDB, a scan of the directory on the embedded database: the
 * page is opened now and then, not on every request); the waiting requests by `_id`.
 */
export async function myTeam(managerId: string): Promise<Team> {
  const [reports, entries] = await Promise.all([
    EmployeeModel.find({ managerId, status: { $ne: 'terminated' } })
      .sort({ displayName: 1 })
      .lean(),
    openEntries(`manager:${managerId}`),
  ]);
  const [departments, locations] = await Promise.all([
    Promise.all([...new Set(reports.map((person) => person.departmentId))].map((id) => DepartmentModel.findById(id, { name: 1 }).lean())),
    Promise.all([...new Set(reports.map((person) => person.locationId))].map((id) => LocationModel.findById(id, { name: 1 }).lean())),
  ]);
  const nameOf = (list: ({ _id: string; name: string } | null)[], id: string) => list.find((item) => item?._id === id)?.name ?? id;
  return {
    members: reports.map((person) => ({
      id: person._id,
      name: person.displayName,
      jobTitle: person.jobTitle,
      department: nameOf(departments, person.departmentId),
      location: nameOf(locations, person.locationId),
      workEmail: person.workEmail,
      workPhone: person.workPhone ?? null,
      startDate: person.hireDate.toISOString().slice(0, 10),
      status: person.status,
      waiting: entries
        .filter((entry) => entry.employeeId === person._id)
        .map((entry) => ({ id: entry.requestId, fields: entry.fields as PersonalField[], createdAt: entry.createdAt.toISOString() })),
    })),
  };
}
