import type { Decided, Decision } from '@portico/shared/profile/profile.schemas';

import { insertedFirst, isDuplicateKey } from '../../../platform/db/inserts';
import { HttpProblem, notFound } from '../../../platform/errors';
import type { FileStore } from '../../../platform/files/file-store';
import type { Logger } from '../../../platform/logger';
import { recordAuditEvent } from '../../audit';
import { isHr, type Actor } from '../../auth';
import { markReadById, notify, type Messenger } from '../../notifications';
import { PROFILE_DOCUMENT } from '../documents';
import { approvalTiming } from '../field-policy';
import { directoryName, employeeOf, type Person } from '../my-data';
import { PersonalRevisionModel } from '../personal-record.models';
import { readRecord } from '../personal-records';
import { applyChanges, type StoredChanges } from '../own-changes';
import {
  ChangeApplicationModel,
  ChangeDecisionModel,
  ChangeRequestModel,
  InboxEntryModel,
  ToApplyModel,
  type StoredChangeRequest,
} from './change-request.models';
import { factsOf, stateOf } from './change-requests';
import { mailDecided, tellOfBankChange } from './request-messages';
import { isDelegateOf } from './delegations';

/*
 * Deciding and applying a change request, each exactly once (ADR 0016): the decision is the
 * insert of the request's id into `profile_change_decisions`, the application the insert of
 * it into `profile_change_applications`; whoever inserts second is told it was done already.
 */

export interface DecisionContext {
  now: Date;
  log: Logger;
  requestId: string;
  messenger: Messenger;
}

const dayOf = (date: Date) => date.toISOString().slice(0, 10);

/**
 * Whether the actor may decide the request, and for whom: its manager, that manager's
 * delegate today ("on behalf of"), or HR for HR requests, for people without a manager and
 * for requests offered to HR after waiting too long. Never the requester.
 */
export async function mayDecide(actor: Actor, request: StoredChangeRequest, now: Date): Promise<{ onBehalfOf: string | null } | null> {
  if (request.employeeId === actor.employeeId) return null;
  if (request.route === 'hr' || !request.approverId) return isHr(actor) ? { onBehalfOf: null } : null;
  if (request.approverId === actor.employeeId) return { onBehalfOf: null };
  if (await isDelegateOf(actor.employeeId, request.approverId, dayOf(now))) return { onBehalfOf: request.approverId };
  if (isHr(actor) && request.inboxEntries.some((entry) => entry.startsWith('hr:'))) return { onBehalfOf: null };
  return null;
}

async function requestFor(actor: Actor, id: string, now: Date): Promise<{ request: StoredChangeRequest; onBehalfOf: string | null }> {
  const request = await ChangeRequestModel.findById(id).lean();
  // Someone who could never see it learns nothing from the answer: 404 like a request that does not exist.
  if (!request) throw notFound('There is no such change request.');
  if (request.employeeId === actor.employeeId) throw new HttpProblem(403, 'own_request', 'Your own request', 'Nobody decides their own request.');
  const role = await mayDecide(actor, request, now);
  if (!role) throw new HttpProblem(403, 'not_your_approval', 'Not yours to decide', 'This request is not waiting for you.');
  return { request, onBehalfOf: role.onBehalfOf };
}

/** Closes a decided request everywhere it waits, and keeps a copy of its state on it. */
async function settle(request: StoredChangeRequest, state: StoredChangeRequest['state']): Promise<void> {
  await ChangeRequestModel.updateOne({ _id: request._id }, { $set: { state } });
  // The manager's notice of it no longer waits, whoever decided.
  await markReadById(`profile.received:${request._id}`);
  for (const entry of request.inboxEntries) await InboxEntryModel.updateOne({ _id: entry }, { $set: { closed: true } });
}

/** When an approved bank account change may reach the record: the safety delay after approval (HR's setting); null when there is none. */
async function safetyDelayEnd(request: StoredChangeRequest, now: Date): Promise<Date | null> {
  if (!request.fields.some((change) => change.field === 'bankAccount')) return null;
  const { bankAccountDelayHours } = await approvalTiming();
  return bankAccountDelayHours > 0 ? new Date(now.getTime() + bankAccountDelayHours * 3_600_000) : null;
}

/** Approves or rejects one request. 409 `already_decided` when someone else decided it first. */
export async function decide(actor: Actor, id: string, decision: Decision, context: DecisionContext): Promise<Decided> {
  const { request, onBehalfOf } = await requestFor(actor, id, context.now);
  const holdUntil = decision.outcome === 'approved' ? await safetyDelayEnd(request, context.now) : null;
  try {
    await ChangeDecisionModel.create({
      _id: request._id,
      outcome: decision.outcome,
      by: actor.employeeId,
      onBehalfOf,
      reason: decision.reason?.trim() || null,
      at: context.now,
      holdUntil,
    });
  } catch (error) {
    if (!isDuplicateKey(error)) throw error;
    throw new HttpProblem(409, 'already_decided', 'Decided already', 'Someone has already decided this request.');
  }
  await recordAuditEvent(context.log, {
    type: 'profile.request_decided',
    outcome: 'success',
    employeeId: actor.employeeId,
    requestId: context.requestId,
    details: {
      subject: request.employeeId,
      changeRequest: request._id,
      decision: decision.outcome,
      fields: request.fields.map((change) => change.field),
      ...(onBehalfOf ? { onBehalfOf } : {}),
    },
  });
  const today = dayOf(context.now);
  const due = decision.outcome === 'approved' && (!request.effectiveDate || request.effectiveDate <= today) && !holdUntil;
  // Noted before anything is applied: if this process stops now, the job applies it.
  if (decision.outcome === 'approved') {
    await ToApplyModel.create({ _id: request._id, due: request.effectiveDate ?? today, notBefore: holdUntil, by: actor.employeeId, onBehalfOf });
  }
  await settle(request, decision.outcome === 'approved' ? (due ? 'approved' : 'scheduled') : 'rejected');
  await notify([
    {
      id: `profile.decided:${request._id}`,
      employeeId: request.employeeId,
      type: decision.outcome === 'approved' ? 'profile.request_approved' : 'profile.request_rejected',
      params: { title: decision.reason?.trim() ?? '' },
      link: '/my-data',
    },
  ]);
  await mailDecided(context.messenger, request, decision.outcome);
  if (due) await applyRequest(request, { by: actor.employeeId, onBehalfOf, ...context });
  return { id: request._id, state: stateOf(await factsOf(request), context.now), problem: null };
}

