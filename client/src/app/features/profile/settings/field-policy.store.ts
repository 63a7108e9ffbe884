import { Injectable, inject, signal } from '@angular/core';
import { MatSnackBar } from '@angular/material/snack-bar';
import { TranslocoService } from '@jsverse/transloco';
import type { FieldPolicy, FieldPolicySettings } from '@portico/shared/profile/profile.schemas';

import { problemOf, type ShownProblem } from '../../../core/http/problem';
import { ProfileApi } from '../profile-api';

/** The field policy page's state and calls (ADR 0013). */
@Injectable()
export class FieldPolicyStore {
  private readonly api = inject(ProfileApi);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);

  readonly settings = signal<FieldPolicySettings | null>(null);
  readonly status = signal<'loading' | 'loaded' | 'failed'>('loading');
  readonly saving = signal(false);
  readonly problem = signal<ShownProblem | null>(null);

  load(): void {
    this.status.set('loading');
    this.api.fieldPolicy().subscribe({
      next: (settings) => {
        this.settings.set(settings);
        this.status.set('loaded');
      },
      error: () => this.status.set('failed'),
    });
  }

  save(policy: FieldPolicy, saved: () => void): void {
    this.saving.set(true);
    this.problem.set(null);
    this.api.saveFieldPolicy(policy).subscribe({
      next: (settings) => {
        this.saving.set(false);
        this.settings.set(settings);
        saved();
        this.snackBar.open(this.transloco.translate('profileSettings.saved'), undefined, { duration: 4000 });
      },
      error: (error: unknown) => {
        this.saving.set(false);
        this.problem.set(problemOf(error));
      },
    });
  }
}
