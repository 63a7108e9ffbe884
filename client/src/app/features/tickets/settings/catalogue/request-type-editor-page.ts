import { ChangeDetectionStrategy, Component, ElementRef, computed, inject, input, signal } from '@angular/core';
import { MatAutocompleteModule, type MatAutocompleteSelectedEvent } from '@angular/material/autocomplete';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatChipsModule } from '@angular/material/chips';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { Router } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import type { ManagedArticleRow } from '@portico/shared/handbook/handbook.schemas';
import { interfaceLanguages } from '@portico/shared/i18n/languages';
import {
  MAX_FIELDS,
  NewRequestTypeSchema,
  fieldKinds,
  ticketCategories,
  ticketCategoryNames,
  ticketPriorities,
  type FieldKind,
  type ManagedCatalogue,
  type ManagedRequestType,
} from '@portico/shared/tickets/catalogue.schemas';

import { interfaceLanguageOf } from '../../../../core/i18n/interface-language';
import { FieldMessages, type CodedIssue } from '../../../../core/http/field-messages';
import { errorsUnder, issuesByPath, type FieldErrors, type FieldIssues } from '../../../../core/http/field-errors';
import { SettingsPageHeader } from '../settings-page-header';
import { SettingsPage } from '../settings-page';
import { RequestTypeEditorStore } from './request-type-editor.store';
import { draftOf, emptyDraft, newField, requestTypeOf, setIn, type FieldDraft, type RequestTypeDraft } from './request-type-draft';

/**
 * One request type of the service catalogue (issue 5 §1), new (`/catalogue/types/new`) or
 * existing: names and descriptions in every language, category, team, priority, SLA targets
 * in business hours or days, confidentiality, linked handbook articles and its form fields.
 */
