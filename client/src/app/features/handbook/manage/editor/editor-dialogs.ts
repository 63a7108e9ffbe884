import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { AbstractControl, FormControl, ReactiveFormsModule, Validators, type ValidationErrors } from '@angular/forms';
import { MatAutocompleteModule } from '@angular/material/autocomplete';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { TranslocoPipe } from '@jsverse/transloco';

import { commonContentLanguages, LanguageNamePipe } from '../language-name.pipe';
import { LANGUAGE_TAG_PATTERN } from './editor-form';

/**
 * Saving a published policy: a major change asks everyone to acknowledge again, a minor
 * one does not. Nothing is preselected, so the choice is always made on purpose.
 */
@Component({
  selector: 'app-change-kind-dialog',
  imports: [MatButtonModule, MatDialogModule, MatRadioModule, ReactiveFormsModule, TranslocoPipe],
  template: `
    <h2 mat-dialog-title>{{ 'hr.editor.changeKindTitle' | transloco }}</h2>
    <mat-dialog-content>
      <mat-radio-group class="choices" [formControl]="change" [attr.aria-label]="'hr.editor.changeKindTitle' | transloco">
        <mat-radio-button value="major" data-testid="change-major">
          <strong>{{ 'hr.editor.changeMajor' | transloco }}</strong>
          <span class="hint">{{ 'hr.editor.changeMajorHint' | transloco }}</span>
        </mat-radio-button>
        <mat-radio-button value="minor" data-testid="change-minor">
          <strong>{{ 'hr.editor.changeMinor' | transloco }}</strong>
          <span class="hint">{{ 'hr.editor.changeMinorHint' | transloco }}</span>
        </mat-radio-button>
      </mat-radio-group>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" [mat-dialog-close]="undefined">{{ 'hr.cancel' | transloco }}</button>
      <button mat-flat-button type="button" [disabled]="!change.value" [mat-dialog-close]="change.value" data-testid="confirm-change">
        {{ 'hr.editor.save' | transloco }}
      </button>
    </mat-dialog-actions>
  `,
  styles: `
    .choices {
      display: flex;
      flex-direction: column;
      gap: 12px;
    }
    .hint {
      display: block;
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ChangeKindDialog {
  protected readonly change = new FormControl<'major' | 'minor' | null>(null);
}

const inFuture = (control: AbstractControl<string>): ValidationErrors | null =>
  control.value && new Date(control.value).getTime() <= Date.now() ? { past: true } : null;

/** When a scheduled publication goes live; closes with the moment as an ISO date-time. */
@Component({
  selector: 'app-schedule-dialog',
  imports: [MatButtonModule, MatDialogModule, MatFormFieldModule, MatInputModule, ReactiveFormsModule, TranslocoPipe],
  template: `
    <h2 mat-dialog-title>{{ 'hr.editor.scheduleTitle' | transloco }}</h2>
    <mat-dialog-content>
      <mat-form-field appearance="outline">
        <mat-label>{{ 'hr.editor.publishAt' | transloco }}</mat-label>
        <input matInput type="datetime-local" [formControl]="publishAt" required data-testid="schedule-at" />
        @if (publishAt.hasError('past')) {
          <mat-error>{{ 'hr.editor.scheduleInPast' | transloco }}</mat-error>
        }
      </mat-form-field>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" [mat-dialog-close]="undefined">{{ 'hr.cancel' | transloco }}</button>
      <button mat-flat-button type="button" (click)="schedule()" data-testid="confirm-schedule">{{ 'hr.actions.schedule' | transloco }}</button>
    </mat-dialog-actions>
  `,
  styles: `
    mat-form-field {
      display: block;
      margin-top: 8px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ScheduleDialog {
  private readonly dialog = inject(MatDialogRef<ScheduleDialog, string>);
  protected readonly publishAt = new FormControl('', { nonNullable: true, validators: [Validators.required, inFuture] });

  protected schedule(): void {
    this.publishAt.markAsTouched();
    // datetime-local is the reader's local time; the server gets the same moment in UTC.
    if (this.publishAt.valid) this.dialog.close(new Date(this.publishAt.value).toISOString());
  }
}

export interface AddLanguageData {
  existing: string[];
  current: string;
}

export interface AddLanguageResult {
  language: string;
  copyText: boolean;
}

/** Any language tag may be added (pt-BR, ro…); the common ones are suggested by name. */
@Component({
  selector: 'app-add-language-dialog',
  imports: [
    LanguageNamePipe,
    MatAutocompleteModule,
    MatButtonModule,
    MatCheckboxModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    ReactiveFormsModule,
    TranslocoPipe,
  ],
  template: `
    <h2 mat-dialog-title>{{ 'hr.editor.addLanguage' | transloco }}</h2>
    <mat-dialog-content>
      <mat-form-field appearance="outline">
        <mat-label>{{ 'hr.editor.languageTag' | transloco }}</mat-label>
        <input matInput [formControl]="language" [matAutocomplete]="languages" required data-testid="new-language" />
        <mat-hint>{{ 'hr.editor.languageTagHint' | transloco }}</mat-hint>
        <mat-autocomplete #languages="matAutocomplete">
          @for (tag of suggestions; track tag) {
            <mat-option [value]="tag">{{ tag | languageName }} ({{ tag }})</mat-option>
          }
        </mat-autocomplete>
        @if (language.hasError('pattern')) {
          <mat-error>{{ 'hr.editor.languageTagInvalid' | transloco }}</mat-error>
        } @else if (language.hasError('exists')) {
          <mat-error>{{ 'hr.editor.languageExists' | transloco }}</mat-error>
        }
      </mat-form-field>
      <mat-checkbox [formControl]="copyText">{{ 'hr.editor.copyText' | transloco: { language: (data.current | languageName) } }}</mat-checkbox>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" [mat-dialog-close]="undefined">{{ 'hr.cancel' | transloco }}</button>
      <button mat-flat-button type="button" (click)="add()" data-testid="confirm-language">{{ 'hr.editor.addLanguage' | transloco }}</button>
    </mat-dialog-actions>
  `,
  styles: `
    mat-form-field {
      display: block;
      margin: 8px 0 16px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AddLanguageDialog {
  protected readonly data = inject<AddLanguageData>(MAT_DIALOG_DATA);
  private readonly dialog = inject(MatDialogRef<AddLanguageDialog, AddLanguageResult>);
  protected readonly suggestions = commonContentLanguages.filter((tag) => !this.data.existing.includes(tag));
  protected readonly language = new FormControl('', {
    nonNullable: true,
    validators: [
      Validators.required,
      Validators.pattern(LANGUAGE_TAG_PATTERN),
      (control) => (this.data.existing.includes(control.value as string) ? { exists: true } : null),
    ],
  });
  protected readonly copyText = new FormControl(true, { nonNullable: true });

  protected add(): void {
    this.language.markAsTouched();
    if (this.language.valid) this.dialog.close({ language: this.language.value, copyText: this.copyText.value });
  }
}
