import { ChangeDetectionStrategy, Component, computed, effect, inject, type OnInit } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import type { ApprovalTiming } from '@portico/shared/profile/profile.schemas';

import { FieldMessages } from '../../../core/http/field-messages';
import { ApprovalTimingStore } from './approval-timing.store';

const fields = ['bankAccountDelayHours', 'remindAfterDays', 'escalateAfterDays'] as const satisfies readonly (keyof ApprovalTiming)[];

/** How long things wait: the bank account's safety delay, and when waiting requests remind and go to HR. */
@Component({
  selector: 'app-approval-timing-form',
  imports: [MatButtonModule, MatFormFieldModule, MatInputModule, ReactiveFormsModule, TranslocoPipe],
  template: `
    <section class="timing" aria-labelledby="timing-title">
      <h2 id="timing-title">{{ 'profileSettings.timingTitle' | transloco }}</h2>
      @if (store.problem(); as problem) {
        <p class="problem" role="alert">{{ problem.message ?? ('profile.failedToSave' | transloco) }}</p>
      }
      @if (store.settings()) {
        <form [formGroup]="form" (ngSubmit)="save()" novalidate>
          <div class="fields">
            @for (field of fields; track field) {
              <mat-form-field appearance="outline" subscriptSizing="dynamic">
                <mat-label>{{ 'profileSettings.timing.' + field | transloco }}</mat-label>
                <input matInput type="number" min="0" step="1" [formControlName]="field" [attr.data-testid]="'timing-' + field" />
                <mat-hint>{{ 'profileSettings.timingHints.' + field | transloco: { value: defaults()?.[field] } }}</mat-hint>
                <mat-error>{{ errors()[field] }}</mat-error>
              </mat-form-field>
            }
          </div>
          <div class="buttons">
            <button mat-flat-button type="submit" [disabled]="store.saving()" data-testid="timing-save">{{ 'profileSettings.saveTiming' | transloco }}</button>
          </div>
        </form>
      }
    </section>
  `,
  styles: `
    .timing {
      margin-top: 32px;
    }
    .fields {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 200px), 1fr));
      gap: 12px 16px;
    }
    mat-form-field {
      width: 100%;
    }
    .buttons {
      margin-top: 16px;
    }
  `,
  providers: [ApprovalTimingStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ApprovalTimingForm implements OnInit {
  protected readonly store = inject(ApprovalTimingStore);
  private readonly messages = inject(FieldMessages);
  protected readonly fields = fields;
  protected readonly form = inject(NonNullableFormBuilder).group({ bankAccountDelayHours: 24, remindAfterDays: 3, escalateAfterDays: 5 });
  protected readonly defaults = computed(() => this.store.settings()?.defaults);
  protected readonly errors = computed(() => Object.fromEntries(Object.entries(this.store.issues()).map(([path, issue]) => [path, this.messages.text(issue)])));

  constructor() {
    effect(() => {
      const settings = this.store.settings();
      if (settings && !this.form.dirty) this.form.setValue(settings.timing);
    });
    effect(() => {
      for (const [path, message] of Object.entries(this.errors())) {
        const control = this.form.get(path) ?? this.form;
        control.setErrors({ issue: message });
        control.markAsTouched();
      }
    });
  }

  ngOnInit(): void {
    this.store.load();
  }

  /** Whether the timing holds changes not saved yet (the page asks before leaving). */
  dirty(): boolean {
    return this.form.dirty;
  }

  protected save(): void {
    this.store.save(this.form.getRawValue(), () => this.form.markAsPristine());
  }
}
