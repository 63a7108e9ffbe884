import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { NewDraftResult } from '@portico/shared/handbook/handbook.schemas';
import type { CannedResponses } from '@portico/shared/tickets/canned.schemas';
import type { HandbookDraftFromReply } from '@portico/shared/tickets/handbook-draft.schemas';
import type { AgentMessage, AgentTicket, Assign, OverrideTriage, Queue, QueueQuery, TicketState } from '@portico/shared/tickets/tickets.schemas';
import type { Observable } from 'rxjs';

export interface Colleague {
  id: string;
  displayName: string | null;
  teamIds: string[];
}

const AGENT = '/api/tickets/agent';
const ticket = (reference: string) => `${AGENT}/tickets/${encodeURIComponent(reference)}`;

/**
 * HR's side of the help desk API (server/src/features/tickets/agent.routes.ts); the catalogue
 * and uploads, which both sides use, are HelpApi's.
 */
@Injectable({ providedIn: 'root' })
export class AgentTicketsApi {
  private readonly http = inject(HttpClient);

  queue(query: QueueQuery): Observable<Queue> {
    let params = new HttpParams();
    for (const [key, value] of Object.entries(query)) {
      if (value !== undefined && value !== null && value !== '') params = params.set(key, String(value));
    }
    return this.http.get<Queue>(`${AGENT}/queue`, { params });
  }

  colleagues(): Observable<{ colleagues: Colleague[] }> {
    return this.http.get<{ colleagues: Colleague[] }>(`${AGENT}/colleagues`);
  }

  /** With `before`, the messages older than that number instead of the latest ones. */
  ticket(reference: string, before?: number): Observable<AgentTicket> {
    return this.http.get<AgentTicket>(ticket(reference), { params: before ? { before } : {} });
  }

  assign(reference: string, assignment: Assign): Observable<AgentTicket> {
    return this.http.post<AgentTicket>(`${ticket(reference)}/assign`, assignment);
  }

  post(reference: string, message: AgentMessage): Observable<AgentTicket> {
    return this.http.post<AgentTicket>(`${ticket(reference)}/messages`, message);
  }

  move(reference: string, state: TicketState): Observable<AgentTicket> {
    return this.http.post<AgentTicket>(`${ticket(reference)}/state`, { state });
  }

  override(reference: string, triage: OverrideTriage): Observable<AgentTicket> {
    return this.http.post<AgentTicket>(`${ticket(reference)}/triage`, triage);
  }

  merge(reference: string, intoId: string): Observable<AgentTicket> {
    return this.http.post<AgentTicket>(`${ticket(reference)}/merge`, { intoId });
  }

  handbookDraft(reference: string, draft: HandbookDraftFromReply): Observable<NewDraftResult> {
    return this.http.post<NewDraftResult>(`${ticket(reference)}/handbook-draft`, draft);
  }

  cannedResponses(): Observable<CannedResponses> {
    return this.http.get<CannedResponses>(`${AGENT}/canned-responses`);
  }
}

/** Where a file of a ticket downloads from (notes' files too). */
export const agentAttachmentUrl = (reference: string, fileId: string) => `${ticket(reference)}/attachments/${encodeURIComponent(fileId)}`;
