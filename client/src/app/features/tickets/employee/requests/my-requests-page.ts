import { ChangeDetectionStrategy, Component, effect, inject, input, numberAttribute } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { TranslocoDatePipe } from '@jsverse/transloco-locale';
import { Store } from '@ngrx/store';

import { RequestsActions } from '../state/requests.actions';
import { requestsFeature } from '../state/requests.feature';

/** My requests (/help/requests): newest first, each with its reference, state and last change. */
@Component({
  selector: 'app-my-requests-page',
  imports: [MatButtonModule, MatIconModule, MatProgressBarModule, RouterLink, TranslocoDatePipe, TranslocoPipe],
  templateUrl: './my-requests-page.html',
  styleUrl: './my-requests-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MyRequestsPage {
  private readonly store = inject(Store);
  /** `?page=`, from 1. */
  readonly page = input(1, { transform: (value: unknown) => Math.max(1, numberAttribute(value, 1)) });
  protected readonly list = this.store.selectSignal(requestsFeature.selectList);
  protected readonly status = this.store.selectSignal(requestsFeature.selectListStatus);

  constructor() {
    effect(() => this.store.dispatch(RequestsActions.listOpened({ page: this.page() })));
  }

  protected pages(total: number, pageSize: number): number {
    return Math.max(1, Math.ceil(total / pageSize));
  }

  protected retry(): void {
    this.store.dispatch(RequestsActions.listOpened({ page: this.page() }));
  }
}
