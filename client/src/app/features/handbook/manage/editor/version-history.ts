import { ChangeDetectionStrategy, Component, computed, effect, input, output, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import { TranslocoDatePipe } from '@jsverse/transloco-locale';
import type { Diff, ManagedArticle } from '@portico/shared/handbook/handbook.schemas';

import { DiffView } from './diff-view';

export type VersionEntry = ManagedArticle['versions'][number];

/** One language's versions, newest first; pick two to see what changed between them. */
@Component({
  selector: 'app-version-history',
  imports: [DiffView, FormsModule, MatButtonModule, MatFormFieldModule, MatProgressBarModule, MatSelectModule, TranslocoDatePipe, TranslocoPipe],
  template: `
    @if (newestFirst().length) {
      <ol class="versions" data-testid="versions">
        @for (version of newestFirst(); track version.number; let last = $last) {
          <li>
            <span class="label">{{ 'hr.editor.version' | transloco: { version: version.label } }}</span>
            <span class="date">{{ version.at | translocoDate: { dateStyle: 'medium', timeStyle: 'short' } }}</span>
            @if (version.authorName) {
              <span class="author">{{ version.authorName }}</span>
            }
            @if (version.note) {
              <span class="note">{{ version.note }}</span>
            }
            @if (!last) {
              <button mat-button type="button" (click)="compareWithPrevious(version.number)" [attr.data-testid]="'compare-' + version.number">
                {{ 'hr.history.compareWithPrevious' | transloco }}
              </button>
            }
          </li>
        }
      </ol>
      @if (newestFirst().length > 1) {
        <div class="pick" role="group" [attr.aria-label]="'hr.history.pickTwo' | transloco">
          <mat-form-field appearance="outline" subscriptSizing="dynamic">
            <mat-label>{{ 'hr.history.from' | transloco }}</mat-label>
            <mat-select [(ngModel)]="from" data-testid="diff-from">
              @for (version of newestFirst(); track version.number) {
                <mat-option [value]="version.number">{{ version.label }} · {{ version.at | translocoDate: { dateStyle: 'short' } }}</mat-option>
              }
            </mat-select>
          </mat-form-field>
          <mat-form-field appearance="outline" subscriptSizing="dynamic">
            <mat-label>{{ 'hr.history.to' | transloco }}</mat-label>
            <mat-select [(ngModel)]="to" data-testid="diff-to">
              @for (version of newestFirst(); track version.number) {
                <mat-option [value]="version.number">{{ version.label }} · {{ version.at | translocoDate: { dateStyle: 'short' } }}</mat-option>
              }
            </mat-select>
          </mat-form-field>
          <button
            mat-stroked-button
            type="button"
            (click)="compareChosen()"
            [disabled]="from() === null || to() === null || from() === to()"
            data-testid="compare"
          >
            {{ 'hr.history.compare' | transloco }}
          </button>
        </div>
      }
    } @else {
      <p>{{ 'hr.history.none' | transloco }}</p>
    }

    @if (diffStatus() === 'loading') {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'hr.loading' | transloco" />
    }
    @if (diffStatus() === 'failed') {
      <p role="alert">{{ 'hr.errors.generic' | transloco }}</p>
    }
    @if (diff(); as diff) {
      <h3 class="diff-heading" tabindex="-1">{{ 'hr.history.changes' | transloco: { from: labelOf(diff.from), to: labelOf(diff.to) } }}</h3>
      <app-diff-view [parts]="diff.parts" />
    }
  `,
  styles: `
    .versions {
      list-style: none;
      margin: 0 0 12px;
      padding: 0;
    }
    .versions li {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 4px 12px;
      padding: 6px 0;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .label {
      font: var(--mat-sys-title-small);
    }
    .date,
    .author,
    .note {
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .note {
      flex-basis: 100%;
    }
    .pick {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      align-items: center;
      margin-bottom: 12px;
    }
    .pick mat-form-field {
      flex: 1 1 140px;
    }
    .diff-heading {
      font: var(--mat-sys-title-small);
      margin: 12px 0 8px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class VersionHistory {
  readonly versions = input.required<readonly VersionEntry[]>();
  readonly diff = input<Diff | null>(null);
  readonly diffStatus = input<'idle' | 'loading' | 'loaded' | 'failed'>('idle');
  readonly compare = output<{ from: number; to: number }>();

  protected readonly newestFirst = computed(() => [...this.versions()].sort((a, b) => b.number - a.number));
  protected readonly from = signal<number | null>(null);
  protected readonly to = signal<number | null>(null);

  constructor() {
    // Preselect the two latest versions: the usual question is "what changed last time?".
    effect(() => {
      const [latest, previous] = this.newestFirst();
      this.to.set(latest?.number ?? null);
      this.from.set(previous?.number ?? null);
    });
  }

  protected labelOf(number: number): string {
    return this.versions().find((version) => version.number === number)?.label ?? String(number);
  }

  protected compareWithPrevious(number: number): void {
    const older = this.newestFirst().find((version) => version.number < number);
    if (older) this.compare.emit({ from: older.number, to: number });
  }

  protected compareChosen(): void {
    const from = this.from();
    const to = this.to();
    if (from !== null && to !== null && from !== to) this.compare.emit({ from: Math.min(from, to), to: Math.max(from, to) });
  }
}
