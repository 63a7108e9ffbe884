import { Injectable, computed, inject, signal } from '@angular/core';
import { MatSnackBar } from '@angular/material/snack-bar';
import { TranslocoService } from '@jsverse/transloco';

import { problemOf, type ShownProblem } from '../../../../core/http/problem';
import { HandbookManageApi } from '../manage-api';

/** The search synonyms being edited, and the calls that load and save them (provided by the synonyms page). */
@Injectable()
export class SynonymsStore {
  private readonly api = inject(HandbookManageApi);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);

  readonly status = signal<'loading' | 'loaded' | 'failed'>('loading');
  readonly groups = signal<string[][]>([]);
  private readonly saved = signal<string>('[]');
  readonly saving = signal(false);
  readonly problem = signal<ShownProblem | null>(null);
  readonly dirty = computed(() => JSON.stringify(this.groups()) !== this.saved());
  /** Groups of one word mean nothing to search; the server refuses them too. */
  readonly incomplete = computed(() => this.groups().some((group) => group.length === 1));

  load(): void {
    this.status.set('loading');
    this.api.synonyms().subscribe({
      next: ({ groups }) => this.loaded(groups),
      error: () => this.status.set('failed'),
    });
  }

  save(): void {
    if (this.incomplete() || this.saving()) return;
    this.saving.set(true);
    this.problem.set(null);
    this.api.saveSynonyms({ groups: this.groups().filter((group) => group.length > 0) }).subscribe({
      next: ({ groups }) => {
        this.saving.set(false);
        this.loaded(groups);
        this.snackBar.open(this.transloco.translate('hr.synonyms.saved'), undefined, { duration: 4000 });
      },
      error: (error: unknown) => {
        this.saving.set(false);
        this.problem.set(problemOf(error));
      },
    });
  }

  private loaded(groups: string[][]): void {
    this.groups.set(groups);
    this.saved.set(JSON.stringify(groups));
    this.status.set('loaded');
  }
}
