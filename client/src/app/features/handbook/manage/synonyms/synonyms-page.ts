import { COMMA, ENTER } from '@angular/cdk/keycodes';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatChipsModule, type MatChipInputEvent } from '@angular/material/chips';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import type { Observable } from 'rxjs';

import { leaveConfirmation } from '../../../../shared/ui/confirm-dialog/confirm-dialog';
import type { LeavablePage } from '../../../../core/drafts/unsaved-changes.guard';
import { HandbookManageApi } from '../manage-api';
import { problemOf, type ShownProblem } from '../../../../core/http/problem';

const MAX_WORDS = 20;

@Component({
  selector: 'app-synonyms-page',
  imports: [MatButtonModule, MatChipsModule, MatFormFieldModule, MatIconModule, MatProgressBarModule, RouterLink, TranslocoPipe],
  templateUrl: './synonyms-page.html',
  styleUrl: './synonyms-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SynonymsPage implements LeavablePage {
  private readonly api = inject(HandbookManageApi);
  private readonly snackBar = inject(MatSnackBar);
  private readonly confirmLeave = leaveConfirmation();
  private readonly transloco = inject(TranslocoService);

  protected readonly separatorKeys = [ENTER, COMMA];
  protected readonly maxWords = MAX_WORDS;
  protected readonly status = signal<'loading' | 'loaded' | 'failed'>('loading');
  protected readonly groups = signal<string[][]>([]);
  private readonly saved = signal<string>('[]');
  protected readonly saving = signal(false);
  protected readonly problem = signal<ShownProblem | null>(null);
  protected readonly dirty = computed(() => JSON.stringify(this.groups()) !== this.saved());
  /** Groups of one word mean nothing to search; the server refuses them too. */
  protected readonly incomplete = computed(() => this.groups().some((group) => group.length === 1));

  constructor() {
    this.load();
  }

  canLeave(): boolean | Observable<boolean> {
    return this.dirty() ? this.confirmLeave() : true;
  }

  protected load(): void {
    this.status.set('loading');
    this.api.synonyms().subscribe({
      next: ({ groups }) => this.loaded(groups),
      error: () => this.status.set('failed'),
    });
  }

  protected addWord(index: number, event: MatChipInputEvent): void {
    const word = event.value.trim();
    event.chipInput.clear();
    if (!word) return;
    this.groups.update((groups) =>
      groups.map((group, at) =>
        at === index && !group.some((existing) => existing.toLocaleLowerCase() === word.toLocaleLowerCase()) ? [...group, word] : group,
      ),
    );
  }

  protected removeWord(index: number, word: string): void {
    this.groups.update((groups) => groups.map((group, at) => (at === index ? group.filter((existing) => existing !== word) : group)));
  }

  protected addGroup(): void {
    this.groups.update((groups) => [...groups, []]);
  }

  protected removeGroup(index: number): void {
    this.groups.update((groups) => groups.filter((_group, at) => at !== index));
  }

  protected save(): void {
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
