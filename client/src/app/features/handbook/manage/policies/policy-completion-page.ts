import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatExpansionModule } from '@angular/material/expansion';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { TranslocoDatePipe, TranslocoPercentPipe } from '@jsverse/transloco-locale';
import { Store } from '@ngrx/store';

import { selectCan } from '../../../../core/auth/state/auth.feature';
import { PolicyCompletionStore } from './policy-completion.store';

/** Share of `total` that acknowledged, 0 to 1 (an empty audience counts as none). */
export const share = (row: { acknowledged: number; total: number }) => (row.total ? row.acknowledged / row.total : 0);

@Component({
  selector: 'app-policy-completion-page',
  imports: [MatButtonModule, MatExpansionModule, MatIconModule, MatProgressBarModule, RouterLink, TranslocoDatePipe, TranslocoPercentPipe, TranslocoPipe],
  templateUrl: './policy-completion-page.html',
  styleUrl: './policy-completion-page.scss',
  providers: [PolicyCompletionStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PolicyCompletionPage {
  private readonly store = inject(PolicyCompletionStore);
  protected readonly completion = this.store.completion;
  /** Reminders notify people: only those who may publish the handbook send them (the server checks too). */
  protected readonly canRemind = inject(Store).selectSignal(selectCan('handbook.publish'));
  protected readonly canEdit = this.canRemind;
  protected readonly sending = this.store.sending;
  protected readonly share = share;
  protected readonly breakdowns = [
    { rows: 'byDepartment', caption: 'hr.policies.byDepartment', column: 'hr.policies.department' },
    { rows: 'byLocation', caption: 'hr.policies.byLocation', column: 'hr.policies.location' },
  ] as const;

  protected sendReminders(slug: string): void {
    this.store.sendReminders(slug);
  }
}
