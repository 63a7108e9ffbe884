import { Injectable, computed, inject, signal } from '@angular/core';
import { MatSnackBar } from '@angular/material/snack-bar';
import { TranslocoService } from '@jsverse/transloco';
import type { ApprovalItem, Decided, Decision, Delegation, DelegationInput, Inbox } from '@portico/shared/profile/profile.schemas';
import type { Observable } from 'rxjs';

import { serverFieldErrors, type FieldIssues } from '../../../core/http/field-errors';
import { problemOf, type ShownProblem } from '../../../core/http/problem';
import { ProfileApi, type DelegateCandidate } from '../profile-api';

export interface InboxFilters {
  field: string;
  person: string;
  /** Only requests waiting at least this many days. */
  olderThan: number;
}

/**
 * The approvals inbox's state and calls (ADR 0013): what waits, the filters, the requests
 * picked for a decision on many at once, what was refused, and the reader's delegate.
 */
@Injectable()
export class ApprovalsStore {
  private readonly api = inject(ProfileApi);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);

  readonly inbox = signal<Inbox | null>(null);
  readonly status = signal<'loading' | 'loaded' | 'failed'>('loading');
  readonly filters = signal<InboxFilters>({ field: '', person: '', olderThan: 0 });
  readonly selected = signal<ReadonlySet<string>>(new Set());
  readonly deciding = signal(false);
  /** Why a request was not decided, by id (in the reader's language). */
  readonly refused = signal<Record<string, string>>({});
  readonly problem = signal<ShownProblem | null>(null);

  readonly delegation = signal<Delegation>(null);
  readonly candidates = signal<DelegateCandidate[]>([]);
  readonly delegationIssues = signal<FieldIssues>({});

  readonly shown = computed(() => {
    const { field, person, olderThan } = this.filters();
    const words = person.trim().toLocaleLowerCase();
    const cutoff = Date.now() - olderThan * 24 * 3_600_000;
    return (this.inbox()?.items ?? []).filter(
      (item) =>
        (!field || item.fields.some((change) => change.field === field)) &&
        (!words || item.employee.name.toLocaleLowerCase().includes(words)) &&
        (!olderThan || new Date(item.createdAt).getTime() <= cutoff),
    );
  });

  load(): void {
    this.status.set('loading');
    this.api.inbox().subscribe({
      next: (inbox) => {
        this.inbox.set(inbox);
        this.selected.set(new Set([...this.selected()].filter((id) => inbox.items.some((item) => item.id === id))));
        this.status.set('loaded');
      },
      error: () => this.status.set('failed'),
    });
    this.api.delegation().subscribe((delegation) => this.delegation.set(delegation));
  }

  loadCandidates(): void {
    if (!this.candidates().length) this.api.delegateCandidates().subscribe(({ people }) => this.candidates.set(people));
  }

  toggle(item: ApprovalItem): void {
    const selected = new Set(this.selected());
    if (!selected.delete(item.id)) selected.add(item.id);
    this.selected.set(selected);
  }

  selectAll(on: boolean): void {
    this.selected.set(new Set(on ? this.shown().map((item) => item.id) : []));
  }

  decide(id: string, decision: Decision): void {
    this.run(this.api.decide(id, decision), (result) => [result], decision);
  }

  decideSelected(decision: Decision): void {
    const ids = [...this.selected()];
    if (ids.length) this.run(this.api.decideMany(ids, decision), (result) => result.results, decision);
  }

  saveDelegation(delegation: DelegationInput | null, saved: () => void): void {
    this.delegationIssues.set({});
    this.api.saveDelegation(delegation).subscribe({
      next: (delegated) => {
        this.delegation.set(delegated);
        saved();
        this.snackBar.open(this.transloco.translate(delegated ? 'approvals.delegation.saved' : 'approvals.delegation.removed'), undefined, { duration: 4000 });
      },
      error: (error: unknown) => {
        const issues = serverFieldErrors(error, 'delegation');
        if (Object.keys(issues).length) this.delegationIssues.set(issues);
        else this.problem.set(problemOf(error));
      },
    });
  }

  private run<T>(call: Observable<T>, results: (answer: T) => Decided[], decision: Decision): void {
    if (this.deciding()) return;
    this.deciding.set(true);
    this.problem.set(null);
    call.subscribe({
      next: (answer) => {
        this.deciding.set(false);
        const all = results(answer);
        const refused = Object.fromEntries(
          all.filter((result) => result.problem).map((result) => [result.id, this.transloco.translate(`problems.${result.problem}`)]),
        );
        this.refused.set(refused);
        const done = all.length - Object.keys(refused).length;
        if (done) {
          this.snackBar.open(this.transloco.translate(`approvals.done.${decision.outcome}`, { count: done }), undefined, { duration: 4000 });
        }
        this.selected.set(new Set());
        this.load();
      },
      error: (error: unknown) => {
        this.deciding.set(false);
        this.problem.set(problemOf(error));
        this.load();
      },
    });
  }
}
