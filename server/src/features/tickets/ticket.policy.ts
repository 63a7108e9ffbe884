import { REOPEN_WINDOW_DAYS, type TicketState } from '@portico/shared/tickets/tickets.schemas';
import type { Actor } from '../auth';

/*
 * Who may see and do what with a ticket (docs/helpdesk.md). Two rules matter above all:
 *
 * - Confidential isolation: a confidential ticket is seen by its requester, HR admins and
 *   the agent it is assigned to; nobody else, in any query. `ticketFilter` is the one place
 *   that turns an actor into a query filter, and `canSee` says the same of one ticket; a
 *   ticket one may not see is "not found" (404), never "forbidden".
 * - Requesters see their own tickets and never internal notes or internal events.
 */

/** What the rules need of a ticket (a stored ticket and a queue entry both fit). */
export interface TicketFacts {
  requesterId: string;
  assigneeId: string | null;
  confidential: boolean;
  state: TicketState;
  resolvedAt?: Date | null;
  closedAt?: Date | null;
  mergedInto?: string | null;
}

export type Side = 'requester' | 'agent';

export const isHrAdmin = (actor: Actor) => actor.roles.includes('hr_admin');
export const isHrAgent = (actor: Actor) => actor.roles.includes('hr_agent') || isHrAdmin(actor);

/**
 * The filter every ticket query starts from: `requester`, one's own tickets; `agent`, what
 * one may work on (everything for HR admins; for agents, tickets that are not confidential
 * and confidential ones assigned to them; for anyone else, nothing).
 */
export function ticketFilter(actor: Actor, side: Side): Record<string, unknown> {
  if (side === 'requester') return { requesterId: actor.employeeId };
  if (isHrAdmin(actor)) return {};
  if (isHrAgent(actor)) return { $or: [{ confidential: false }, { assigneeId: actor.employeeId }] };
  return { _id: { $in: [] } };
}

/** `ticketFilter` for one ticket in hand. */
export function canSee(actor: Actor, ticket: TicketFacts, side: Side): boolean {
  if (side === 'requester') return ticket.requesterId === actor.employeeId;
  if (isHrAdmin(actor)) return true;
  if (isHrAgent(actor)) return !ticket.confidential || ticket.assigneeId === actor.employeeId;
  return false;
}

/** The parties an actor is to a ticket: who may move it from one state to another. */
type Party = 'requester' | 'assignee' | 'admin';

function partiesOf(actor: Actor, ticket: TicketFacts, side: Side): Set<Party> {
  const parties = new Set<Party>();
  if (side === 'requester') {
    if (ticket.requesterId === actor.employeeId) parties.add('requester');
    return parties;
  }
  if (!canSee(actor, ticket, 'agent')) return parties;
  if (isHrAdmin(actor)) parties.add('admin');
  if (isHrAgent(actor) && ticket.assigneeId === actor.employeeId) parties.add('assignee');
  return parties;
}

/**
 * Every state change and who may make it. A requester's reply also reopens (waiting on
 * employee → open; resolved or closed → open within the reopen window).
 */
export const transitions: readonly { from: readonly TicketState[]; to: TicketState; by: readonly Party[] }[] = [
  { from: ['new', 'waiting_on_employee', 'resolved'], to: 'open', by: ['assignee', 'admin'] },
  { from: ['new', 'open'], to: 'waiting_on_employee', by: ['assignee', 'admin'] },
  { from: ['new', 'open', 'waiting_on_employee'], to: 'resolved', by: ['assignee', 'admin'] },
  { from: ['new', 'open', 'waiting_on_employee', 'resolved'], to: 'closed', by: ['requester', 'assignee', 'admin'] },
  { from: ['resolved', 'closed'], to: 'open', by: ['requester'] },
  { from: ['closed'], to: 'open', by: ['admin'] },
];

const DAY = 86_400_000;

/** Until when the requester may reopen or reply: 14 days from the resolution (or the close, for a withdrawn one). */
export function reopenUntil(ticket: TicketFacts): Date | null {
  if (ticket.state !== 'resolved' && ticket.state !== 'closed') return null;
  const from = ticket.resolvedAt ?? ticket.closedAt;
  return from ? new Date(from.getTime() + REOPEN_WINDOW_DAYS * DAY) : null;
}

export type Decision = { allowed: true } | { allowed: false; why: 'forbidden' | 'reopen_window_passed' | 'merged' | 'not_possible' };

const allow: Decision = { allowed: true };

/** Whether the actor may move the ticket to `to` now. */
export function mayChangeState(actor: Actor, ticket: TicketFacts, to: TicketState, side: Side, now: Date): Decision {
  if (ticket.mergedInto) return { allowed: false, why: 'merged' };
  const parties = partiesOf(actor, ticket, side);
  const rule = transitions.find((entry) => entry.to === to && entry.from.includes(ticket.state) && entry.by.some((party) => parties.has(party)));
  if (!rule) {
    const someone = transitions.some((entry) => entry.to === to && entry.from.includes(ticket.state));
    return { allowed: false, why: someone ? 'forbidden' : 'not_possible' };
  }
  // The requester reopens within the window; HR may reopen later on (an admin, from closed).
  if (side === 'requester' && to === 'open' && !withinReopenWindow(ticket, now)) return { allowed: false, why: 'reopen_window_passed' };
  return allow;
}

export function withinReopenWindow(ticket: TicketFacts, now: Date): boolean {
  const until = reopenUntil(ticket);
  return !until || now.getTime() <= until.getTime();
}

/** States the actor may move the ticket to now. */
export function allowedStates(actor: Actor, ticket: TicketFacts, side: Side, now: Date): TicketState[] {
  const targets = [...new Set(transitions.map((entry) => entry.to))];
  return targets.filter((to) => mayChangeState(actor, ticket, to, side, now).allowed);
}

/** A requester's reply: refused on a merged ticket, or on a resolved/closed one past the window. */
export function mayRequesterReply(ticket: TicketFacts, now: Date): Decision {
  if (ticket.mergedInto) return { allowed: false, why: 'merged' };
  if ((ticket.state === 'resolved' || ticket.state === 'closed') && !withinReopenWindow(ticket, now)) return { allowed: false, why: 'reopen_window_passed' };
  return allow;
}

/**
 * Managing a ticket (assigning it, overriding its triage, merging it): HR admins always;
 * an agent when it is theirs or nobody's yet. Nothing is managed once it is closed.
 */
export function mayManage(actor: Actor, ticket: TicketFacts): boolean {
  if (ticket.state === 'closed' || !canSee(actor, ticket, 'agent')) return false;
  if (isHrAdmin(actor)) return true;
  return isHrAgent(actor) && (ticket.assigneeId === null || ticket.assigneeId === actor.employeeId);
}

/** Replies to the requester: any agent who may see the ticket, until it is closed. Notes: even then. */
export function mayPost(actor: Actor, ticket: TicketFacts, kind: 'reply' | 'note'): boolean {
  if (!canSee(actor, ticket, 'agent') || !isHrAgent(actor)) return false;
  return kind === 'note' || ticket.state !== 'closed';
}
