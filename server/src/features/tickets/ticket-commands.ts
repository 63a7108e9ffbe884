import { randomUUID } from 'node:crypto';

import { fieldIssues } from '@portico/shared/platform/field-issues';
import { answersSchema } from '@portico/shared/tickets/catalogue.schemas';
import { MAX_SUBJECT_LENGTH, type Deflection, type TicketState } from '@portico/shared/tickets/tickets.schemas';
import { isDuplicateKey } from '../../platform/db/inserts';
import { HttpProblem, validationFailed } from '../../platform/errors';
import type { FileStore } from '../../platform/files/file-store';
import { findRequestType } from './catalogue/catalogue.models';
import { attach, checkAttachments } from './attachments';
import { addToRequesterList, insertWithReference } from './ticket-numbers';
import { messagePosted, ticketReceived, type Messenger } from './ticket-notifications';
import { DeflectionModel, TicketModel, TicketRatingModel, type StoredTicket } from './ticket.models';
import { mayChangeState, mayRequesterReply, type Side } from './ticket.policy';
import { mayRate } from './ticket.presenter';
import { workingCalendars, type CalendarOf } from '../settings';
import { clockRestarts, slaAtFiling, slaOnMove } from './ticket-sla';
import { appendMessage, cannotReopen, syncQueueEntry, updateTicket, visibleTicket } from './ticket-store';
import { loadTriageRules } from './triage/triage-rules';
import { triage } from './triage/triage';
import type { Actor } from '../auth';
import { EmployeeModel } from '../directory';

/** What every ticket command needs besides its input: the moment, and how to tell people. */
export interface TicketContext {
  now: Date;
  messenger: Messenger;
  files: FileStore;
}

