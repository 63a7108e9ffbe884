import { Injectable, computed, inject, signal } from '@angular/core';
import type { NewDraftResult, Suggestion } from '@portico/shared/handbook/handbook.schemas';
import type { CannedResponse } from '@portico/shared/tickets/canned.schemas';
import type { Catalogue, CatalogueRequestType } from '@portico/shared/tickets/catalogue.schemas';
import type { HandbookDraftFromReply } from '@portico/shared/tickets/handbook-draft.schemas';
import type { AgentMessage, AgentTicket, Assign, OverrideTriage, TicketFile, TicketState } from '@portico/shared/tickets/tickets.schemas';
import { EMPTY, Observable, catchError, finalize, map, merge, of, tap } from 'rxjs';

import { problemOf, type ShownProblem } from '../../../../core/http/problem';
import { mergeConversation } from '../../conversation/conversation';
import { HandbookApi } from '../../../handbook';
import { HelpApi } from '../../employee/help-api';
import { AgentTicketsApi, type Colleague } from '../tickets-api';

export type LoadStatus = 'loading' | 'loaded' | 'notFound' | 'failed';
/** What the agent can do to the ticket, one at a time. */
export type TicketAction = 'assign' | 'reply' | 'note' | 'state' | 'override' | 'merge' | 'draft';

/** The last action's outcome, for the page to announce (done) or explain (failed). */
export interface ActionOutcome {
  action: TicketAction;
  status: 'done' | 'failed';
  problem: ShownProblem | null;
  /** For a state change: the new state; for a merge: where it went. */
  detail?: string;
}

/**
 * One open ticket and the agent's calls on it (provided by the ticket page). Signals in,
 * signals out: the page and its parts never talk to HTTP themselves.
 */
@Injectable()
export class TicketStore {
  private readonly api = inject(AgentTicketsApi);
  private readonly helpApi = inject(HelpApi);
  private readonly handbookApi = inject(HandbookApi);

  readonly ticket = signal<AgentTicket | null>(null);
  readonly status = signal<LoadStatus>('loading');
  readonly acting = signal<TicketAction | null>(null);
  readonly outcome = signal<ActionOutcome | null>(null);
  readonly colleagues = signal<Colleague[]>([]);
  readonly catalogue = signal<Catalogue | null>(null);
  readonly canned = signal<CannedResponse[] | null>(null);
  readonly cannedStatus = signal<'idle' | 'loading' | 'loaded' | 'failed'>('idle');

  readonly requestType = computed<CatalogueRequestType | null>(
    () =>
      this.catalogue()
        ?.categories.flatMap((category) => category.types)
        .find((type) => type.id === this.ticket()?.requestTypeId) ?? null,
  );
  /** Team names by id, from the catalogue in the reader's language. */
  readonly teamNames = computed<Record<string, string>>(() =>
    Object.fromEntries((this.catalogue()?.categories ?? []).flatMap((category) => category.types.map((type) => [type.team.id, type.team.name]))),
  );

  load(reference: string): Observable<AgentTicket> {
    this.status.set(this.ticket()?.id === reference ? 'loaded' : 'loading');
    this.outcome.set(null);
    return this.api.ticket(reference).pipe(
      tap((ticket) => {
        this.ticket.set(mergeConversation(ticket));
        this.status.set('loaded');
      }),
      catchError((error: unknown) => {
        this.status.set(problemOf(error).status === 404 ? 'notFound' : 'failed');
        return EMPTY;
      }),
    );
  }

  /** Names for people, teams, request types and answers; the page works without them. */
  loadNames(): Observable<unknown> {
    return merge(
      this.api.colleagues().pipe(
        tap(({ colleagues }) => this.colleagues.set(colleagues)),
        catchError(() => EMPTY),
      ),
      this.helpApi.catalogue().pipe(
        tap((catalogue) => this.catalogue.set(catalogue)),
        catchError(() => EMPTY),
      ),
    );
  }

