import { model, Schema } from 'mongoose';

import { ticketCategories, ticketPriorities, type TicketCategory, type TicketPriority } from '@portico/shared/tickets/catalogue.schemas';
import { messageKinds, ticketStates, triageLevels, type Explanation, type MessageKind, type TicketState } from '@portico/shared/tickets/tickets.schemas';
import type { TriageResult } from './triage/triage';

/*
 * Tickets, shaped for the embedded database (docs/database.md, docs/helpdesk.md): every hot
 * read is by `_id`. A ticket's `_id` is its reference; its messages are `<reference>:<n>`
 * and are read one by one by id (`$in` on `_id` scans there). The queue reads a small
 * collection holding only tickets that are not closed, so closed history does not slow it.
 */

const explanationSchema = new Schema(
  { key: { type: String, required: true }, params: { type: Schema.Types.Mixed, default: {} } },
  { _id: false, minimize: false },
);

const triageSchema = new Schema(
  {
    complexity: { type: String, enum: triageLevels, required: true },
    severity: { type: String, enum: triageLevels, required: true },
    effort: { type: String, enum: triageLevels, required: true },
    priority: { type: String, enum: ticketPriorities, required: true },
    teamId: { type: String, required: true },
    explanation: { type: [explanationSchema], default: [] },
    override: {
      type: new Schema(
        {
          priority: { type: String, required: true },
          teamId: { type: String, required: true },
          reason: { type: String, required: true },
          by: { type: String, required: true },
          at: { type: Date, required: true },
        },
        { _id: false },
      ),
      default: null,
    },
  },
  { _id: false },
);

const csatSchema = new Schema(
  {
    resolution: { type: Number, required: true },
    rating: { type: Number, required: true },
    comment: { type: String, default: '' },
    at: { type: Date, required: true },
  },
  { _id: false },
);

const slaSchema = new Schema(
  {
    firstResponseMinutes: { type: Number, required: true },
    resolutionMinutes: { type: Number, required: true },
    /** Whose business hours: the requester's office when the ticket was filed. */
    locationId: { type: String, required: true },
    /** When the resolution clock ran; the last one open while it runs. */
    intervals: { type: [new Schema({ start: { type: Date, required: true }, end: { type: Date, default: null } }, { _id: false })], default: [] },
  },
  { _id: false },
);

const ticketSchema = new Schema(
  {
    /** The reference, HR-2026-00042. */
    _id: { type: String, required: true },
    requestTypeId: { type: String, required: true },
    category: { type: String, enum: ticketCategories, required: true },
    subject: { type: String, required: true },
    question: { type: String, required: true },
    answers: { type: Schema.Types.Mixed, default: {} },
    requesterId: { type: String, required: true },
    assigneeId: { type: String, default: null },
    /** The team and priority in force: the triage's, or its override's. */
    teamId: { type: String, required: true },
    priority: { type: String, enum: ticketPriorities, required: true },
    triage: { type: triageSchema, required: true },
    confidential: { type: Boolean, required: true },
    state: { type: String, enum: ticketStates, required: true },
    createdAt: { type: Date, required: true },
    updatedAt: { type: Date, required: true },
    firstResponseAt: { type: Date, default: null },
    resolvedAt: { type: Date, default: null },
    closedAt: { type: Date, default: null },
    firstResponseDueAt: { type: Date, default: null },
    resolutionDueAt: { type: Date, default: null },
    /** The targets in business minutes and the clock's running intervals (ticket-sla.ts); null for a ticket filed without them. */
    sla: { type: slaSchema, default: null },
    /** How many times it was resolved: a rating belongs to one resolution. */
    resolutions: { type: Number, default: 0 },
    csat: { type: [csatSchema], default: [] },
    attachmentIds: { type: [String], default: [] },
    /** Messages are `<_id>:1` … `<_id>:<messageCount>` (a concurrent writer may be a step ahead: readers look one further). */
    messageCount: { type: Number, default: 0 },
    mergedInto: { type: String, default: null },
    /** When a target was missed (its due date), recorded by the SLA sweep (jobs/sla-sweep.ts); null until then. */
    firstResponseBreachedAt: { type: Date, default: null },
    resolutionBreachedAt: { type: Date, default: null },
  },
  { strict: 'throw', versionKey: false, minimize: false },
);
// For MongoDB in production (the embedded database scans whatever the index).
ticketSchema.index({ requesterId: 1, createdAt: -1 });
ticketSchema.index({ state: 1, teamId: 1 });
// Reports (filed in a period) and the all view (newest first).
ticketSchema.index({ createdAt: -1 });

/** Triage as computed (triage/triage.ts), and HR's override of it. */
export type StoredTriage = TriageResult & {
  override: { priority: TicketPriority; teamId: string; reason: string; by: string; at: Date } | null;
};

/** A ticket as read with `.lean()`. */
export interface StoredTicket {
  _id: string;
  requestTypeId: string;
  category: TicketCategory;
  subject: string;
  question: string;
  answers: Record<string, string | string[] | null>;
  requesterId: string;
  assigneeId: string | null;
  teamId: string;
  priority: TicketPriority;
  triage: StoredTriage;
  confidential: boolean;
  state: TicketState;
  createdAt: Date;
  updatedAt: Date;
  firstResponseAt: Date | null;
  resolvedAt: Date | null;
  closedAt: Date | null;
  firstResponseDueAt: Date | null;
  resolutionDueAt: Date | null;
  sla: { firstResponseMinutes: number; resolutionMinutes: number; locationId: string; intervals: { start: Date; end: Date | null }[] } | null;
  resolutions: number;
  csat: { resolution: number; rating: number; comment: string; at: Date }[];
  attachmentIds: string[];
  messageCount: number;
  mergedInto: string | null;
  /** Missing on tickets stored before the SLA sweep existed (and on writers that leave them out): read as null. */
  firstResponseBreachedAt?: Date | null;
  resolutionBreachedAt?: Date | null;
}
export const TicketModel = model('Ticket', ticketSchema, 'tickets');

