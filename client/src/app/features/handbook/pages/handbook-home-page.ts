import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { TranslocoDatePipe } from '@jsverse/transloco-locale';
import { Store } from '@ngrx/store';

import { CategoryLabelPipe } from '../category-label.pipe';
import { HandbookActions } from '../state/handbook.actions';
import { handbookFeature } from '../state/handbook.feature';

@Component({
  selector: 'app-handbook-home-page',
  imports: [
    CategoryLabelPipe,
    FormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    RouterLink,
    TranslocoDatePipe,
    TranslocoPipe,
  ],
  templateUrl: './handbook-home-page.html',
  styleUrl: './handbook-pages.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HandbookHomePage {
  private readonly store = inject(Store);
  private readonly router = inject(Router);
  protected readonly home = this.store.selectSignal(handbookFeature.selectHome);
  protected readonly status = this.store.selectSignal(handbookFeature.selectHomeStatus);
  protected readonly pending = this.store.selectSignal(handbookFeature.selectPendingByUrgency);
  protected query = '';

  constructor() {
    this.load();
  }

  protected load(): void {
    this.store.dispatch(HandbookActions.homeOpened());
  }

  protected search(): void {
    if (this.query.trim()) void this.router.navigate(['/handbook/search'], { queryParams: { q: this.query.trim() } });
  }
}
