import type { AgentTicket, RequesterTicket, SlaBreach, TicketMessage, TicketFile, TicketSummary, Triage } from '@portico/shared/tickets/tickets.schemas';
import { TicketAttachmentModel, type StoredAttachment } from './attachments';
import { missedTargets } from './jobs/sla-breaches';
import type { QueueEntry, StoredMessage, StoredTicket, StoredTriage } from './ticket.models';
import { allowedStates, canSee, mayChangeState, mayManage, mayPost, mayRequesterReply, reopenUntil } from './ticket.policy';
import type { Actor } from '../auth';
import { namesOf } from '../directory';

/** What leaves the server about tickets: each field listed here, never a document. */

const iso = (date: Date | null | undefined) => (date ? date.toISOString() : null);

const person = (id: string | null, names: Map<string, string | null>) => (id ? { id, displayName: names.get(id) ?? null } : null);

export function ticketSummary(ticket: QueueEntry, names: Map<string, string | null>): TicketSummary {
  return {
    id: ticket._id,
    subject: ticket.subject,
    state: ticket.state,
    category: ticket.category,
    requestTypeId: ticket.requestTypeId,
    priority: ticket.priority,
    teamId: ticket.teamId,
    confidential: ticket.confidential,
    assignee: person(ticket.assigneeId, names),
    createdAt: ticket.createdAt.toISOString(),
    updatedAt: ticket.updatedAt.toISOString(),
    firstResponseDueAt: iso(ticket.firstResponseDueAt),
    resolutionDueAt: iso(ticket.resolutionDueAt),
  };
}

/** HR only: the targets missed, as the SLA sweep recorded them, and whether one is missed now. */
export function slaBreachView(ticket: QueueEntry, now: Date): SlaBreach {
  const firstResponse = ticket.firstResponseBreachedAt ?? null;
  const resolution = ticket.resolutionBreachedAt ?? null;
  return {
    firstResponseBreachedAt: iso(firstResponse),
    resolutionBreachedAt: iso(resolution),
    breached: Boolean(firstResponse || resolution) || missedTargets(ticket, now).length > 0,
  };
}

export function messageView(message: StoredMessage, names: Map<string, string | null>): TicketMessage {
  return {
    id: message._id,
    number: message.number,
    kind: message.kind,
    author: message.authorId ? { id: message.authorId, displayName: names.get(message.authorId) ?? null, side: message.authorSide ?? 'hr' } : null,
    body: message.body,
    event: message.event ? { key: message.event.key, params: { ...message.event.params } } : null,
    attachmentIds: [...message.attachmentIds],
    createdAt: message.createdAt.toISOString(),
  };
}

/**
 * The files a reader may follow from this view (answers, the ticket, the messages given),
 * each read by id; only those attached to this ticket, and no internal one for the requester.
 */
async function filesOf(ticket: StoredTicket, messages: StoredMessage[], side: 'requester' | 'agent'): Promise<TicketFile[]> {
  const answerIds = Object.values(ticket.answers).flatMap((answer) => (Array.isArray(answer) ? answer : []));
  const ids = [...new Set([...answerIds, ...ticket.attachmentIds, ...messages.flatMap((message) => message.attachmentIds)])];
  const records = await Promise.all(
    ids.map((id) => TicketAttachmentModel.findById(id, { name: 1, type: 1, size: 1, ticketId: 1, internal: 1 }).lean<StoredAttachment>()),
  );
  return records
    .filter((record): record is StoredAttachment => record !== null && record.ticketId === ticket._id && (side === 'agent' || !record.internal))
    .map((record) => ({ id: record._id, name: record.name, type: record.type, size: record.size }));
}

