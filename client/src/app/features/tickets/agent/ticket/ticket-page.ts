import { BreakpointObserver } from '@angular/cdk/layout';
import { ChangeDetectionStrategy, Component, DestroyRef, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { TranslocoDatePipe } from '@jsverse/transloco-locale';
import { Store } from '@ngrx/store';
import type { OverrideTriage, TicketMessage, TicketState } from '@portico/shared/tickets/tickets.schemas';
import { map } from 'rxjs';

import { authFeature, selectCan } from '../../../../core/auth/state/auth.feature';
import { answerRows, TicketAnswers } from '../../conversation/ticket-answers/ticket-answers';
import { TicketFiles } from '../../conversation/ticket-file-link/ticket-file-link';
import { DueIndicator, PriorityChip, TicketStateChip } from '../ticket-chips';
import { agentAttachmentUrl } from '../tickets-api';
import { Composer } from './composer';
import { eventText, type AnswerLabels } from './explain';
import { HandbookDraftDialog, MergeDialog, type HandbookDraftData } from './ticket-dialogs';
import { TicketWords } from './ticket-words';
import { TicketStore } from './ticket.store';
import { TriagePanel } from './triage-panel';

/** From this width the details and triage sit beside the conversation. */
export const TICKET_SIDE_BY_SIDE_QUERY = '(min-width: 1200px)';

/**
 * One ticket as HR works it (/hr/tickets/:reference): who asked what, why it has its
 * priority, the whole conversation with internal notes set apart, and only the actions
 * the server says this agent may take now.
 */
@Component({
  selector: 'app-ticket-page',
  imports: [
    Composer,
    DueIndicator,
    MatButtonModule,
    MatIconModule,
    MatMenuModule,
    MatProgressBarModule,
    PriorityChip,
    RouterLink,
    TicketAnswers,
    TicketFiles,
    TicketStateChip,
    TranslocoDatePipe,
    TranslocoPipe,
    TriagePanel,
  ],
  providers: [TicketStore, TicketWords],
  templateUrl: './ticket-page.html',
  styleUrl: './ticket-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TicketPage {
  protected readonly store = inject(TicketStore);
  private readonly words = inject(TicketWords);
  private readonly dialog = inject(MatDialog);
  private readonly router = inject(Router);
  private readonly destroyRef = inject(DestroyRef);
  private readonly ngrx = inject(Store);

  /** From the address: HR-2026-00042. */
  readonly reference = input.required<string>();

  protected readonly ticket = this.store.ticket;
  private readonly session = this.ngrx.selectSignal(authFeature.selectMe);
  protected readonly me = computed(() => this.session()?.employee.employeeNumber ?? null);
  protected readonly canPublish = this.ngrx.selectSignal(selectCan('handbook.publish'));
  protected readonly sideBySide = toSignal(
    inject(BreakpointObserver)
      .observe(TICKET_SIDE_BY_SIDE_QUERY)
      .pipe(map((state) => state.matches)),
    { initialValue: false },
  );
  protected readonly may = computed(() => new Set(this.ticket()?.actions ?? []));
  protected readonly mine = computed(() => Boolean(this.me()) && this.ticket()?.assignee?.id === this.me());
  protected readonly colleagues = computed(() => this.store.colleagues().filter((colleague) => colleague.id !== this.ticket()?.assignee?.id));
  protected readonly teams = computed(() =>
    Object.entries(this.store.teamNames())
      .map(([id, name]) => ({ id, name }))
      .sort((a, b) => a.name.localeCompare(b.name)),
  );
  protected readonly overrideSaved = signal(0);
  protected readonly fileUrl = agentAttachmentUrl;

  /** Labels of the request type's fields and choices, to show the answers and what raised a score. */
  protected readonly labels = computed<AnswerLabels>(() => {
    const fields = this.store.requestType()?.fields ?? [];
    return (fieldId, value) => {
      const field = fields.find((candidate) => candidate.id === fieldId);
      const option = field?.options?.find((candidate) => candidate.value === value);
      return { field: field?.label ?? fieldId, value: option?.label ?? value ?? '' };
    };
  });
  protected readonly answers = computed(() => answerRows(this.ticket()?.answers ?? {}, this.store.requestType()?.fields ?? []));
  /** Events in words; recomputed when names or the language arrive. */
  protected readonly events = computed(() => {
    this.words.language();
    this.store.colleagues();
    this.store.teamNames();
    const names = { person: (id: string | undefined) => this.words.person(id), team: (id: string | undefined) => this.words.team(id) };
    return new Map(
      (this.ticket()?.messages ?? []).filter((message) => message.kind === 'event').map((message) => [message.id, eventText(this.words, message, names)]),
    );
  });
  protected readonly outcome = this.store.outcome;

  constructor() {
    effect(() => {
      const reference = this.reference();
      untracked(() => this.store.load(reference).pipe(takeUntilDestroyed(this.destroyRef)).subscribe());
    });
    this.store.loadNames().pipe(takeUntilDestroyed()).subscribe();
  }

  protected teamName(id: string): string {
    return this.words.team(id);
  }

  protected authorName(message: TicketMessage): string {
    const author = message.author;
    if (!author) return '';
    return author.displayName ?? author.id;
  }

  protected earlier(): void {
    this.store.earlier().pipe(takeUntilDestroyed(this.destroyRef)).subscribe();
  }

  protected assignToMe(): void {
    this.store.assign({ mode: 'self' }).subscribe();
  }

  protected assignTo(colleagueId: string): void {
    this.store.assign({ mode: 'colleague', assigneeId: colleagueId }).subscribe();
  }

  protected roundRobin(): void {
    this.store.assign({ mode: 'round-robin' }).subscribe();
  }

  protected move(state: TicketState): void {
    this.store.move(state).subscribe();
  }

  protected override(triage: OverrideTriage): void {
    this.store.override(triage).subscribe(() => this.overrideSaved.update((count) => count + 1));
  }

  protected merge(): void {
    const reference = this.reference();
    this.dialog
      .open<MergeDialog, { reference: string }, string>(MergeDialog, { data: { reference }, width: '480px', maxWidth: 'calc(100vw - 32px)' })
      .afterClosed()
      .subscribe((into) => {
        if (into) this.store.merge(into).subscribe();
      });
  }

  /** A reply that answers a question the handbook does not: a draft article, opened in the editor. */
  protected draftFrom(message: TicketMessage): void {
    const ticket = this.ticket();
    if (!ticket) return;
    this.dialog
      .open<HandbookDraftDialog, HandbookDraftData, HandbookDraftData>(HandbookDraftDialog, {
        data: { title: ticket.subject, language: this.words.language() },
        width: '480px',
        maxWidth: 'calc(100vw - 32px)',
      })
      .afterClosed()
      .subscribe((draft) => {
        if (!draft) return;
        this.store.handbookDraft({ messageNumber: message.number, ...draft }).subscribe((created) => {
          void this.router.navigate(['/hr/handbook', created.slug], { queryParams: { language: created.language } });
        });
      });
  }
}
