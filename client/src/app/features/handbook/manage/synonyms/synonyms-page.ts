import { COMMA, ENTER } from '@angular/cdk/keycodes';
import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatChipsModule, type MatChipInputEvent } from '@angular/material/chips';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { Observable } from 'rxjs';

import { leaveConfirmation } from '../../../../shared/ui/confirm-dialog/confirm-dialog';
import type { LeavablePage } from '../../../../core/drafts/unsaved-changes.guard';
import { SynonymsStore } from './synonyms.store';

const MAX_WORDS = 20;

@Component({
  selector: 'app-synonyms-page',
  imports: [MatButtonModule, MatChipsModule, MatFormFieldModule, MatIconModule, MatProgressBarModule, RouterLink, TranslocoPipe],
  templateUrl: './synonyms-page.html',
  styleUrl: './synonyms-page.scss',
  providers: [SynonymsStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SynonymsPage implements LeavablePage {
  private readonly store = inject(SynonymsStore);
  private readonly confirmLeave = leaveConfirmation();

  protected readonly separatorKeys = [ENTER, COMMA];
  protected readonly maxWords = MAX_WORDS;
  protected readonly status = this.store.status;
  protected readonly groups = this.store.groups;
  protected readonly saving = this.store.saving;
  protected readonly problem = this.store.problem;
  protected readonly dirty = this.store.dirty;
  protected readonly incomplete = this.store.incomplete;

  constructor() {
    this.load();
  }

  canLeave(): boolean | Observable<boolean> {
    return this.dirty() ? this.confirmLeave() : true;
  }

  protected load(): void {
    this.store.load();
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
    this.store.save();
  }
}