/** The first line of the question, cut at a word near MAX_SUBJECT_LENGTH. */
export function subjectOf(question: string): string {
  const line =
    question
      .split(/\r?\n/)
      .map((part) => part.trim())
      .find(Boolean) ?? '';
  const clean = line.replace(/\s+/g, ' ');
  if (clean.length <= MAX_SUBJECT_LENGTH) return clean;
  const cut = clean.slice(0, MAX_SUBJECT_LENGTH - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), MAX_SUBJECT_LENGTH / 2)).trimEnd()}…`;
}

export interface NewTicket {
  requestTypeId: string;
  question: string;
  answers: Record<string, unknown>;
  attachmentIds: string[];
}

/**
 * Files a ticket: the request type must be active, the answers pass its form, the files were
 * uploaded by the requester. Triage scores it, a reference is taken, the requester hears it.
 */
export async function createTicket(context: TicketContext, actor: Actor, input: NewTicket): Promise<StoredTicket> {
  const type = await findRequestType(input.requestTypeId);
  if (!type || !type.active)
    throw validationFailed([
      {
        path: 'body.requestTypeId',
        code: 'unknown_request_type',
        params: { value: input.requestTypeId },
        message: `there is no request type "${input.requestTypeId}" to choose`,
      },
    ]);
  const parsed = answersSchema(type).safeParse(input.answers);
  if (!parsed.success) throw validationFailed(fieldIssues(parsed.error.issues, ['body', 'answers']));
  const answers = parsed.data as Record<string, string | string[] | null>;

  const fileAnswers = type.fields
    .filter((field) => field.kind === 'file')
    .flatMap((field) => ((answers[field.id] as string[] | null | undefined) ?? []).map((id, index) => ({ id, path: `body.answers.${field.id}.${index}` })));
  const attachmentIds = [...input.attachmentIds.map((id, index) => ({ id, path: `body.attachmentIds.${index}` })), ...fileAnswers];
  await checkAttachments(actor.employeeId, attachmentIds);

  const scores = triage(
    { requestType: { id: type._id, teamId: type.teamId, defaultPriority: type.defaultPriority }, answers, question: input.question },
    await loadTriageRules(),
  );
  const now = context.now;
  const requester = await EmployeeModel.findById(actor.employeeId, { locationId: 1 }).lean();
  const sla = slaAtFiling(type.sla, requester?.locationId ?? 'unknown', now, await workingCalendars());
  let ticket: StoredTicket | undefined;
  await insertWithReference(now.getUTCFullYear(), async (reference) => {
    const document: StoredTicket = {
      _id: reference,
      requestTypeId: type._id,
      category: type.category,
      subject: subjectOf(input.question),
      question: input.question,
      answers,
      requesterId: actor.employeeId,
      assigneeId: null,
      teamId: scores.teamId,
      priority: scores.priority,
      triage: { ...scores, override: null },
      confidential: type.confidential,
      state: 'new',
      createdAt: now,
      updatedAt: now,
      firstResponseAt: null,
      resolvedAt: null,
      closedAt: null,
      ...sla,
      resolutions: 0,
      csat: [],
      attachmentIds: input.attachmentIds,
      messageCount: 0,
      mergedInto: null,
    };
    await TicketModel.create(document);
    ticket = document;
  });
  await attach(
    attachmentIds.map(({ id }) => id),
    ticket!._id,
    false,
  );
  await addToRequesterList(actor.employeeId, ticket!._id, now);
  await syncQueueEntry(ticket!);
  await ticketReceived(context.messenger, ticket!);
  return ticket!;
}

const noCalendarNeeded: CalendarOf = () => {
  throw new Error('a move that does not start the resolution clock asked for a calendar');
};

/** The fields a move to `to` sets, and the public event that records it. */
export function stateChanges(ticket: StoredTicket, to: TicketState, now: Date, calendarOf: CalendarOf): Partial<StoredTicket> {
  const changes: Partial<StoredTicket> = { state: to, updatedAt: now, ...slaOnMove(ticket, to, now, calendarOf) };
  if (to === 'resolved') Object.assign(changes, { resolvedAt: now, resolutions: ticket.resolutions + 1 });
  if (to === 'closed') changes.closedAt = now;
  if (to === 'open' || to === 'waiting_on_employee') Object.assign(changes, { resolvedAt: null, closedAt: null });
  return changes;
}

/** Moves a ticket to another state with its event message; the caller has checked the policy. */
export async function moveTicket(
  ticket: StoredTicket,
  to: TicketState,
  actor: Actor | null,
  side: Side,
  now: Date,
  extra: Partial<StoredTicket> = {},
): Promise<StoredTicket> {
  const event = await appendMessage(ticket, {
    kind: 'event',
    internal: false,
    authorId: actor?.employeeId ?? null,
    authorSide: actor ? (side === 'requester' ? 'requester' : 'hr') : null,
    event: { key: 'ticket.event.state', params: { from: ticket.state, to } },
    createdAt: now,
  });
  // The offices' calendars are read only when the move starts the resolution clock again.
  const calendarOf = clockRestarts(ticket, to) ? await workingCalendars() : noCalendarNeeded;
  return updateTicket(ticket._id, { ...stateChanges(ticket, to, now, calendarOf), ...extra, messageCount: event.number });
}

/** The requester's reply; it reopens a ticket waiting on them, resolved, or closed within the window. Returns the ticket after it. */
export async function requesterReply(context: TicketContext, actor: Actor, ticketId: string, body: string, attachmentIds: string[]): Promise<StoredTicket> {
  let ticket = await visibleTicket(actor, ticketId, 'requester');
  const decision = mayRequesterReply(ticket, context.now);
  if (!decision.allowed) throw cannotReopen(decision.why as 'merged' | 'reopen_window_passed', ticket.mergedInto);
  await checkAttachments(
    actor.employeeId,
    attachmentIds.map((id, index) => ({ id, path: `body.attachmentIds.${index}` })),
  );
  const message = await appendMessage(ticket, {
    kind: 'reply',
    internal: false,
    authorId: actor.employeeId,
    authorSide: 'requester',
    body,
    attachmentIds,
    createdAt: context.now,
  });
  await attach(attachmentIds, ticket._id, false);
  ticket = await updateTicket(ticket._id, { messageCount: message.number, updatedAt: context.now });
  if (ticket.state === 'waiting_on_employee' || ticket.state === 'resolved' || ticket.state === 'closed') {
    ticket = await moveTicket(ticket, 'open', actor, 'requester', context.now);
  }
  await messagePosted(context.messenger, ticket, message);
  return ticket;
}

/** Close (withdraw, or confirm the answer) or reopen, as the requester. */
export async function requesterMove(context: TicketContext, actor: Actor, ticketId: string, to: 'closed' | 'open'): Promise<StoredTicket> {
  const ticket = await visibleTicket(actor, ticketId, 'requester');
  const decision = mayChangeState(actor, ticket, to, 'requester', context.now);
  if (!decision.allowed) {
    if (decision.why === 'merged' || decision.why === 'reopen_window_passed') throw cannotReopen(decision.why, ticket.mergedInto);
    throw new HttpProblem(
      409,
      'invalid_transition',
      'Not possible now',
      `A request that is ${ticket.state.replace(/_/g, ' ')} cannot be ${to === 'open' ? 'reopened' : 'closed'}.`,
    );
  }
  return moveTicket(ticket, to, actor, 'requester', context.now);
}

/** The requester's rating of a resolution: once each (an insert of `<ticket>:<resolution>` decides). */
export async function rateTicket(context: TicketContext, actor: Actor, ticketId: string, rating: number, comment: string): Promise<StoredTicket> {
  const ticket = await visibleTicket(actor, ticketId, 'requester');
  if (!mayRate(ticket)) {
    const rated = ticket.resolutions > 0 && ticket.csat.some((entry) => entry.resolution === ticket.resolutions);
    throw rated
      ? new HttpProblem(409, 'already_rated', 'Already rated', 'You have already rated this answer.')
      : new HttpProblem(409, 'not_resolved', 'Not resolved yet', 'A request can be rated once it is resolved.');
  }
  try {
    await TicketRatingModel.create({ _id: `${ticket._id}:${ticket.resolutions}`, ticketId: ticket._id, rating, comment, at: context.now });
  } catch (error) {
    if (isDuplicateKey(error)) throw new HttpProblem(409, 'already_rated', 'Already rated', 'You have already rated this answer.');
    throw error;
  }
  const csat = [...ticket.csat, { resolution: ticket.resolutions, rating, comment, at: context.now }];
  return updateTicket(ticket._id, { csat, updatedAt: context.now });
}

/** "This answered my question": the question and the article, and no person. */
export async function recordDeflection(deflection: Deflection, now: Date): Promise<void> {
  await DeflectionModel.create({ _id: randomUUID(), query: deflection.query.toLowerCase(), articleSlug: deflection.articleSlug, at: now });
}
