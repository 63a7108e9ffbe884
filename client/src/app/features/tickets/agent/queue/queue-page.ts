import { BreakpointObserver } from '@angular/cdk/layout';
import { ChangeDetectionStrategy, Component, DestroyRef, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { Store } from '@ngrx/store';
import type { AgentView, TicketState } from '@portico/shared/tickets/tickets.schemas';
import { Subject, debounceTime, distinctUntilChanged, map } from 'rxjs';

import { selectCan } from '../../../../core/auth/state/auth.feature';
import { QueueActions } from '../state/queue.actions';
import { queueFeature, type QueueFilters, type QueueSort } from '../state/queue.feature';
import { DueIndicator, PriorityChip, TicketStateChip } from '../ticket-chips';

/*
 * The server's views, sorts and states, kept here (the spec checks them against the shared
 * lists) so that the queue, the section's first chunk, loads without zod.
 */
export const QUEUE_VIEWS = ['mine', 'unassigned', 'team', 'breaching-soon', 'waiting', 'confidential', 'all'] as const satisfies readonly AgentView[];
export const QUEUE_SORTS = ['priority', 'due', 'age'] as const satisfies readonly QueueSort[];
export const TICKET_STATES = ['new', 'open', 'waiting_on_employee', 'resolved', 'closed'] as const satisfies readonly TicketState[];

/** Wide enough for the table beside the navigation; below, tickets are cards. */
export const QUEUE_TABLE_QUERY = '(min-width: 1024px)';
/** How long typing pauses before the queue is asked again. */
export const QUEUE_SEARCH_DEBOUNCE_MS = 300;

/** The help desk queue (/hr/tickets): one view at a time, with every view's count. */
@Component({
  selector: 'app-queue-page',
  imports: [
    DueIndicator,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    MatTableModule,
    PriorityChip,
    RouterLink,
    TicketStateChip,
    TranslocoPipe,
  ],
  templateUrl: './queue-page.html',
  styleUrl: './queue-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class QueuePage {
  private readonly store = inject(Store);
  private readonly searches = new Subject<string>();

  protected readonly filters = this.store.selectSignal(queueFeature.selectFilters);
  protected readonly queue = this.store.selectSignal(queueFeature.selectQueue);
  protected readonly status = this.store.selectSignal(queueFeature.selectStatus);
  protected readonly filtered = this.store.selectSignal(queueFeature.selectFiltered);
  protected readonly teamNames = this.store.selectSignal(queueFeature.selectTeamNames);
  protected readonly categories = this.store.selectSignal(queueFeature.selectCategories);
  private readonly canReadConfidential = this.store.selectSignal(selectCan('tickets.readConfidential'));
  protected readonly wide = toSignal(
    inject(BreakpointObserver)
      .observe(QUEUE_TABLE_QUERY)
      .pipe(map((state) => state.matches)),
    { initialValue: false },
  );

  protected readonly counts = computed(() => this.queue()?.counts ?? {});
  /** On a phone the sort and filters fold away behind one button, saying how many are on. */
  protected readonly showFilters = signal(false);
  protected readonly activeFilters = computed(() => {
    const filters = this.filters();
    return [filters.sort !== 'priority', filters.state, filters.category, filters.teamId].filter(Boolean).length;
  });
  /**
   * Confidential only for those who may see such tickets: HR admins, and an agent who has
   * one assigned (the server counts only what each person may see).
   */
  protected readonly views = computed(() =>
    QUEUE_VIEWS.filter(
      (view) => view !== 'confidential' || this.canReadConfidential() || (this.counts()['confidential'] ?? 0) > 0 || this.filters().view === 'confidential',
    ),
  );
  /** "All" holds closed history too and comes newest first, or oldest first: the server sorts it by age only. */
  protected readonly sorts = computed(() =>
    this.filters().view === 'all'
      ? [
          { value: 'priority' as QueueSort, label: 'newest' },
          { value: 'age' as QueueSort, label: 'age' },
        ]
      : QUEUE_SORTS.map((sort) => ({ value: sort, label: sort })),
  );
  protected readonly states = TICKET_STATES;
  protected readonly teams = computed(() =>
    Object.entries(this.teamNames())
      .map(([id, name]) => ({ id, name }))
      .sort((a, b) => a.name.localeCompare(b.name)),
  );
  protected readonly byId = (_index: number, row: { id: string }) => row.id;
  protected readonly columns = ['ticket', 'requester', 'priority', 'state', 'assignee', 'due'];
  /** "26–50 of 73" */
  protected readonly range = computed(() => {
    const queue = this.queue();
    if (!queue?.tickets.length) return null;
    const from = (queue.page - 1) * queue.pageSize + 1;
    return { from, to: from + queue.tickets.length - 1, total: queue.total, last: from + queue.tickets.length - 1 >= queue.total };
  });

  constructor() {
    this.store.dispatch(QueueActions.opened());
    const subscription = this.searches.pipe(debounceTime(QUEUE_SEARCH_DEBOUNCE_MS), distinctUntilChanged()).subscribe((q) => this.change({ q }));
    inject(DestroyRef).onDestroy(() => subscription.unsubscribe());
  }

  protected chooseView(view: AgentView): void {
    if (view === this.filters().view) return;
    // "All" is not sorted by due date (see `sorts`).
    this.change(view === 'all' && this.filters().sort === 'due' ? { view, sort: 'priority' } : { view });
  }

  protected search(q: string): void {
    this.searches.next(q);
  }

  protected change(changes: Partial<QueueFilters>): void {
    this.store.dispatch(QueueActions.queryChanged({ changes }));
  }

  protected clearFilters(): void {
    this.store.dispatch(QueueActions.filtersCleared());
  }

  protected goToPage(page: number): void {
    this.store.dispatch(QueueActions.pageChanged({ page }));
  }

  protected retry(): void {
    this.store.dispatch(QueueActions.opened());
  }

  protected teamName(id: string): string {
    return this.teamNames()[id] ?? id;
  }
}