/** The requester takes back a request nobody has decided yet (or a newer request for the same fields replaces it: `superseded`). */
export async function withdraw(actor: Actor, id: string, context: DecisionContext, reason: 'superseded' | null = null): Promise<Decided> {
  const request = await ChangeRequestModel.findById(id).lean();
  if (!request || request.employeeId !== actor.employeeId) throw notFound('There is no such change request of yours.');
  try {
    await ChangeDecisionModel.create({ _id: request._id, outcome: 'withdrawn', by: actor.employeeId, onBehalfOf: null, reason, at: context.now });
  } catch (error) {
    if (!isDuplicateKey(error)) throw error;
    throw new HttpProblem(409, 'already_decided', 'Decided already', 'This request has already been decided.');
  }
  await settle(request, 'withdrawn');
  await recordAuditEvent(context.log, {
    type: 'profile.request_withdrawn',
    outcome: 'success',
    employeeId: actor.employeeId,
    requestId: context.requestId,
    details: { subject: request.employeeId, changeRequest: request._id, ...(reason ? { reason } : {}) },
  });
  return { id: request._id, state: 'withdrawn', problem: null };
}

/** A claim unfinished after this long belongs to a process that stopped: another may take it over. */
const STALE_CLAIM_MS = 10 * 60_000;

/** Claims the application of a request: the insert decides; a stale unfinished claim is taken over. Null: someone else has it. */
async function claimApplication(request: StoredChangeRequest, now: Date): Promise<'claimed' | 'taken over' | null> {
  if (await insertedFirst(() => ChangeApplicationModel.create({ _id: request._id, claimedAt: now, appliedAt: null, version: null }))) return 'claimed';
  const claim = await ChangeApplicationModel.findById(request._id).lean();
  if (!claim || claim.appliedAt || now.getTime() - claim.claimedAt.getTime() < STALE_CLAIM_MS) return null;
  // Taking over: a fresh claim time, so a third process waits again.
  await ChangeApplicationModel.updateOne({ _id: request._id }, { $set: { claimedAt: now } });
  return 'taken over';
}

/** The version of the record that already carries this request, if one does (versions after the one it was made on, by id). */
async function versionApplying(request: StoredChangeRequest, employee: Person): Promise<number | null> {
  const latest = await readRecord(employee._id, directoryName(employee));
  for (let version = request.baseVersion + 1; version <= latest.version; version++) {
    const revision = await PersonalRevisionModel.findById(`${employee._id}:${version}`, { requestId: 1 }).lean();
    if (revision?.requestId === request._id) return version;
  }
  return null;
}

/**
 * Writes an approved request into the record, once: the claim is an insert; the one who
 * claims it writes the next version of the record and notes when it landed. The requester
 * hears of it in the portal.
 */
export async function applyRequest(request: StoredChangeRequest, context: DecisionContext & { by: string; onBehalfOf: string | null }): Promise<boolean> {
  const claim = await claimApplication(request, context.now);
  if (!claim) return false;
  const employee = await employeeOf(request.employeeId);
  // A claim taken over from a process that stopped may have written the version already.
  const written = claim === 'taken over' ? await versionApplying(request, employee) : null;
  const changes = Object.fromEntries(request.fields.map((change) => [change.field, change.after])) as StoredChanges;
  const version =
    written ??
    (
      await applyChanges(employee, changes, {
        by: context.by,
        onBehalfOf: context.onBehalfOf,
        changeRequestId: request._id,
        at: context.now,
        log: context.log,
        httpRequestId: context.requestId,
      })
    ).version;
  await ChangeApplicationModel.updateOne({ _id: request._id }, { $set: { appliedAt: context.now, version } });
  await ToApplyModel.deleteOne({ _id: request._id });
  await ChangeRequestModel.updateOne({ _id: request._id }, { $set: { state: 'applied' } });
  await notify([
    {
      id: `profile.applied:${request._id}`,
      employeeId: request.employeeId,
      type: 'profile.change_applied',
      params: {},
      link: '/my-data',
    },
  ]);
  await tellOfBankChange(context.messenger, request, 'applied', context.now);
  return true;
}

/** The supporting document of a request the actor may decide (404 for anyone else, and for a request without one). */
export async function supportingDocument(actor: Actor, id: string, files: FileStore, now: Date) {
  const request = await ChangeRequestModel.findById(id).lean();
  if (!request?.documentId || !(await mayDecide(actor, request, now))) throw notFound('There is no such document.');
  const file = await files.get(request.documentId);
  if (!file || file.ownerKind !== PROFILE_DOCUMENT) throw notFound('There is no such document.');
  return file;
}
