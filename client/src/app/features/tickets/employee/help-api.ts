import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Catalogue } from '@portico/shared/tickets/catalogue.schemas';
import type { CreateTicket, Deflection, MyTickets, Rate, Reply, RequesterTicket, TicketFile } from '@portico/shared/tickets/tickets.schemas';
import type { Observable } from 'rxjs';

const ticket = (reference: string) => `/api/tickets/${encodeURIComponent(reference)}`;

/**
 * The employee's side of the help desk API (server/src/features/tickets/tickets.routes.ts);
 * HR's ticket pages use its catalogue and its uploads too.
 */
@Injectable({ providedIn: 'root' })
export class HelpApi {
  private readonly http = inject(HttpClient);

  /** In the reader's interface language, chosen by the server from the session. */
  catalogue(): Observable<Catalogue> {
    return this.http.get<Catalogue>('/api/tickets/catalogue');
  }

  create(request: CreateTicket): Observable<{ id: string }> {
    return this.http.post<{ id: string }>('/api/tickets', request);
  }

  /** The file itself is the body; the server checks its type and size from the content. */
  upload(file: File): Observable<TicketFile> {
    return this.http.post<TicketFile>('/api/tickets/attachments', file, {
      params: { name: file.name },
      headers: { 'Content-Type': file.type || 'application/octet-stream' },
    });
  }

  deflection(deflection: Deflection): Observable<void> {
    return this.http.post<void>('/api/tickets/deflections', deflection);
  }

  myTickets(page: number): Observable<MyTickets> {
    return this.http.get<MyTickets>('/api/tickets', { params: { page } });
  }

  /** With `before`, the messages older than that number instead of the latest ones. */
  ticket(reference: string, before?: number): Observable<RequesterTicket> {
    return this.http.get<RequesterTicket>(ticket(reference), { params: before ? { before } : {} });
  }

  reply(reference: string, reply: Reply): Observable<RequesterTicket> {
    return this.http.post<RequesterTicket>(`${ticket(reference)}/replies`, reply);
  }

  move(reference: string, action: 'close' | 'reopen'): Observable<RequesterTicket> {
    return this.http.post<RequesterTicket>(`${ticket(reference)}/${action}`, {});
  }

  rate(reference: string, rating: Rate): Observable<RequesterTicket> {
    return this.http.post<RequesterTicket>(`${ticket(reference)}/rating`, rating);
  }
}

/** Where a file of a request downloads from (always as an attachment). */
export const attachmentUrl = (reference: string, fileId: string) => `${ticket(reference)}/attachments/${encodeURIComponent(fileId)}`;
