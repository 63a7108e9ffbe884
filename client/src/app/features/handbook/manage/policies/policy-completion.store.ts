import { Injectable, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatSnackBar } from '@angular/material/snack-bar';
import { TranslocoService } from '@jsverse/transloco';

import { problemOf } from '../../../../core/http/problem';
import { HandbookManageApi } from '../manage-api';

/** Who has acknowledged each policy, and the reminders HR sends (provided by the policy completion page). */
@Injectable()
export class PolicyCompletionStore {
  private readonly api = inject(HandbookManageApi);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);

  readonly completion = rxResource({ stream: () => this.api.policyCompletion() });
  /** The policy whose reminders are being sent. */
  readonly sending = signal<string | null>(null);

  sendReminders(slug: string): void {
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
