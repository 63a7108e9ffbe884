import { randomUUID } from 'node:crypto';

import type { ChangeRequestState, MyChangeRequest, PersonalField } from '@portico/shared/profile/profile.schemas';

import { isDuplicateKey } from '../../../platform/db/inserts';
import { countNumbered, insertFirstFree } from '../../../platform/db/numbered';
import { namesOf } from '../../directory';
import { notify } from '../../notifications';
import type { Person } from '../my-data';
import type { StoredChanges } from '../own-changes';
import type { RecordState } from '../personal-records';
import {
  ChangeApplicationModel,
  ChangeDecisionModel,
  ChangeRequestCountModel,
  ChangeRequestModel,
  InboxEntryModel,
  InboxModel,
  type StoredApplication,
  type StoredChangeRequest,
  type StoredDecision,
} from './change-request.models';

/** The inbox a request waits in: its manager's, or HR's (also for someone without a manager). */
export const inboxOf = (request: Pick<StoredChangeRequest, 'route' | 'approverId'>) =>
  request.route === 'manager' && request.approverId ? `manager:${request.approverId}` : 'hr';

/** Sets a numbered list's hint; a first entry written twice at once upserts twice, and one loses: harmless. */
async function setHint(update: () => Promise<unknown>): Promise<void> {
  try {
    await update();
  } catch (error) {
    if (!isDuplicateKey(error)) throw error;
  }
}

/** Puts a request into an approver's inbox, as the next entry, and notes the entry on the request. */
export async function addToInbox(inbox: string, request: StoredChangeRequest): Promise<void> {
  const bounds = await InboxModel.findById(inbox).lean();
  const entry = {
    inbox,
    requestId: request._id,
    employeeId: request.employeeId,
    fields: request.fields.map((change) => change.field),
    createdAt: request.createdAt,
  };
  const number = await insertFirstFree((bounds?.last ?? 0) + 1, (n) => InboxEntryModel.create({ _id: `${inbox}:${n}`, ...entry }));
  await setHint(() => InboxModel.updateOne({ _id: inbox }, bounds ? { $set: { last: number } } : { $set: { last: number, first: 1 } }, { upsert: true }));
  request.inboxEntries = [...request.inboxEntries, `${inbox}:${number}`];
  await ChangeRequestModel.updateOne({ _id: request._id }, { $set: { inboxEntries: request.inboxEntries } });
}

/**
 * Makes one request per approver of a submission, each numbered among the person's
 * requests, and files each in its approver's inbox.
 */
export async function createChangeRequests(
  employee: Person,
  record: RecordState,
  groups: { route: 'manager' | 'hr'; fields: PersonalField[] }[],
  stored: StoredChanges,
  options: { effectiveDate: string | null; documentId: string | null; sharedAccountWith: string[]; now: Date },
): Promise<StoredChangeRequest[]> {
  const submissionId = randomUUID();
  const created: StoredChangeRequest[] = [];
  for (const group of groups) {
    const hint = (await ChangeRequestCountModel.findById(employee._id).lean())?.last ?? 0;
    let request: StoredChangeRequest | undefined;
    const number = await insertFirstFree(hint + 1, async (n) => {
      request = {
        _id: `${employee._id}:${n}`,
        employeeId: employee._id,
        submissionId,
        route: group.route,
        approverId: group.route === 'manager' ? (employee.managerId ?? null) : null,
        fields: group.fields.map((field) => ({ field, before: record.values[field] ?? null, after: stored[field] ?? null })),
        baseVersion: record.version,
        effectiveDate: options.effectiveDate,
        documentId: group.fields.includes('legalName') ? options.documentId : null,
        sharedAccountWith: group.fields.includes('bankAccount') ? options.sharedAccountWith : [],
        createdAt: options.now,
        inboxEntries: [],
        state: 'pending',
      };
      await ChangeRequestModel.create(request);
    });
    await setHint(() => ChangeRequestCountModel.updateOne({ _id: employee._id }, { $set: { last: number } }, { upsert: true }));
    await addToInbox(inboxOf(request!), request!);
    if (inboxOf(request!) !== 'hr') {
      await notify([
        {
          id: `profile.received:${request!._id}`,
          employeeId: request!.approverId!,
          type: 'profile.request_received',
          params: { title: `${employee.firstName} ${employee.lastName}` },
          link: '/approvals',
        },
      ]);
    }
    created.push(request!);
  }
  return created;
}

/** A request with what decided it and whether it reached the record. */
export interface RequestFacts {
  request: StoredChangeRequest;
  decision: StoredDecision | null;
  application: StoredApplication | null;
}

export async function factsOf(request: StoredChangeRequest): Promise<RequestFacts> {
  const [decision, application] = await Promise.all([ChangeDecisionModel.findById(request._id).lean(), ChangeApplicationModel.findById(request._id).lean()]);
  return { request, decision, application };
}

/** The state a request is in, from the inserts that decide it (the copy on the request may lag behind). */
export function stateOf({ request, decision, application }: RequestFacts, now: Date): ChangeRequestState {
  if (!decision) return 'pending';
  if (decision.outcome !== 'approved') return decision.outcome;
  if (application?.appliedAt) return 'applied';
  const waiting = (request.effectiveDate && request.effectiveDate > now.toISOString().slice(0, 10)) || (decision.holdUntil && decision.holdUntil > now);
  return waiting ? 'scheduled' : 'approved';
}

/** A person's latest requests, newest first; by id only. */
export async function latestRequests(employeeId: string, count = 20): Promise<RequestFacts[]> {
  const hint = (await ChangeRequestCountModel.findById(employeeId).lean())?.last ?? 0;
  const total = await countNumbered((n) => ChangeRequestModel.exists({ _id: `${employeeId}:${n}` }), hint);
  const numbers = Array.from({ length: Math.min(count, total) }, (_, index) => total - index);
  const requests = await Promise.all(numbers.map((n) => ChangeRequestModel.findById(`${employeeId}:${n}`).lean()));
  return Promise.all(requests.flatMap((request) => (request ? [factsOf(request)] : [])));
}

/** Requests as their requester sees them, with the names of the people involved. */
export async function presentMyRequests(all: RequestFacts[], now: Date): Promise<MyChangeRequest[]> {
  const names = await namesOf(all.flatMap(({ request, decision }) => [request.approverId, decision?.by, decision?.onBehalfOf]));
  const person = (id: string | null | undefined) => (id ? { id, name: names.get(id) ?? id } : null);
  return all.map((facts) => {
    const { request, decision, application } = facts;
    return {
      id: request._id,
      fields: request.fields.map((change) => change.field as PersonalField),
      route: request.route,
      approver: request.route === 'manager' ? person(request.approverId) : null,
      state: stateOf(facts, now),
      createdAt: request.createdAt.toISOString(),
      effectiveDate: request.effectiveDate,
      decidedAt: decision?.at.toISOString() ?? null,
      decidedBy: person(decision?.by),
      onBehalfOf: person(decision?.onBehalfOf),
      reason: decision?.reason ?? null,
      holdUntil: decision?.holdUntil?.toISOString() ?? null,
      appliedAt: application?.appliedAt?.toISOString() ?? null,
    };
  });
}
