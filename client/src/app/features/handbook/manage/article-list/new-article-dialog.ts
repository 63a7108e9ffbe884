import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { Actions, ofType } from '@ngrx/effects';
import { Store } from '@ngrx/store';

import { commonContentLanguages, LanguageNamePipe } from '../language-name.pipe';
import { ArticleListActions } from './state/article-list.actions';
import { articleListFeature } from './state/article-list.feature';

/** Title and language are all a draft needs; it then opens in the editor. */
@Component({
  selector: 'app-new-article-dialog',
  imports: [LanguageNamePipe, MatButtonModule, MatDialogModule, MatFormFieldModule, MatInputModule, MatSelectModule, ReactiveFormsModule, TranslocoPipe],
  template: `
    <h2 mat-dialog-title>{{ 'hr.list.newArticle' | transloco }}</h2>
    <form [formGroup]="form" (ngSubmit)="create()" id="new-article-form">
      <mat-dialog-content>
        <mat-form-field appearance="outline">
          <mat-label>{{ 'hr.editor.title' | transloco }}</mat-label>
          <input matInput formControlName="title" maxlength="200" required cdkFocusInitial data-testid="new-article-title" />
          @if (form.controls.title.hasError('required')) {
            <mat-error>{{ 'hr.editor.titleRequired' | transloco }}</mat-error>
          }
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>{{ 'hr.editor.language' | transloco }}</mat-label>
          <mat-select formControlName="language">
            @for (language of languages; track language) {
              <mat-option [value]="language">{{ language | languageName }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
        @if (problem(); as problem) {
          <p class="error" role="alert">{{ problem.fields['title'] || problem.message || ('hr.errors.generic' | transloco) }}</p>
        }
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ 'hr.cancel' | transloco }}</button>
        <button mat-flat-button type="submit" [disabled]="creating()">{{ 'hr.list.create' | transloco }}</button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    mat-form-field {
      display: block;
    }
    .error {
      color: var(--mat-sys-error);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NewArticleDialog {
  private readonly store = inject(Store);
  protected readonly languages = commonContentLanguages;
  protected readonly creating = this.store.selectSignal(articleListFeature.selectCreatingDraft);
  private readonly submitted = signal(false);
  private readonly lastProblem = this.store.selectSignal(articleListFeature.selectDraftProblem);
  /** Only this dialog's own attempt: an earlier failure elsewhere is not shown here. */
  protected readonly problem = computed(() => (this.submitted() ? this.lastProblem() : null));
  protected readonly form = inject(NonNullableFormBuilder).group({
    title: ['', [Validators.required, Validators.maxLength(200)]],
    language: [inject(TranslocoService).getActiveLang()],
  });

  constructor() {
    // Material closes dialogs on history navigation only, not on the router's: close once the draft exists.
    const dialog = inject(MatDialogRef);
    inject(Actions)
      .pipe(ofType(ArticleListActions.draftCreated), takeUntilDestroyed())
      .subscribe(() => dialog.close());
  }

  protected create(): void {
    const { title, language } = this.form.getRawValue();
    if (this.form.invalid || !title.trim()) {
      this.form.markAllAsTouched();
      return;
    }
    this.submitted.set(true);
    this.store.dispatch(ArticleListActions.newDraftRequested({ draft: { title: title.trim(), language } }));
  }
}
