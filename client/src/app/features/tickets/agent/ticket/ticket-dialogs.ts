import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormControl, FormGroup, FormsModule, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';

/** Like the server's TicketReferenceSchema: HR-<year>-<at least five digits>. */
const REFERENCE = /^HR-\d{4}-\d{5,9}$/;

/**
 * Merging a duplicate: which ticket it goes into, and what will happen, before anything
 * does. Closes with the other reference, upper-cased, or nothing.
 */
@Component({
  selector: 'app-merge-dialog',
  imports: [FormsModule, MatButtonModule, MatDialogModule, MatFormFieldModule, MatInputModule, ReactiveFormsModule, TranslocoPipe],
  template: `
    <h2 mat-dialog-title>{{ 'hr.tickets.merge.title' | transloco: { reference: data.reference } }}</h2>
    <form (ngSubmit)="submit()" id="merge-form">
      <mat-dialog-content>
        <p>{{ 'hr.tickets.merge.explain' | transloco: { reference: data.reference } }}</p>
        <mat-form-field appearance="outline" class="into">
          <mat-label>{{ 'hr.tickets.merge.into' | transloco }}</mat-label>
          <input matInput [formControl]="into" placeholder="HR-2026-00042" autocomplete="off" data-testid="merge-into" cdkFocusInitial />
          <mat-hint>{{ 'hr.tickets.merge.hint' | transloco }}</mat-hint>
          @if (into.hasError('pattern') || into.hasError('required')) {
            <mat-error>{{ 'hr.tickets.merge.invalid' | transloco }}</mat-error>
          } @else if (into.hasError('self')) {
            <mat-error>{{ 'hr.tickets.merge.self' | transloco }}</mat-error>
          }
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" [mat-dialog-close]="undefined">{{ 'hr.cancel' | transloco }}</button>
        <button mat-flat-button type="submit" data-testid="confirm-merge">{{ 'hr.tickets.merge.confirm' | transloco }}</button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .into {
      width: 100%;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MergeDialog {
  protected readonly data = inject<{ reference: string }>(MAT_DIALOG_DATA);
  private readonly dialog = inject<MatDialogRef<MergeDialog, string>>(MatDialogRef);
  protected readonly into = new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.pattern(REFERENCE)] });

  protected submit(): void {
    const reference = this.into.value.trim().toUpperCase();
    this.into.setValue(reference);
    if (reference === this.data.reference) this.into.setErrors({ self: true });
    this.into.markAsTouched();
    if (this.into.valid) this.dialog.close(reference);
  }
}

export interface HandbookDraftData {
  title: string;
  language: string;
}

/** The draft's title and language before it is created from a reply. */
@Component({
  selector: 'app-handbook-draft-dialog',
  imports: [MatButtonModule, MatDialogModule, MatFormFieldModule, MatInputModule, MatSelectModule, ReactiveFormsModule, TranslocoPipe],
  template: `
    <h2 mat-dialog-title>{{ 'hr.tickets.draft.title' | transloco }}</h2>
    <form [formGroup]="form" (ngSubmit)="submit()">
      <mat-dialog-content>
        <p>{{ 'hr.tickets.draft.explain' | transloco }}</p>
        <mat-form-field appearance="outline" class="wide">
          <mat-label>{{ 'hr.tickets.draft.articleTitle' | transloco }}</mat-label>
          <input matInput formControlName="title" maxlength="200" data-testid="draft-title" cdkFocusInitial />
          @if (form.controls.title.invalid) {
            <mat-error>{{ 'hr.tickets.draft.titleRequired' | transloco }}</mat-error>
          }
        </mat-form-field>
        <mat-form-field appearance="outline" class="wide">
          <mat-label>{{ 'hr.tickets.draft.language' | transloco }}</mat-label>
          <mat-select formControlName="language" data-testid="draft-language">
            <mat-option value="en">English</mat-option>
            <mat-option value="es">Español</mat-option>
          </mat-select>
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" [mat-dialog-close]="undefined">{{ 'hr.cancel' | transloco }}</button>
        <button mat-flat-button type="submit" data-testid="confirm-draft">{{ 'hr.tickets.draft.create' | transloco }}</button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .wide {
      width: 100%;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HandbookDraftDialog {
  private readonly data = inject<HandbookDraftData>(MAT_DIALOG_DATA);
  private readonly dialog = inject<MatDialogRef<HandbookDraftDialog, HandbookDraftData>>(MatDialogRef);
  protected readonly form = new FormGroup({
    title: new FormControl(this.data.title, { nonNullable: true, validators: [Validators.required, Validators.maxLength(200)] }),
    language: new FormControl(this.data.language, { nonNullable: true }),
  });

  protected submit(): void {
    const title = this.form.controls.title.value.trim();
    if (!title) this.form.controls.title.setErrors({ required: true });
    this.form.markAllAsTouched();
    if (this.form.valid) this.dialog.close({ title, language: this.form.controls.language.value });
  }
}
