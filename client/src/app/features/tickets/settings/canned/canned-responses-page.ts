import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, ElementRef, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatAutocompleteModule } from '@angular/material/autocomplete';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import type { ManagedArticleRow } from '@portico/shared/handbook/handbook.schemas';
import { interfaceLanguages, type InterfaceLanguage } from '@portico/shared/i18n/languages';
import { CannedResponseInputSchema, type CannedResponse, type CannedResponseInput } from '@portico/shared/tickets/canned.schemas';

import { problemOf } from '../../../../core/http/problem';
import { confirmation } from '../../../../shared/ui/confirm-dialog/confirm-dialog';
import { FieldMessages, type CodedIssue } from '../../../../core/http/field-messages';
import { issuesByPath, type FieldIssues } from '../../../../core/http/field-errors';
import { SettingsPageHeader } from '../settings-page-header';
import { formValueOf, SettingsPage } from '../settings-page';
import { CannedResponsesStore } from './canned-responses.store';

type Field = 'title' | 'body' | 'language' | 'articleSlug';
const fields: readonly Field[] = ['title', 'body', 'language', 'articleSlug'];

/**
 * Canned responses (issue 5 §5): replies HR writes once, in one language, that agents insert
 * into a reply; one may link a handbook article. One is edited at a time, in place.
 */
@Component({
  selector: 'app-canned-responses-page',
  imports: [
    MatAutocompleteModule,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatSelectModule,
    NgTemplateOutlet,
    ReactiveFormsModule,
    RouterLink,
    SettingsPageHeader,
    TranslocoPipe,
  ],
  templateUrl: './canned-responses-page.html',
  styleUrl: './canned-responses-page.scss',
  providers: [CannedResponsesStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CannedResponsesPage extends SettingsPage {
  protected readonly store = inject(CannedResponsesStore);
  private readonly confirm = confirmation();
  private readonly transloco = inject(TranslocoService);
  private readonly fields = inject(FieldMessages);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  protected readonly languages = interfaceLanguages;
  protected readonly responses = signal<CannedResponse[]>([]);
  /** The response being edited: its id, `new`, or none. */
  protected readonly editing = signal<string | null>(null);
  protected readonly filter = new FormControl('', { nonNullable: true });
  private readonly filterText = toSignal(this.filter.valueChanges, { initialValue: '' });
  protected readonly shown = computed(() => {
    const words = this.filterText().trim().toLocaleLowerCase();
    return words ? this.responses().filter((response) => `${response.title} ${response.body}`.toLocaleLowerCase().includes(words)) : this.responses();
  });

  protected readonly form = new FormGroup({
    title: new FormControl('', { nonNullable: true }),
    language: new FormControl<InterfaceLanguage>('en', { nonNullable: true }),
    body: new FormControl('', { nonNullable: true }),
    articleSlug: new FormControl('', { nonNullable: true }),
  });
  private readonly formValue = formValueOf(this.form);
  private readonly opened = signal('');
  protected readonly dirty = computed(() => this.editing() !== null && JSON.stringify(this.formValue()) !== this.opened());

  /** Handbook articles to link (archived ones cannot be), loaded when an editor first opens. */
  private readonly articles = signal<ManagedArticleRow[] | null>(null);
  protected readonly articleOptions = computed(() => {
    const query = this.formValue().articleSlug.trim().toLocaleLowerCase();
    const linkable = (this.articles() ?? []).filter((article) => article.status !== 'archived');
    return (query ? linkable.filter((article) => `${article.slug} ${article.title}`.toLocaleLowerCase().includes(query)) : linkable).slice(0, 30);
  });
  protected readonly chosenArticle = computed(() => this.articles()?.find((article) => article.slug === this.formValue().articleSlug.trim()) ?? null);

  protected load(): void {
    this.store.load(({ responses }) => this.responses.set(responses));
  }

  protected edit(response: CannedResponse | null): void {
    this.store.leaveChanges(() => this.open(response));
  }

  protected cancel(): void {
    this.editing.set(null);
    this.problem.set(null);
  }

  protected errorOf(field: Field): string | null {
    const control = this.form.controls[field];
    const invalid = control.errors?.['invalid'] as string | undefined;
    // A required field left empty is marked as soon as it is left: say why.
    return invalid ?? (control.hasError('required') ? this.message(field, { code: 'required', message: 'is required' }) : null);
  }

  protected save(): void {
    const id = this.editing();
    if (id === null) return;
    const value = this.formValue();
    const input: CannedResponseInput = { title: value.title, body: value.body, language: value.language, articleSlug: value.articleSlug.trim() || null };
    const checked = CannedResponseInputSchema.safeParse(input);
    this.store.save({
      errors: checked.success ? {} : issuesByPath(checked.error.issues),
      show: (errors) => this.show(errors),
      send: () => this.store.saveCannedResponse(id === 'new' ? null : id, checked.data!),
      saved: (saved) => {
        this.responses.update((responses) =>
          [...responses.filter((response) => response.id !== saved.id), saved].sort((a, b) => a.title.localeCompare(b.title)),
        );
        this.editing.set(null);
      },
      savedKey: 'hr.helpDeskSettings.canned.saved',
    });
  }

  protected remove(response: CannedResponse): void {
    const question = {
      titleKey: 'hr.helpDeskSettings.canned.deleteTitle',
      messageKey: 'hr.helpDeskSettings.canned.deleteMessage',
      confirmKey: 'hr.helpDeskSettings.canned.delete',
    };
    this.confirm(question).subscribe((confirmed) => {
      if (!confirmed) return;
      this.store.deleteCannedResponse(response.id).subscribe({
        next: () => {
          this.responses.update((responses) => responses.filter((existing) => existing.id !== response.id));
          if (this.editing() === response.id) this.editing.set(null);
          this.store.notify('hr.helpDeskSettings.canned.deleted');
        },
        error: (error: unknown) => this.problem.set(problemOf(error)),
      });
    });
  }

  private open(response: CannedResponse | null): void {
    this.problem.set(null);
    this.form.reset({
      title: response?.title ?? '',
      language: response?.language ?? 'en',
      body: response?.body ?? '',
      articleSlug: response?.articleSlug ?? '',
    });
    this.show({});
    this.opened.set(JSON.stringify(this.form.getRawValue()));
    this.editing.set(response?.id ?? 'new');
    if (this.articles() === null) {
      this.articles.set([]);
      // Without the handbook list (no right to it, or offline) a slug can still be typed.
      this.store.articles().subscribe({ next: ({ articles }) => this.articles.set(articles), error: () => undefined });
    }
    setTimeout(() => this.host.nativeElement.querySelector<HTMLInputElement>('[data-testid="canned-title"]')?.focus());
  }

  /** Each error beside its field, in the reader's language. */
  private show(issues: FieldIssues): void {
    for (const field of fields) {
      const issue = issues[field];
      const control = this.form.controls[field];
      control.setErrors(issue ? { invalid: this.message(field, issue) } : null);
      if (issue) control.markAsTouched();
    }
  }

  private message(field: Field, issue: CodedIssue): string {
    if (field === 'articleSlug') return this.transloco.translate('hr.helpDeskSettings.canned.errors.article', { message: this.fields.text(issue) });
    if (field === 'language') return this.transloco.translate('hr.helpDeskSettings.canned.errors.language');
    const max = field === 'title' ? 120 : 10_000;
    return this.transloco.translate(
      issue.code === 'required' ? `hr.helpDeskSettings.canned.errors.${field}Required` : 'hr.helpDeskSettings.canned.errors.tooLong',
      { max },
    );
  }
}
