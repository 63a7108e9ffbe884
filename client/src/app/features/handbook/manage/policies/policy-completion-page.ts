import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatExpansionModule } from '@angular/material/expansion';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { TranslocoDatePipe, TranslocoPercentPipe } from '@jsverse/transloco-locale';
import { Store } from '@ngrx/store';

import { selectCan } from '../../../../core/auth/state/auth.feature';
import { HandbookManageApi } from '../manage-api';
import { problemOf } from '../../../../core/http/problem';

/** Share of `total` that acknowledged, 0 to 1 (an empty audience counts as none). */
export const share = (row: { acknowledged: number; total: number }) => (row.total ? row.acknowledged / row.total : 0);

@Component({
  selector: 'app-policy-completion-page',
  imports: [MatButtonModule, MatExpansionModule, MatIconModule, MatProgressBarModule, RouterLink, TranslocoDatePipe, TranslocoPercentPipe, TranslocoPipe],
  templateUrl: './policy-completion-page.html',
  styleUrl: './policy-completion-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PolicyCompletionPage {
  private readonly api = inject(HandbookManageApi);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);
  protected readonly completion = rxResource({ stream: () => this.api.policyCompletion() });
  /** Reminders notify people: only those who may publish the handbook send them (the server checks too). */
  protected readonly canRemind = inject(Store).selectSignal(selectCan('handbook.publish'));
  protected readonly canEdit = this.canRemind;
  protected readonly sending = signal<string | null>(null);
  protected readonly share = share;
  protected readonly breakdowns = [
    { rows: 'byDepartment', caption: 'hr.policies.byDepartment', column: 'hr.policies.department' },
    { rows: 'byLocation', caption: 'hr.policies.byLocation', column: 'hr.policies.location' },
  ] as const;

  protected sendReminders(slug: string): void {
    this.sending.set(slug);
    this.api.sendReminders(slug).subscribe({
      next: ({ sent }) => {
        this.sending.set(null);
        const key = sent === 0 ? 'hr.policies.remindedNone' : sent === 1 ? 'hr.policies.remindedOne' : 'hr.policies.reminded';
        this.snackBar.open(this.transloco.translate(key, { count: sent }), undefined, { duration: 5000 });
      },
      error: (error: unknown) => {
        this.sending.set(null);
        this.snackBar.open(problemOf(error).message ?? this.transloco.translate('hr.errors.generic'), this.transloco.translate('hr.dismiss'), {
          duration: 8000,
        });
      },
    });
  }
}
