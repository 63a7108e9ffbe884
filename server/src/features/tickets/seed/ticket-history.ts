import type { Explanation, TicketState } from '@portico/shared/tickets/tickets.schemas';
import { breachedAt, breachField, missedTargets } from '../jobs/sla-breaches';
import { demoCalendarFor } from '../../settings';
import { stateChanges } from '../ticket-commands';
import { messageId, type StoredMessage, type StoredTicket } from '../ticket.models';

/*
 * A ticket's past, written the way the commands write the present: every step appends
 * messages under `<reference>:<n>` and changes the ticket with the same field rules
 * (`stateChanges` for moves, `firstResponseAt` on HR's first public reply, `csat` and a
 * rating per resolution), only at a moment in the past and in memory, for the seed to
 * insert afterwards. Nothing here notifies anyone.
 */

export interface Author {
  id: string;
  side: 'requester' | 'hr';
}

export interface RatingRecord {
  _id: string;
  ticketId: string;
  rating: number;
  comment: string;
  at: Date;
}

export interface AuditRecord {
  _id: string;
  type: string;
  at: Date;
  outcome: 'success';
  employeeId: string;
  reason: null;
  requestId: null;
  details: Record<string, string>;
}

export class TicketHistory {
  readonly messages: StoredMessage[] = [];
  readonly ratings: RatingRecord[] = [];
  readonly audit: AuditRecord[] = [];

  constructor(public ticket: StoredTicket) {}

  get state(): TicketState {
    return this.ticket.state;
  }

  private append(message: Omit<StoredMessage, '_id' | 'ticketId' | 'number'>): StoredMessage {
    const number = this.messages.length + 1;
    const stored: StoredMessage = { _id: messageId(this.ticket._id, number), ticketId: this.ticket._id, number, ...message };
    this.messages.push(stored);
    this.ticket = { ...this.ticket, messageCount: number, updatedAt: message.createdAt };
    return stored;
  }

  /**
   * What the SLA sweep (jobs/sla-sweep.ts, every minute) would have recorded by `at`: each
   * target missed while HR had the ticket, as the due date it missed. Called before each
   * step, so the ticket is seen in the state it was in until then.
   */
  sweep(at: Date): void {
    for (const target of missedTargets(this.ticket, at)) {
      if (breachedAt(this.ticket, target)) continue;
      const due = target === 'first-response' ? this.ticket.firstResponseDueAt : this.ticket.resolutionDueAt;
      this.ticket = { ...this.ticket, [breachField(target)]: due };
    }
  }

  /** `moveTicket`: the public state event, then the state's fields; `by` null is the system (auto-close). */
  move(to: TicketState, at: Date, by: Author | null, extra: Partial<StoredTicket> = {}): void {
    this.append({
      kind: 'event',
      internal: false,
      authorId: by?.id ?? null,
      authorSide: by?.side ?? null,
      body: '',
      event: { key: 'ticket.event.state', params: { from: this.ticket.state, to } },
      attachmentIds: [],
      createdAt: at,
    });
    this.ticket = { ...this.ticket, ...stateChanges(this.ticket, to, at, demoCalendarFor), ...extra };
  }

  /** `postAgentMessage` with a reply: sets the first response, opens a new ticket, or moves it to `state`. */
  hrReply(agentId: string, body: string, at: Date, state?: 'waiting_on_employee' | 'resolved'): void {
    this.append({ kind: 'reply', internal: false, authorId: agentId, authorSide: 'hr', body, event: null, attachmentIds: [], createdAt: at });
    if (!this.ticket.firstResponseAt) this.ticket = { ...this.ticket, firstResponseAt: at };
    const to = state && state !== this.ticket.state ? state : this.ticket.state === 'new' ? 'open' : undefined;
    if (to) this.move(to, at, { id: agentId, side: 'hr' });
  }

  note(agentId: string, body: string, at: Date): void {
    this.append({ kind: 'note', internal: true, authorId: agentId, authorSide: 'hr', body, event: null, attachmentIds: [], createdAt: at });
  }

  /** `requesterReply`: reopens a ticket waiting on them or resolved. */
  requesterReply(body: string, at: Date): void {
    this.append({
      kind: 'reply',
      internal: false,
      authorId: this.ticket.requesterId,
      authorSide: 'requester',
      body,
      event: null,
      attachmentIds: [],
      createdAt: at,
    });
    if (this.ticket.state === 'waiting_on_employee' || this.ticket.state === 'resolved' || this.ticket.state === 'closed') {
      this.move('open', at, { id: this.ticket.requesterId, side: 'requester' });
    }
  }

  /** `assignTicket`: an internal event; the state does not change. */
  assign(by: string, assigneeId: string, mode: 'self' | 'colleague' | 'round-robin', at: Date): void {
    const params: Record<string, string> = { assigneeId, mode, ...(this.ticket.assigneeId ? { previousId: this.ticket.assigneeId } : {}) };
    this.append({
      kind: 'event',
      internal: true,
      authorId: by,
      authorSide: 'hr',
      body: '',
      event: { key: 'ticket.event.assigned', params },
      attachmentIds: [],
      createdAt: at,
    });
    this.ticket = { ...this.ticket, assigneeId };
  }

  /** `overrideTriage`: the internal event with the reason, the new priority and team, and its audit event. */
  overrideTriage(by: string, priority: StoredTicket['priority'], teamId: string, reason: string, at: Date, auditId: string): void {
    const previous = { previousPriority: this.ticket.priority, previousTeamId: this.ticket.teamId };
    this.append({
      kind: 'event',
      internal: true,
      authorId: by,
      authorSide: 'hr',
      body: reason,
      event: { key: 'ticket.event.triage_overridden', params: { priority, teamId, ...previous } },
      attachmentIds: [],
      createdAt: at,
    });
    this.ticket = { ...this.ticket, triage: { ...this.ticket.triage, override: { priority, teamId, reason, by, at } }, priority, teamId };
    this.audit.push({
      _id: auditId,
      type: 'tickets.triage_overridden',
      at,
      outcome: 'success',
      employeeId: by,
      reason: null,
      requestId: null,
      details: { ticketId: this.ticket._id, priority, teamId, ...previous },
    });
  }

  /** A public event on both tickets of a merge (`mergeTicket`); the duplicate then closes. */
  mergedFrom(agentId: string, duplicateId: string, at: Date): void {
    this.publicEvent(agentId, { key: 'ticket.event.merged_from', params: { from: duplicateId } }, at);
  }

  mergeInto(agentId: string, targetId: string, at: Date): void {
    this.publicEvent(agentId, { key: 'ticket.event.merged', params: { into: targetId } }, at);
    this.move('closed', at, { id: agentId, side: 'hr' }, { mergedInto: targetId });
  }

  private publicEvent(agentId: string, event: Explanation, at: Date): void {
    this.append({ kind: 'event', internal: false, authorId: agentId, authorSide: 'hr', body: '', event, attachmentIds: [], createdAt: at });
  }

  /** `rateTicket`: one rating per resolution, kept on the ticket and in `ticket_ratings`. */
  rate(rating: number, comment: string, at: Date): void {
    const resolution = this.ticket.resolutions;
    this.ratings.push({ _id: `${this.ticket._id}:${resolution}`, ticketId: this.ticket._id, rating, comment, at });
    this.ticket = { ...this.ticket, csat: [...this.ticket.csat, { resolution, rating, comment, at }], updatedAt: at };
  }
}