  earlier(): Observable<AgentTicket> {
    const ticket = this.ticket();
    const before = ticket?.messages[0]?.number;
    if (!ticket || !before) return EMPTY;
    return this.api.ticket(ticket.id, before).pipe(
      tap((older) =>
        this.ticket.update((current) => (current?.id === older.id ? { ...mergeConversation(current, older), olderMessages: older.olderMessages } : current)),
      ),
      catchError(() => EMPTY),
    );
  }

  assign(assignment: Assign): Observable<AgentTicket> {
    return this.run('assign', (reference) => this.api.assign(reference, assignment));
  }

  post(message: AgentMessage): Observable<AgentTicket> {
    return this.run(message.kind, (reference) => this.api.post(reference, message), message.state);
  }

  move(state: TicketState): Observable<AgentTicket> {
    return this.run('state', (reference) => this.api.move(reference, state), state);
  }

  override(triage: OverrideTriage): Observable<AgentTicket> {
    return this.run('override', (reference) => this.api.override(reference, triage));
  }

  merge(intoId: string): Observable<AgentTicket> {
    return this.run('merge', (reference) => this.api.merge(reference, intoId), intoId);
  }

  /** Emits where the draft is, or completes without a value when the server refused (see `outcome`). */
  handbookDraft(draft: HandbookDraftFromReply): Observable<NewDraftResult> {
    const reference = this.ticket()?.id;
    if (!reference) return EMPTY;
    this.acting.set('draft');
    this.outcome.set(null);
    return this.api.handbookDraft(reference, draft).pipe(
      tap(() => this.outcome.set({ action: 'draft', status: 'done', problem: null })),
      catchError((error: unknown) => {
        this.outcome.set({ action: 'draft', status: 'failed', problem: problemOf(error) });
        return EMPTY;
      }),
      finalize(() => this.acting.set(null)),
    );
  }

  /** Emits the stored file, or the problem that refused it. */
  upload(file: File): Observable<{ file: TicketFile } | { problem: ShownProblem }> {
    return this.helpApi.upload(file).pipe(
      map((stored) => ({ file: stored })),
      catchError((error: unknown) => of({ problem: problemOf(error) })),
    );
  }

  /** Canned responses, asked for the first time they are wanted. */
  loadCanned(): void {
    if (this.cannedStatus() === 'loading' || this.cannedStatus() === 'loaded') return;
    this.cannedStatus.set('loading');
    this.api.cannedResponses().subscribe({
      next: ({ responses }) => {
        this.canned.set(responses);
        this.cannedStatus.set('loaded');
      },
      error: () => this.cannedStatus.set('failed'),
    });
  }

  /** Handbook articles for the words typed, as the help pages suggest them. */
  suggestArticles(query: string): Observable<Suggestion[]> {
    return this.handbookApi.suggest(query).pipe(
      map(({ suggestions }) => suggestions.filter((suggestion) => suggestion.kind === 'article' && suggestion.slug)),
      catchError(() => of([])),
    );
  }

  /** One action at a time; the answer is the ticket as it now is. */
  private run(action: TicketAction, call: (reference: string) => Observable<AgentTicket>, detail?: string): Observable<AgentTicket> {
    const reference = this.ticket()?.id;
    if (!reference || this.acting()) return EMPTY;
    this.acting.set(action);
    this.outcome.set(null);
    return call(reference).pipe(
      tap((ticket) => {
        // The answer carries the latest messages; earlier ones already shown stay.
        this.ticket.update((current) => (current?.id === ticket.id ? mergeConversation(ticket, current) : mergeConversation(ticket)));
        this.outcome.set({ action, status: 'done', problem: null, ...(detail ? { detail } : {}) });
      }),
      catchError((error: unknown) => {
        this.outcome.set({ action, status: 'failed', problem: problemOf(error) });
        return EMPTY;
      }),
      finalize(() => this.acting.set(null)),
    );
  }
}
