import type { EmployeeRecord, People } from '@portico/shared/profile/profile.schemas';

import type { Logger } from '../../platform/logger';
import { recordAuditEvent } from '../audit';
import type { Actor } from '../auth';
import { DepartmentModel, EmployeeModel, LocationModel } from '../directory';
import { employeeOf, recordOf, workOf } from './my-data';
import { presentRecord } from './personal-records';
import { latestRequests, presentMyRequests } from './requests/change-requests';

/** People listed at once by a search. */
const LIMIT = 25;

/** Lower case without accents: "López" is found as "lopez". */
const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * HR's directory search: every word of the query in the person's name, employee number,
 * work email or job title, accents and case aside; people still employed first, then by
 * name. It reads the directory's short fields whole (a scan on any database; HR searches
 * now and then, nobody's every page load) and matches in code, which also forgives accents.
 */
export async function searchPeople(query: string): Promise<People> {
  const words = fold(query).split(/\s+/).filter(Boolean);
  const everyone = await EmployeeModel.find({}, { displayName: 1, workEmail: 1, jobTitle: 1, departmentId: 1, locationId: 1, status: 1 }).lean();
  const found = everyone
    .filter((person) => {
      const text = fold(`${person.displayName} ${person._id} ${person.workEmail} ${person.jobTitle}`);
      return words.every((word) => text.includes(word));
    })
    .sort((a, b) => Number(a.status === 'terminated') - Number(b.status === 'terminated') || a.displayName.localeCompare(b.displayName));
  const listed = found.slice(0, LIMIT);
  const [departments, locations] = await Promise.all([DepartmentModel.find({}, { name: 1 }).lean(), LocationModel.find({}, { name: 1 }).lean()]);
  const nameIn = (list: { _id: string; name: string }[], id: string) => list.find((item) => item._id === id)?.name ?? id;
  return {
    people: listed.map((person) => ({
      id: person._id,
      name: person.displayName,
      jobTitle: person.jobTitle,
      department: nameIn(departments, person.departmentId),
      location: nameIn(locations, person.locationId),
      workEmail: person.workEmail,
      status: person.status,
    })),
    more: found.length > listed.length,
  };
}

/** Anyone's record as HR sees it: sensitive values masked, their requests. Each opening is an audit event (`profile.record_opened`). */
export async function employeeRecord(actor: Actor, employeeId: string, context: { now: Date; log: Logger; requestId: string }): Promise<EmployeeRecord> {
  const employee = await employeeOf(employeeId);
  const [record, { work }, requests] = await Promise.all([recordOf(employee), workOf(employee), latestRequests(employee._id)]);
  await recordAuditEvent(context.log, {
    type: 'profile.record_opened',
    outcome: 'success',
    employeeId: actor.employeeId,
    requestId: context.requestId,
    details: { subject: employee._id },
  });
  return {
    work,
    name: employee.displayName,
    status: employee.status,
    personal: presentRecord(record),
    requests: await presentMyRequests(requests, context.now),
  };
}
