import { model, Schema } from 'mongoose';

/*
 * Change requests, shaped for the embedded database (ADR 0016). A request's id is
 * `<employee>:<n>`, its number among the person's requests, claimed by insert, so "my
 * requests" reads by id from the newest. Deciding and applying are inserts of the request's
 * id into their own collections: whoever inserts first decided; nobody updates a request's
 * state conditionally. An approver's inbox is a list of entries `<inbox>:<n>`, also read by id.
 */

export interface ChangedField {
  field: string;
  /** The stored value when the request was made (sealed for sensitive fields). */
  before: unknown;
  after: unknown;
}

export interface StoredChangeRequest {
  _id: string;
  employeeId: string;
  /** One submission split by approver: its requests share this id. */
  submissionId: string;
  route: 'manager' | 'hr';
  /** The manager asked (route `manager`); null for HR. */
  approverId: string | null;
  fields: ChangedField[];
  /** The record's version the request was made on: the approver sees what changed since. */
  baseVersion: number;
  /** `YYYY-MM-DD`; null: as soon as approved. */
  effectiveDate: string | null;
  documentId: string | null;
  /** A bank account another person uses: shown to the approver. */
  sharedAccountWith: string[];
  createdAt: Date;
  /** Its entries in approvers' inboxes (its own approver's, then HR's when it is escalated). */
  inboxEntries: string[];
  /** A copy of the decision and application, for reading (the inserts below decide). */
  state: 'pending' | 'approved' | 'rejected' | 'withdrawn' | 'scheduled' | 'applied';
}

const changeRequestSchema = new Schema<StoredChangeRequest>(
  {
    _id: { type: String, required: true },
    employeeId: { type: String, required: true },
    submissionId: { type: String, required: true },
    route: { type: String, enum: ['manager', 'hr'], required: true },
    approverId: { type: String, default: null },
    fields: { type: [new Schema({ field: String, before: Schema.Types.Mixed, after: Schema.Types.Mixed }, { _id: false })], required: true },
    baseVersion: { type: Number, required: true },
    effectiveDate: { type: String, default: null },
    documentId: { type: String, default: null },
    sharedAccountWith: { type: [String], default: [] },
    createdAt: { type: Date, required: true },
    inboxEntries: { type: [String], default: [] },
    state: { type: String, required: true },
  },
  { strict: 'throw', versionKey: false },
);
changeRequestSchema.index({ employeeId: 1 });
export const ChangeRequestModel = model<StoredChangeRequest>('ProfileChangeRequest', changeRequestSchema, 'profile_change_requests');

/** How many requests a person has made (a hint: a concurrent writer may be one ahead). */
const countSchema = new Schema<{ _id: string; last: number }>(
  { _id: { type: String, required: true }, last: { type: Number, required: true } },
  { strict: 'throw', versionKey: false },
);
export const ChangeRequestCountModel = model('ProfileChangeRequestCount', countSchema, 'profile_change_request_counts');

export interface StoredDecision {
  _id: string;
  outcome: 'approved' | 'rejected' | 'withdrawn';
  by: string;
  /** The approver a delegate decided for. */
  onBehalfOf: string | null;
  reason: string | null;
  at: Date;
  /** An approved bank account change reaches the record no sooner than this (the safety delay); null: no delay. */
  holdUntil?: Date | null;
}
const decisionSchema = new Schema<StoredDecision>(
  {
    _id: { type: String, required: true },
    outcome: { type: String, enum: ['approved', 'rejected', 'withdrawn'], required: true },
    by: { type: String, required: true },
    onBehalfOf: { type: String, default: null },
    reason: { type: String, default: null },
    at: { type: Date, required: true },
    holdUntil: { type: Date, default: null },
  },
  { strict: 'throw', versionKey: false },
);
export const ChangeDecisionModel = model<StoredDecision>('ProfileChangeDecision', decisionSchema, 'profile_change_decisions');

export interface StoredApplication {
  _id: string;
  /** When it was claimed, and when it reached the record (null until then). */
  claimedAt: Date;
  appliedAt: Date | null;
  version: number | null;
}
const applicationSchema = new Schema<StoredApplication>(
  {
    _id: { type: String, required: true },
    claimedAt: { type: Date, required: true },
    appliedAt: { type: Date, default: null },
    version: { type: Number, default: null },
  },
  { strict: 'throw', versionKey: false },
);
export const ChangeApplicationModel = model<StoredApplication>('ProfileChangeApplication', applicationSchema, 'profile_change_applications');

/** One request in one approver's inbox: `<inbox>:<n>` (`manager:E10102:7`, `hr:42`). */
export interface StoredInboxEntry {
  _id: string;
  inbox: string;
  requestId: string;
  employeeId: string;
  fields: string[];
  createdAt: Date;
  /** Set once the request is decided: the inbox skips it (and moves its start past it). */
  closed: boolean;
}
const inboxEntrySchema = new Schema<StoredInboxEntry>(
  {
    _id: { type: String, required: true },
    inbox: { type: String, required: true },
    requestId: { type: String, required: true },
    employeeId: { type: String, required: true },
    fields: { type: [String], required: true },
    createdAt: { type: Date, required: true },
    closed: { type: Boolean, default: false },
  },
  { strict: 'throw', versionKey: false },
);
export const InboxEntryModel = model<StoredInboxEntry>('ProfileInboxEntry', inboxEntrySchema, 'profile_inbox_entries');

/** An inbox's bounds: entries `first`..`last` may be open (hints; readers walk past `last`). */
const inboxSchema = new Schema<{ _id: string; first: number; last: number }>(
  { _id: { type: String, required: true }, first: { type: Number, required: true }, last: { type: Number, required: true } },
  { strict: 'throw', versionKey: false },
);
export const InboxModel = model('ProfileInbox', inboxSchema, 'profile_inboxes');

/** Approved requests not in the record yet (scheduled, or interrupted): small, read whole by the job that applies them. */
export interface StoredToApply {
  _id: string;
  /** `YYYY-MM-DD`: the day from which it may be applied. */
  due: string;
  /** Not before this moment either (a bank account change's safety delay); null: from the start of `due`. */
  notBefore?: Date | null;
  by: string;
  onBehalfOf: string | null;
}
const toApplySchema = new Schema<StoredToApply>(
  {
    _id: { type: String, required: true },
    due: { type: String, required: true },
    notBefore: { type: Date, default: null },
    by: { type: String, required: true },
    onBehalfOf: { type: String, default: null },
  },
  { strict: 'throw', versionKey: false },
);
export const ToApplyModel = model<StoredToApply>('ProfileToApply', toApplySchema, 'profile_to_apply');

/** A request offered to HR after waiting too long: inserted once, so two runs at once offer it once. */
const escalationSchema = new Schema<{ _id: string; at: Date }>(
  { _id: { type: String, required: true }, at: { type: Date, required: true } },
  { strict: 'throw', versionKey: false },
);
export const EscalationModel = model('ProfileEscalation', escalationSchema, 'profile_escalations');
