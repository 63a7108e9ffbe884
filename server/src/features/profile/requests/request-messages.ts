import { EmployeeModel, LocationModel } from '../../directory';
import type { MyChangeRequest } from '@portico/shared/profile/profile.schemas';

import { mailEmployee, markReadById, notify, type Messenger } from '../../notifications';
import type { StoredChangeRequest } from './change-request.models';

/*
 * What change requests tell people by email, beside the bell's notices written with each
 * step: the manager when a request arrives, the person when it is decided, and, against
 * payroll diversion, the person whenever a new bank account is asked for or reaches the
 * record. Mails name fields, never their values. HR's inbox is a shared queue: HR hears of
 * requests in the inbox and in its count, not by one mail each.
 */

const fieldsOf = (request: StoredChangeRequest) => request.fields.map((change) => change.field);
const changesBank = (request: StoredChangeRequest) => fieldsOf(request).includes('bankAccount');

/** The time zone of a person's office, for the time a mail names. */
async function timeZoneOf(employeeId: string): Promise<string> {
  const employee = await EmployeeModel.findById(employeeId, { locationId: 1 }).lean();
  const location = employee ? await LocationModel.findById(employee.locationId, { timeZone: 1 }).lean() : null;
  return location?.timeZone ?? 'UTC';
}

/** To the manager a request waits for. */
export async function mailRequestReceived(messenger: Messenger, request: StoredChangeRequest, person: { firstName: string; lastName: string }): Promise<void> {
  if (request.route !== 'manager' || !request.approverId) return;
  await mailEmployee(messenger, request.approverId, {
    kind: 'profile.request_received',
    person: `${person.firstName} ${person.lastName}`,
    fields: fieldsOf(request),
    path: '/approvals',
  });
}

/** To the person, when their request is approved or rejected (the reason stays in the portal). */
export async function mailDecided(messenger: Messenger, request: StoredChangeRequest, outcome: 'approved' | 'rejected'): Promise<void> {
  await mailEmployee(messenger, request.employeeId, {
    kind: outcome === 'approved' ? 'profile.request_approved' : 'profile.request_rejected',
    fields: fieldsOf(request),
    path: '/my-data',
  });
}

/**
 * To the person, in the bell and by email, when a request changes the bank account their
 * salary is paid into (`requested`) and when that change reaches the record (`applied`).
 */
export async function tellOfBankChange(messenger: Messenger, request: StoredChangeRequest, step: 'requested' | 'applied', at: Date): Promise<void> {
  if (!changesBank(request)) return;
  const type = step === 'requested' ? 'profile.bank_requested' : 'profile.bank_applied';
  await notify([{ id: `${type}:${request._id}`, employeeId: request.employeeId, type, params: {}, link: '/my-data' }]);
  await mailEmployee(messenger, request.employeeId, { kind: type, at: { date: at, timeZone: await timeZoneOf(request.employeeId) }, path: '/my-data' });
}

/** Notices a person gets about their own requests, each with the request's id after the type. */
const noticesOfRequests = ['profile.decided', 'profile.applied', 'profile.bank_requested', 'profile.bank_applied'];
const RECENT_MS = 30 * 86_400_000;

/**
 * The person's notices about requests decided lately, read: My data shows what became of
 * them. Each by its id (a filter on the person would scan every notice on the embedded
 * database); requests decided more than 30 days ago had their notices read long since.
 */
export async function markRequestNoticesRead(requests: readonly MyChangeRequest[], now: Date): Promise<void> {
  const recent = requests.filter((request) => request.decidedAt && now.getTime() - Date.parse(request.decidedAt) < RECENT_MS);
  await Promise.all(recent.flatMap((request) => noticesOfRequests.map((type) => markReadById(`${type}:${request.id}`))));
}
