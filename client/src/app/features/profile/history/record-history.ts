import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslocoPipe } from '@jsverse/transloco';
import { TranslocoDatePipe } from '@jsverse/transloco-locale';
import type { PersonalField } from '@portico/shared/profile/profile.schemas';

import { interfaceLanguageOf } from '../../../core/i18n/interface-language';
import { describeValue } from '../values';
import { HistoryStore } from './history.store';

/** A record's versions, newest first: when, who (for whom), and each field before and after. The page provides and loads its HistoryStore. */
@Component({
  selector: 'app-record-history',
  imports: [MatButtonModule, MatProgressBarModule, TranslocoDatePipe, TranslocoPipe],
  template: `
    <div aria-live="polite" [attr.aria-busy]="store.status() === 'loading'">
      @if (store.status() === 'loading') {
        <mat-progress-bar mode="indeterminate" [attr.aria-label]="'profile.history.loading' | transloco" />
      }
      @if (store.status() === 'failed') {
        <p class="problem" role="alert">{{ 'profile.history.failed' | transloco }}</p>
      }
    </div>
    <ol class="versions">
      @for (entry of store.entries(); track entry.version) {
        <li data-testid="history-entry">
          <p class="when">
            <strong>{{ entry.at | translocoDate: { dateStyle: 'medium', timeStyle: 'short' } }}</strong>
            ·
            @if (entry.by; as by) {
              {{
                (entry.onBehalfOf ? 'profile.history.byOnBehalf' : entry.requestId ? 'profile.history.approvedBy' : 'profile.history.by')
                  | transloco: { who: by.name, manager: entry.onBehalfOf?.name ?? '' }
              }}
            } @else {
              {{ 'profile.history.byPortico' | transloco }}
            }
          </p>
          <dl>
            @for (change of entry.changes; track change.field) {
              <div>
                <dt>{{ 'profile.fieldNames.' + change.field | transloco }}</dt>
                <dd>
                  @if (text(change.field, change.before); as before) {
                    <span class="before">{{ before }}</span>
                    <span aria-hidden="true"> → </span>
                    <span class="visually-hidden">{{ 'profile.history.became' | transloco }}</span>
                  }
                  <span class="after">{{ text(change.field, change.after) || ('profile.history.empty' | transloco) }}</span>
                </dd>
              </div>
            }
          </dl>
        </li>
      } @empty {
        @if (store.status() === 'loaded') {
          <li>{{ 'profile.history.none' | transloco }}</li>
        }
      }
    </ol>
    @if (store.next()) {
      <button mat-stroked-button type="button" (click)="store.more()" data-testid="history-more">{{ 'profile.history.more' | transloco }}</button>
    }
  `,
  styles: `
    .versions {
      list-style: none;
      padding: 0;
      margin: 0 0 16px;
    }
    li {
      padding: 12px 0;
      border-top: 1px solid var(--mat-sys-outline-variant);
      overflow-wrap: anywhere;
    }
    .when {
      margin: 0 0 8px;
    }
    dl {
      margin: 0;
      display: grid;
      gap: 6px;
    }
    dt {
      font: var(--mat-sys-label-medium);
      color: var(--mat-sys-on-surface-variant);
    }
    dd {
      margin: 0;
    }
    .before {
      text-decoration: line-through;
      color: var(--mat-sys-on-surface-variant);
    }
    .problem {
      color: var(--mat-sys-error);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RecordHistoryList {
  protected readonly store = inject(HistoryStore);
  private readonly language = interfaceLanguageOf();

  protected text(field: PersonalField, value: unknown): string {
    return describeValue(field, value, this.language());
  }
}
