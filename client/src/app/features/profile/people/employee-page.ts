import { ChangeDetectionStrategy, Component, computed, inject, input, type OnInit } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { TranslocoDatePipe } from '@jsverse/transloco-locale';
import { Store } from '@ngrx/store';
import { personalFields, type PersonalField } from '@portico/shared/profile/profile.schemas';

import { selectCan } from '../../../core/auth/state/auth.feature';
import { interfaceLanguageOf } from '../../../core/i18n/interface-language';
import { HistoryStore } from '../history/history.store';
import { RecordHistoryList } from '../history/record-history';
import { IdentityCheck } from '../identity-check';
import { exportPath } from '../profile-api';
import { describeValue } from '../values';
import { PeopleStore } from './people.store';

/** Anyone's record as HR sees it (/hr/people/:id): work facts, the record masked, requests and history. Each opening is audited. */
@Component({
  selector: 'app-employee-page',
  imports: [MatButtonModule, MatIconModule, MatProgressBarModule, RecordHistoryList, RouterLink, TranslocoDatePipe, TranslocoPipe],
  template: `
    <a mat-button routerLink="..">{{ 'people.back' | transloco }}</a>
    <div aria-live="polite" [attr.aria-busy]="store.status() === 'loading'">
      @if (store.status() === 'loading') {
        <mat-progress-bar mode="indeterminate" [attr.aria-label]="'people.loading' | transloco" />
      }
      @if (store.status() === 'failed') {
        <p class="problem" role="alert">{{ 'people.notFound' | transloco }}</p>
      }
    </div>
    @if (store.record(); as record) {
      <div class="head">
        <h1>{{ record.name }}</h1>
        @if (canExport()) {
          <button mat-stroked-button type="button" (click)="identity.download(exportPath(record.work.employeeNumber))" data-testid="hr-export">
            <mat-icon svgIcon="download" aria-hidden="true" />{{ 'people.export' | transloco }}
          </button>
        }
      </div>
      <p class="intro">{{ record.work.jobTitle }} · {{ record.work.department.name }} · {{ record.work.location.name }}</p>
      <p class="note">{{ 'people.audited' | transloco }}</p>

      <section class="card" aria-labelledby="record-title">
        <h2 id="record-title">{{ 'people.record' | transloco }}</h2>
        <dl class="facts">
          <div>
            <dt>{{ 'profile.fields.employeeNumber' | transloco }}</dt>
            <dd>{{ record.work.employeeNumber }}</dd>
          </div>
          <div>
            <dt>{{ 'profile.fields.workEmail' | transloco }}</dt>
            <dd>{{ record.work.workEmail }}</dd>
          </div>
          <div>
            <dt>{{ 'profile.fields.manager' | transloco }}</dt>
            <dd>{{ record.work.manager?.name ?? '—' }}</dd>
          </div>
          <div>
            <dt>{{ 'profile.fields.startDate' | transloco }}</dt>
            <dd>{{ record.work.startDate | translocoDate: { dateStyle: 'medium', timeZone: 'UTC' } }}</dd>
          </div>
          @for (field of fields; track field) {
            <div>
              <dt>{{ 'profile.fieldNames.' + field | transloco }}</dt>
              <dd [attr.data-testid]="'hr-' + field">{{ value(field) || ('profile.notGiven' | transloco) }}</dd>
            </div>
          }
        </dl>
      </section>

      <section class="card" aria-labelledby="requests-title">
        <h2 id="requests-title">{{ 'people.requests' | transloco }}</h2>
        <ul class="requests">
          @for (request of record.requests; track request.id) {
            <li>
              @for (field of request.fields; track field; let last = $last) {
                {{ 'profile.fieldNames.' + field | transloco }}{{ last ? '' : ', ' }}
              }
              · {{ 'profile.states.' + request.state | transloco }} ·
              {{ 'profile.requests.asked' | transloco: { date: (request.createdAt | translocoDate: { dateStyle: 'medium' }) } }}
            </li>
          } @empty {
            <li>{{ 'profile.requests.none' | transloco }}</li>
          }
        </ul>
      </section>

      <section class="card" aria-labelledby="history-title">
        <h2 id="history-title">{{ 'people.history' | transloco }}</h2>
        <app-record-history />
      </section>
    }
  `,
  styleUrl: './people.scss',
  providers: [PeopleStore, HistoryStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EmployeePage implements OnInit {
  /** The route's `:id`. */
  readonly id = input.required<string>();
  protected readonly store = inject(PeopleStore);
  private readonly history = inject(HistoryStore);
  protected readonly identity = inject(IdentityCheck);
  protected readonly canExport = inject(Store).selectSignal(selectCan('profiles.export'));
  private readonly language = interfaceLanguageOf();
  protected readonly fields = personalFields;
  protected readonly exportPath = exportPath;
  private readonly personal = computed(() => this.store.record()?.personal);

  ngOnInit(): void {
    this.store.open(this.id());
    this.history.load(this.id());
  }

  protected value(field: PersonalField): string {
    return describeValue(field, this.personal()?.[field], this.language());
  }
}
