import { Injectable, inject, signal } from '@angular/core';
import { MatSnackBar } from '@angular/material/snack-bar';
import { TranslocoService } from '@jsverse/transloco';
import type { Observable } from 'rxjs';

import { problemOf, type ShownProblem } from '../../../core/http/problem';
import { leaveConfirmation } from '../../../shared/ui/confirm-dialog/confirm-dialog';
import { serverFieldErrors, type FieldIssues } from '../../../core/http/field-errors';
import { HelpDeskSettingsApi } from './help-desk-settings-api';

export type SettingsStatus = 'loading' | 'loaded' | 'failed' | 'missing';

export interface SaveSteps<T> {
  /** What is wrong before sending, by path (from the shared schema and the page's own checks); empty to send. */
  errors: FieldIssues;
  /** Shows the issues beside their fields, in the reader's language; called with none to clear them. */
  show: (issues: FieldIssues) => void;
  send: () => Observable<T>;
  /** The server's answer, taken in by the page. */
  saved: (result: T) => void;
  /** The snack bar's message once saved. */
  savedKey: string;
  /** A refusal that is not about fields; shown above the form unless the page handles it here. */
  refused?: (problem: ShownProblem) => void;
}

/**
 * What every help desk settings page's store does (ADR 0013): load what the page edits,
 * save one change at a time (checked before it is sent, the server's field errors beside the
 * fields and any other failure above them, a snack bar once saved), and ask before unsaved
 * changes are left. Each page provides its own subclass, which says what it loads and
 * which calls it makes; the page itself never calls the API.
 */
@Injectable()
export abstract class SettingsStore<T> {
  protected readonly api = inject(HelpDeskSettingsApi);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);
  private readonly confirmLeave = leaveConfirmation();
  private dirty: () => boolean = () => false;

  readonly status = signal<SettingsStatus>('loading');
  readonly saving = signal(false);
  readonly problem = signal<ShownProblem | null>(null);

  /** What the page edits, as the server has it. */
  protected abstract fetch(): Observable<T>;

  /** What "unsaved changes" means on the page (its `dirty` signal), for leaving it. */
  trackChanges(dirty: () => boolean): void {
    this.dirty = dirty;
  }

  /** Loads (again); `loaded` takes the value in and may say it is `missing` (an unknown id). */
  load(loaded: (value: T) => SettingsStatus | void): void {
    this.status.set('loading');
    this.fetch().subscribe({
      next: (value) => this.status.set(loaded(value) ?? 'loaded'),
      error: () => this.status.set('failed'),
    });
  }

  /** For the unsaved-changes guard. */
  canLeave(): boolean | Observable<boolean> {
    return this.dirty() ? this.confirmLeave() : true;
  }

  /** Runs `then` at once when nothing is unsaved, else once the person agrees to drop the changes. */
  leaveChanges(then: () => void): void {
    if (this.dirty()) this.confirmLeave().subscribe((leave) => leave && then());
    else then();
  }

  save<R>(steps: SaveSteps<R>): void {
    if (this.saving()) return;
    this.problem.set(null);
    if (Object.keys(steps.errors).length) {
      steps.show(steps.errors);
      return;
    }
    steps.show({});
    this.saving.set(true);
    steps.send().subscribe({
      next: (result) => {
        this.saving.set(false);
        steps.saved(result);
        this.notify(steps.savedKey);
      },
      error: (error: unknown) => {
        this.saving.set(false);
        const fields = serverFieldErrors(error);
        if (Object.keys(fields).length) steps.show(fields);
        else if (steps.refused) steps.refused(problemOf(error));
        else this.problem.set(problemOf(error));
      },
    });
  }

  /** A short confirmation in the snack bar (a message key). */
  notify(key: string): void {
    this.snackBar.open(this.transloco.translate(key), undefined, { duration: 4000 });
  }
}
