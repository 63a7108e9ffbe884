import { Injectable, inject, signal } from '@angular/core';
import { MatSnackBar } from '@angular/material/snack-bar';
import { TranslocoService } from '@jsverse/transloco';
import { ApprovalTimingSchema, type ApprovalTiming, type ApprovalTimingSettings } from '@portico/shared/profile/profile.schemas';

import { issuesByPath, serverFieldErrors, type FieldIssues } from '../../../core/http/field-errors';
import { problemOf, type ShownProblem } from '../../../core/http/problem';
import { ProfileApi } from '../profile-api';

/** The approval timing's state and calls (ADR 0013): checked with the shared schema, then by the server. */
@Injectable()
export class ApprovalTimingStore {
  private readonly api = inject(ProfileApi);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);

  readonly settings = signal<ApprovalTimingSettings | null>(null);
  readonly saving = signal(false);
  readonly issues = signal<FieldIssues>({});
  readonly problem = signal<ShownProblem | null>(null);

  load(): void {
    this.api.approvalTiming().subscribe({
      next: (settings) => this.settings.set(settings),
      error: (error: unknown) => this.problem.set(problemOf(error)),
    });
  }

  save(timing: ApprovalTiming, saved: () => void): void {
    this.problem.set(null);
    const checked = ApprovalTimingSchema.safeParse(timing);
    if (!checked.success) {
      this.issues.set(issuesByPath(checked.error.issues));
      return;
    }
    this.issues.set({});
    this.saving.set(true);
    this.api.saveApprovalTiming(checked.data).subscribe({
      next: (settings) => {
        this.saving.set(false);
        this.settings.set(settings);
        saved();
        this.snackBar.open(this.transloco.translate('profileSettings.timingSaved'), undefined, { duration: 4000 });
      },
      error: (error: unknown) => {
        this.saving.set(false);
        const fields = serverFieldErrors(error);
        if (Object.keys(fields).length) this.issues.set(fields);
        else this.problem.set(problemOf(error));
      },
    });
  }
}
