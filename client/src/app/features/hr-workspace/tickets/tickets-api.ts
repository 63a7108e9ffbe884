import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { NewDraftResult, SuggestResult } from '@portico/shared/handbook/handbook.schemas';
import type { CannedResponses } from '@portico/shared/tickets/canned.schemas';
import type { Catalogue } from '@portico/shared/tickets/catalogue.schemas';
import type { HandbookDraftFromReply } from '@portico/shared/tickets/handbook-draft.schemas';
import type { AgentMessage, AgentTicket, Assign, OverrideTriage, Queue, QueueQuery, TicketState } from '@portico/shared/tickets/tickets.schemas';
import type { Observable } from 'rxjs';

/** A file stored for a message, before it is sent. */
export interface UploadedFile {
  id: string;
  name: string;
  type: string;
  size: number;
}

export interface Colleague {
  id: string;
  displayName: string | null;
  teamIds: string[];
}

const AGENT = '/api/tickets/agent';
const ticket = (reference: string) => `${AGENT}/tickets/${encodeURIComponent(reference)}`;

/** HR's side of the help desk API (server/src/features/tickets/agent.routes.ts). */
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

  /** Request types and their teams' names, in the reader's language. */
  catalogue(): Observable<Catalogue> {
    return this.http.get<Catalogue>('/api/tickets/catalogue');
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

  /** The file itself is the body; the server checks its type and size from the content. */
  upload(file: File): Observable<UploadedFile> {
    return this.http.post<UploadedFile>('/api/tickets/attachments', file, {
      params: { name: file.name },
      headers: { 'Content-Type': file.type || 'application/octet-stream' },
    });
  }

  cannedResponses(): Observable<CannedResponses> {
    return this.http.get<CannedResponses>(`${AGENT}/canned-responses`);
  }

  /** The handbook's suggestions, as the help pages ask for them. */
  suggest(query: string): Observable<SuggestResult> {
    return this.http.get<SuggestResult>('/api/handbook/suggest', { params: { q: query } });
  }
}

/** Where a file of a ticket downloads from (notes' files too). */
export const agentAttachmentUrl = (reference: string, fileId: string) => `${ticket(reference)}/attachments/${encodeURIComponent(fileId)}`;