/** The fields of a ticket the queue filters and sorts on, for every ticket not closed. */
const queueEntrySchema = new Schema(
  {
    _id: { type: String, required: true },
    subject: { type: String, required: true },
    state: { type: String, enum: ticketStates, required: true },
    category: { type: String, required: true },
    requestTypeId: { type: String, required: true },
    requesterId: { type: String, required: true },
    assigneeId: { type: String, default: null },
    teamId: { type: String, required: true },
    priority: { type: String, required: true },
    confidential: { type: Boolean, required: true },
    createdAt: { type: Date, required: true },
    updatedAt: { type: Date, required: true },
    firstResponseAt: { type: Date, default: null },
    firstResponseDueAt: { type: Date, default: null },
    resolutionDueAt: { type: Date, default: null },
    /** For auto-close (jobs/auto-close.ts); missing on entries written before it. */
    resolvedAt: { type: Date, default: null },
    firstResponseBreachedAt: { type: Date, default: null },
    resolutionBreachedAt: { type: Date, default: null },
  },
  { strict: 'throw', versionKey: false },
);
queueEntrySchema.index({ teamId: 1, state: 1 });
queueEntrySchema.index({ assigneeId: 1 });
export type QueueEntry = Pick<
  StoredTicket,
  | '_id'
  | 'subject'
  | 'state'
  | 'category'
  | 'requestTypeId'
  | 'requesterId'
  | 'assigneeId'
  | 'teamId'
  | 'priority'
  | 'confidential'
  | 'createdAt'
  | 'updatedAt'
  | 'firstResponseAt'
  | 'firstResponseDueAt'
  | 'resolutionDueAt'
> &
  Partial<Pick<StoredTicket, 'resolvedAt' | 'firstResponseBreachedAt' | 'resolutionBreachedAt'>>;
export const TicketQueueModel = model('TicketQueueEntry', queueEntrySchema, 'ticket_queue');

const messageSchema = new Schema(
  {
    /** `<ticket>:<n>`, n from 1. */
    _id: { type: String, required: true },
    ticketId: { type: String, required: true },
    number: { type: Number, required: true },
    kind: { type: String, enum: messageKinds, required: true },
    /** Never shown to the requester: notes, and events such as an assignment or a triage override. */
    internal: { type: Boolean, required: true },
    /** Null for what the system wrote. */
    authorId: { type: String, default: null },
    authorSide: { type: String, default: null },
    body: { type: String, default: '' },
    event: { type: explanationSchema, default: null },
    attachmentIds: { type: [String], default: [] },
    createdAt: { type: Date, required: true },
  },
  { strict: 'throw', versionKey: false },
);
messageSchema.index({ ticketId: 1, number: 1 });
export interface StoredMessage {
  _id: string;
  ticketId: string;
  number: number;
  kind: MessageKind;
  internal: boolean;
  authorId: string | null;
  authorSide: 'requester' | 'hr' | null;
  body: string;
  event: Explanation | null;
  attachmentIds: string[];
  createdAt: Date;
}
export const TicketMessageModel = model('TicketMessage', messageSchema, 'ticket_messages');

/** The requester's own list: `<employee>:<n>` → ticket, so "my tickets" reads by id, newest first. */
const requesterEntrySchema = new Schema(
  { _id: { type: String, required: true }, ticketId: { type: String, required: true }, createdAt: { type: Date, required: true } },
  { strict: 'throw', versionKey: false },
);
export const RequesterEntryModel = model('TicketRequesterEntry', requesterEntrySchema, 'ticket_requester_entries');
/** How many entries a requester has (a hint: a concurrent writer may be one ahead). */
const requesterCountSchema = new Schema(
  { _id: { type: String, required: true }, count: { type: Number, required: true } },
  { strict: 'throw', versionKey: false },
);
export const RequesterCountModel = model('TicketRequesterCount', requesterCountSchema, 'ticket_requesters');

/** The last reference number handed out per year (`HR-2026`): a hint, inserts decide. */
const counterSchema = new Schema({ _id: { type: String, required: true }, last: { type: Number, required: true } }, { strict: 'throw', versionKey: false });
export const TicketCounterModel = model('TicketCounter', counterSchema, 'ticket_counters');

/** One rating per resolution: `<ticket>:<resolution>`, inserted once. */
const ratingSchema = new Schema(
  {
    _id: { type: String, required: true },
    ticketId: { type: String, required: true },
    rating: { type: Number, required: true },
    comment: { type: String, default: '' },
    at: { type: Date, required: true },
  },
  { strict: 'throw', versionKey: false },
);
export const TicketRatingModel = model('TicketRating', ratingSchema, 'ticket_ratings');

/** "This answered my question": no person is recorded. */
const deflectionSchema = new Schema(
  {
    _id: { type: String, required: true },
    query: { type: String, required: true },
    articleSlug: { type: String, required: true },
    at: { type: Date, required: true },
  },
  { strict: 'throw', versionKey: false },
);
deflectionSchema.index({ at: -1 });
export const DeflectionModel = model('TicketDeflection', deflectionSchema, 'ticket_deflections');

/** Round-robin: per team, how many tickets it has handed out (member = turns % members). */
const rotationSchema = new Schema({ _id: { type: String, required: true }, turns: { type: Number, required: true } }, { strict: 'throw', versionKey: false });
export const TeamRotationModel = model('TicketTeamRotation', rotationSchema, 'ticket_team_rotations');

export const messageId = (ticketId: string, number: number) => `${ticketId}:${number}`;
