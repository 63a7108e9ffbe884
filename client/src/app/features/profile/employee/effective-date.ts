import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { ReactiveFormsModule, type FormControl } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';

/** "Takes effect on": an optional date for a change that waits for approval (today or later). */
@Component({
  selector: 'app-effective-date',
  imports: [MatFormFieldModule, MatInputModule, ReactiveFormsModule, TranslocoPipe],
  template: `
    <mat-form-field appearance="outline" subscriptSizing="dynamic">
      <mat-label>{{ 'profile.fields.effectiveDate' | transloco }}</mat-label>
      <input matInput type="date" [formControl]="control()" data-testid="effective-date" />
      <mat-hint>{{ 'profile.hints.effectiveDate' | transloco }}</mat-hint>
      @if (error(); as error) {
        <mat-error>{{ error }}</mat-error>
      }
    </mat-form-field>
  `,
  styles: `
    mat-form-field {
      width: min(100%, 280px);
      margin-bottom: 8px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EffectiveDate {
  readonly control = input.required<FormControl<string>>();
  readonly error = input<string | null>(null);
}
