import { ChangeDetectionStrategy, Component, inject, signal, type OnInit } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { TranslocoPipe } from '@jsverse/transloco';

import { HistoryStore } from '../history/history.store';
import { RecordHistoryList } from '../history/record-history';
import { IdentityCheck } from '../identity-check';
import { exportPath } from '../profile-api';
import { MyDataTabs } from './my-data-tabs';

/** My record's history (/my-data/history), and the download of everything Portico holds about me. */
@Component({
  selector: 'app-my-history-page',
  imports: [MatButtonModule, MatIconModule, MyDataTabs, RecordHistoryList, TranslocoPipe],
  template: `
    <h1>{{ 'profile.title' | transloco }}</h1>
    <app-my-data-tabs>
      <section class="card" aria-labelledby="export-title">
        <h2 id="export-title">{{ 'profile.export.title' | transloco }}</h2>
        <p>{{ 'profile.export.what' | transloco }}</p>
        @if (signInNeeded()) {
          <p role="status" data-testid="export-sign-in">{{ 'profile.export.signInFirst' | transloco }}</p>
          <button mat-flat-button type="button" (click)="identity.confirm('/my-data/history')">
            <mat-icon svgIcon="lock" aria-hidden="true" />{{ 'profile.signInAgain' | transloco }}
          </button>
        } @else {
          <button mat-stroked-button type="button" (click)="download()" data-testid="export">
            <mat-icon svgIcon="download" aria-hidden="true" />{{ 'profile.export.download' | transloco }}
          </button>
        }
      </section>
      <section class="card" aria-labelledby="history-title">
        <h2 id="history-title">{{ 'profile.history.title' | transloco }}</h2>
        <p class="note">{{ 'profile.history.intro' | transloco }}</p>
        <app-record-history />
      </section>
    </app-my-data-tabs>
  `,
  styleUrl: './history-page.scss',
  providers: [HistoryStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MyHistoryPage implements OnInit {
  private readonly store = inject(HistoryStore);
  protected readonly identity = inject(IdentityCheck);
  protected readonly signInNeeded = signal(false);

  ngOnInit(): void {
    this.store.load(null);
  }

  protected download(): void {
    if (this.identity.recent()) this.identity.download(exportPath(null));
    else this.signInNeeded.set(true);
  }
}