@Component({
  selector: 'app-request-type-editor-page',
  imports: [
    MatAutocompleteModule,
    MatButtonModule,
    MatCheckboxModule,
    MatChipsModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    SettingsPageHeader,
    TranslocoPipe,
  ],
  templateUrl: './request-type-editor-page.html',
  styleUrl: './request-type-editor-page.scss',
  providers: [RequestTypeEditorStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RequestTypeEditorPage extends SettingsPage {
  protected readonly store = inject(RequestTypeEditorStore);
  private readonly router = inject(Router);
  private readonly transloco = inject(TranslocoService);
  private readonly fields = inject(FieldMessages);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  /** From the address: a request type's id, or `new`. */
  readonly id = input.required<string>();
  protected readonly isNew = computed(() => this.id() === 'new');

  protected readonly languages = interfaceLanguages;
  protected readonly categories = ticketCategories;
  protected readonly categoryNames = ticketCategoryNames;
  protected readonly priorities = ticketPriorities;
  protected readonly kinds = fieldKinds;
  protected readonly maxFields = MAX_FIELDS;
  protected readonly language = interfaceLanguageOf(this.transloco);

  protected readonly catalogue = signal<ManagedCatalogue>({ types: [], teams: [] });
  protected readonly draft = signal<RequestTypeDraft>(emptyDraft(''));
  private readonly saved = signal('');
  protected readonly errors = signal<FieldErrors>({});
  protected readonly errorCount = computed(() => Object.keys(this.errors()).length);
  protected readonly dirty = computed(() => this.status() === 'loaded' && JSON.stringify(this.draft()) !== this.saved());

  private readonly articles = signal<ManagedArticleRow[]>([]);
  protected readonly articleQuery = signal('');
  protected readonly articleOptions = computed(() => {
    const query = this.articleQuery().trim().toLocaleLowerCase();
    const linked = new Set(this.draft().articleSlugs);
    return this.articles()
      .filter((article) => article.status !== 'archived' && !linked.has(article.slug))
      .filter((article) => !query || `${article.slug} ${article.title}`.toLocaleLowerCase().includes(query))
      .slice(0, 30);
  });

  protected load(): void {
    this.store.load(([catalogue, { articles }]) => {
      this.catalogue.set(catalogue);
      this.articles.set(articles);
      const existing = catalogue.types.find((type) => type.id === this.id());
      if (!this.isNew() && !existing) return 'missing';
      this.loaded(existing ? draftOf(existing) : emptyDraft(catalogue.teams[0]?.id ?? ''));
      return 'loaded';
    });
  }

  /* ---- reading ---- */

  protected errorAt(path: string): string | null {
    return this.errors()[path] ?? null;
  }

  protected errorsOf(path: string): string[] {
    return [...new Set(errorsUnder(this.errors(), path))];
  }

  protected articleTitle(slug: string): string {
    return this.articles().find((article) => article.slug === slug)?.title ?? slug;
  }

  /* ---- edits ---- */

  protected set(path: readonly (string | number)[], value: unknown): void {
    this.draft.update((draft) => setIn(draft, path, value));
  }

  protected setNumber(path: readonly (string | number)[], text: string): void {
    const value = Number(text);
    this.set(path, text.trim() === '' || Number.isNaN(value) ? 0 : value);
  }

  protected setMaxLength(index: number, text: string): void {
    this.set(['fields', index, 'maxLength'], text.trim() === '' ? null : Number(text));
  }

  protected setKind(index: number, kind: FieldKind): void {
    this.draft.update((draft) => {
      const field = draft.fields[index]!;
      const options =
        kind === 'choice' && field.options.length === 0
          ? [
              { value: 'yes', label: { en: 'Yes', es: 'Sí' } },
              { value: 'no', label: { en: 'No', es: 'No' } },
            ]
          : field.options;
      return setIn(draft, ['fields', index], { ...field, kind, options } satisfies FieldDraft);
    });
  }

  protected addField(): void {
    this.draft.update((draft) => ({ ...draft, fields: [...draft.fields, newField(draft.fields.length)] }));
    this.focusLast('.field-editor');
  }

  protected removeField(index: number): void {
    this.draft.update((draft) => ({ ...draft, fields: draft.fields.filter((_field, at) => at !== index) }));
    this.errors.set({});
  }

  protected moveField(index: number, by: -1 | 1): void {
    this.draft.update((draft) => {
      const fields = [...draft.fields];
      const target = index + by;
      if (target < 0 || target >= fields.length) return draft;
      [fields[index], fields[target]] = [fields[target]!, fields[index]!];
      return { ...draft, fields };
    });
    this.errors.set({});
  }

  protected addOption(index: number): void {
    this.draft.update((draft) => setIn(draft, ['fields', index, 'options'], [...draft.fields[index]!.options, { value: '', label: { en: '', es: '' } }]));
  }

  protected removeOption(index: number, option: number): void {
    this.draft.update((draft) =>
      setIn(
        draft,
        ['fields', index, 'options'],
        draft.fields[index]!.options.filter((_option, at) => at !== option),
      ),
    );
    this.errors.set({});
  }

  protected linkArticle(event: MatAutocompleteSelectedEvent, input: HTMLInputElement): void {
    const slug = event.option.value as string;
    this.draft.update((draft) => (draft.articleSlugs.includes(slug) ? draft : { ...draft, articleSlugs: [...draft.articleSlugs, slug] }));
    input.value = '';
    this.articleQuery.set('');
  }

  protected unlinkArticle(slug: string): void {
    this.draft.update((draft) => ({ ...draft, articleSlugs: draft.articleSlugs.filter((existing) => existing !== slug) }));
  }

  protected save(): void {
    const type = requestTypeOf(this.draft());
    const checked = NewRequestTypeSchema.safeParse(this.isNew() ? type : { ...type, id: this.id() });
    this.store.save({
      errors: checked.success ? {} : issuesByPath(checked.error.issues),
      show: (errors) => this.show(errors),
      send: () => {
        const { id, ...definition } = checked.data!;
        return this.isNew() ? this.store.createRequestType({ id, ...definition }) : this.store.updateRequestType(this.id(), definition);
      },
      saved: (saved: ManagedRequestType) => {
        this.loaded(draftOf(saved));
        if (this.isNew()) void this.router.navigate(['/hr/help-desk/settings/catalogue/types', checked.data!.id], { replaceUrl: true });
      },
      savedKey: 'hr.helpDeskSettings.catalogue.typeSaved',
      refused: (problem) => {
        if (problem.status === 409) this.errors.set({ id: this.transloco.translate('hr.helpDeskSettings.catalogue.errors.idTaken') });
        else this.problem.set(problem);
      },
    });
  }

  private loaded(draft: RequestTypeDraft): void {
    this.draft.set(draft);
    this.saved.set(JSON.stringify(draft));
    this.errors.set({});
    this.status.set('loaded');
  }

  /** Errors by where they are in the form; SLA targets are shown in the form's units. */
  private show(issues: FieldIssues): void {
    const shown: FieldErrors = {};
    for (const [path, issue] of Object.entries(issues)) {
      const at = path.replace('sla.firstResponseMinutes', 'firstResponse').replace('sla.resolutionMinutes', 'resolution');
      shown[at] ??= this.message(at, issue);
    }
    this.errors.set(shown);
    if (!Object.keys(shown).length) return;
    setTimeout(() => this.host.nativeElement.querySelector<HTMLElement>('.invalid, [data-invalid="true"]')?.scrollIntoView({ block: 'center' }));
  }

  private message(path: string, issue: CodedIssue): string {
    const keys: [RegExp, string][] = [
      [/^(name|description)\.|label\.|hint\.|\.label$/, issue.code === 'required' ? 'required' : 'tooLong'],
      [/^id$|options\.\d+\.value$/, issue.code === 'listed_twice' ? '' : 'slug'],
      [/^fields\.\d+\.id$/, issue.code === 'listed_twice' ? 'fieldIdTwice' : 'fieldId'],
      [/options$/, issue.code === 'two_options' ? 'twoOptions' : ''],
      [/^resolution$/, issue.code === 'resolution_before_first_response' ? 'resolutionFirst' : 'sla'],
      [/^firstResponse$/, 'sla'],
    ];
    const key = keys.find(([pattern]) => pattern.test(path))?.[1];
    return key ? this.transloco.translate(`hr.helpDeskSettings.catalogue.errors.${key}`) : this.fields.text(issue);
  }

  private focusLast(selector: string): void {
    setTimeout(() => {
      const all = this.host.nativeElement.querySelectorAll<HTMLElement>(selector);
      all[all.length - 1]?.querySelector<HTMLElement>('input, select')?.focus();
    });
  }
}