async function ticketCore(
  ticket: StoredTicket,
  messages: StoredMessage[],
  olderMessages: boolean,
  names: Map<string, string | null>,
  side: 'requester' | 'agent',
) {
  return {
    ...ticketSummary(ticket, names),
    question: ticket.question,
    answers: { ...ticket.answers },
    attachmentIds: [...ticket.attachmentIds],
    firstResponseAt: iso(ticket.firstResponseAt),
    resolvedAt: iso(ticket.resolvedAt),
    closedAt: iso(ticket.closedAt),
    mergedInto: ticket.mergedInto,
    csat: ticket.csat.map((entry) => ({ resolution: entry.resolution, rating: entry.rating, comment: entry.comment, at: entry.at.toISOString() })),
    messages: messages.map((message) => messageView(message, names)),
    files: await filesOf(ticket, messages, side),
    olderMessages,
  };
}

/** Whether the requester may rate now: resolved (or closed after it), not yet rated for this resolution. */
export const mayRate = (ticket: StoredTicket) =>
  (ticket.state === 'resolved' || ticket.state === 'closed') &&
  ticket.resolutions > 0 &&
  !ticket.mergedInto &&
  !ticket.csat.some((entry) => entry.resolution === ticket.resolutions);

/** The requester's view: internal notes and events are dropped before anything else sees them. */
export async function requesterTicket(
  actor: Actor,
  ticket: StoredTicket,
  messages: StoredMessage[],
  olderMessages: boolean,
  now: Date,
): Promise<RequesterTicket> {
  const visible = messages.filter((message) => !message.internal);
  const names = await namesOf([ticket.assigneeId, ...visible.map((message) => message.authorId)]);
  const actions: RequesterTicket['actions'] = [];
  if (mayRequesterReply(ticket, now).allowed) actions.push('reply');
  if (mayChangeState(actor, ticket, 'closed', 'requester', now).allowed) actions.push('close');
  if (mayChangeState(actor, ticket, 'open', 'requester', now).allowed && (ticket.state === 'resolved' || ticket.state === 'closed')) actions.push('reopen');
  if (mayRate(ticket)) actions.push('rate');
  const until = reopenUntil(ticket);
  return {
    ...(await ticketCore(ticket, visible, olderMessages, names, 'requester')),
    actions,
    reopenUntil: until && !ticket.mergedInto ? until.toISOString() : null,
  };
}

export function triageView(triage: StoredTriage): Triage {
  return {
    complexity: triage.complexity,
    severity: triage.severity,
    effort: triage.effort,
    priority: triage.priority,
    teamId: triage.teamId,
    explanation: triage.explanation.map((entry) => ({ key: entry.key, params: { ...entry.params } })),
    override: triage.override ? { ...triage.override, at: triage.override.at.toISOString() } : null,
  };
}

export async function agentTicket(actor: Actor, ticket: StoredTicket, messages: StoredMessage[], olderMessages: boolean, now: Date): Promise<AgentTicket> {
  const names = await namesOf([ticket.requesterId, ticket.assigneeId, ticket.triage.override?.by, ...messages.map((message) => message.authorId)]);
  const actions: AgentTicket['actions'] = [];
  const manage = mayManage(actor, ticket);
  if (manage) actions.push('assign');
  if (mayPost(actor, ticket, 'reply')) actions.push('reply');
  if (mayPost(actor, ticket, 'note')) actions.push('note');
  const states = allowedStates(actor, ticket, 'agent', now);
  if (states.length) actions.push('changeState');
  if (manage) actions.push('override', 'merge');
  return {
    ...(await ticketCore(ticket, messages, olderMessages, names, 'agent')),
    ...slaBreachView(ticket, now),
    requester: { id: ticket.requesterId, displayName: names.get(ticket.requesterId) ?? null },
    triage: triageView(ticket.triage),
    actions,
    allowedStates: states,
  };
}

/** Re-checks visibility on what is about to leave, whatever the query that found it. */
export function visibleOnly<T extends QueueEntry>(actor: Actor, tickets: T[], side: 'requester' | 'agent'): T[] {
  return tickets.filter((ticket) => canSee(actor, ticket, side));
}
