import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, ElementRef, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { TranslocoDatePipe } from '@jsverse/transloco-locale';
import type { TriageRulesSettings } from '@portico/shared/tickets/triage-editor.schemas';
import type { ManagedCatalogue } from '@portico/shared/tickets/catalogue.schemas';
import {
  TriageRulesSchema,
  triageDimensions,
  triageLevels,
  type TriageDimension,
  type TriageLevel,
  type TriageRules,
} from '@portico/shared/tickets/tickets.schemas';

import { interfaceLanguageOf } from '../../../../core/i18n/interface-language';
import { FieldMessages, type CodedIssue } from '../../../../core/http/field-messages';
import { errorsUnder, issuesByPath, type FieldErrors, type FieldIssues } from '../../../../core/http/field-errors';
import { SettingsPageHeader } from '../settings-page-header';
import { SettingsPage } from '../settings-page';
import { TriageRulesStore } from './triage-rules.store';
import { addRule, changeFallback, changeRule, moveRule, reasonKey, removeRule, type RuleList } from './rule-lists';
import { TriageTryIt } from './triage-try-it';

/**
 * The triage rules (issue 5 §4), as HR edits them: each request type's starting scores,
 * form answers and words in the question that raise a score (words may also route to
 * another team), and "Try it" to see what a request would get before saving.
 */
@Component({
  selector: 'app-triage-rules-page',
  imports: [
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    NgTemplateOutlet,
    SettingsPageHeader,
    TranslocoDatePipe,
    TranslocoPipe,
    TriageTryIt,
  ],
  templateUrl: './triage-rules-page.html',
  styleUrl: './triage-rules-page.scss',
  providers: [TriageRulesStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TriageRulesPage extends SettingsPage {
  protected readonly store = inject(TriageRulesStore);
  private readonly transloco = inject(TranslocoService);
  private readonly fields = inject(FieldMessages);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  protected readonly dimensions = triageDimensions;
  protected readonly levels = triageLevels;
  protected readonly language = interfaceLanguageOf(this.transloco);
  protected readonly catalogue = signal<ManagedCatalogue>({ types: [], teams: [] });
  protected readonly rules = signal<TriageRules>({
    typeDefaults: [],
    fallback: { complexity: 'low', severity: 'low', effort: 'low' },
    answerRules: [],
    keywordRules: [],
  });
  protected readonly stored = signal<Pick<TriageRulesSettings, 'updatedAt' | 'updatedBy'>>({ updatedAt: null, updatedBy: null });
  private readonly saved = signal('');
  protected readonly errors = signal<FieldErrors>({});
  protected readonly dirty = computed(() => this.status() === 'loaded' && JSON.stringify(this.rules()) !== this.saved());
  protected readonly errorCount = computed(() => Object.keys(this.errors()).length);

  protected load(): void {
    this.store.load(([settings, catalogue]) => {
      this.catalogue.set(catalogue);
      this.loaded(settings);
    });
  }

  /* ---- names ---- */

  protected typeName(id: string): string {
    return this.catalogue().types.find((type) => type.id === id)?.name[this.language()] ?? id;
  }

  protected fieldsOf(typeId: string) {
    return (
      this.catalogue()
        .types.find((type) => type.id === typeId)
        ?.fields.filter((field) => field.kind !== 'file') ?? []
    );
  }

  protected optionsOf(typeId: string, fieldId: string) {
    return this.fieldsOf(typeId).find((field) => field.id === fieldId)?.options ?? null;
  }

  /** Errors of one rule (or one of its values), in the reader's language. */
  protected errorsOf(path: string): string[] {
    return [...new Set(errorsUnder(this.errors(), path))];
  }

  /* ---- edits ---- */

  protected set(list: RuleList, index: number, change: Record<string, string | null>): void {
    this.rules.update((rules) => changeRule(rules, list, index, change as never));
  }

  /** An answer rule's type or field changed: the value must be one of the new field's. */
  protected setAnswerTarget(index: number, change: { requestTypeId?: string; fieldId?: string }): void {
    this.rules.update((rules) => {
      const rule = { ...rules.answerRules[index]!, ...change };
      const fields = this.fieldsOf(rule.requestTypeId);
      const field = fields.find((candidate) => candidate.id === rule.fieldId) ?? fields.find((candidate) => candidate.kind === 'choice') ?? fields[0];
      const options = field?.options ?? null;
      return changeRule(rules, 'answerRules', index, {
        ...change,
        fieldId: field?.id ?? rule.fieldId,
        value: options && !options.some((option) => option.value === rule.value) ? options[0]!.value : rule.value,
      });
    });
  }

  protected setReason(list: RuleList, index: number, input: HTMLInputElement): void {
    const key = reasonKey(input.value);
    input.value = key;
    this.set(list, index, { reason: key });
  }

  protected setScore(index: number, dimension: TriageDimension, level: string): void {
    this.rules.update((rules) => changeRule(rules, 'typeDefaults', index, { [dimension]: level as TriageLevel }));
  }

  protected setFallback(dimension: TriageDimension, level: string): void {
    this.rules.update((rules) => changeFallback(rules, dimension, level as TriageLevel));
  }

  protected add(list: RuleList): void {
    const types = this.catalogue().types;
    this.rules.update((rules) => {
      if (list === 'typeDefaults') {
        const free = types.find((type) => !rules.typeDefaults.some((entry) => entry.requestTypeId === type.id)) ?? types[0];
        return addRule(rules, list, { requestTypeId: free?.id ?? '', complexity: 'low', severity: 'low', effort: 'low', reason: '' });
      }
      if (list === 'answerRules') {
        const type = types.find((candidate) => candidate.fields.some((field) => field.kind === 'choice')) ?? types[0];
        const field = type?.fields.find((candidate) => candidate.kind === 'choice');
        return addRule(rules, list, {
          requestTypeId: type?.id ?? '',
          fieldId: field?.id ?? '',
          value: field?.options?.[0]?.value ?? '',
          dimension: 'severity',
          level: 'medium',
          reason: '',
        });
      }
      return addRule(rules, list, { pattern: '', dimension: 'severity', level: 'medium', reason: '', teamId: null });
    });
    // The new rule's first field, for keyboard users.
    setTimeout(() =>
      document
        .querySelector<HTMLElement>(
          `[data-testid="${list}-${this.rules()[list].length - 1}"] select, [data-testid="${list}-${this.rules()[list].length - 1}"] input`,
        )
        ?.focus(),
    );
  }

  protected remove(list: RuleList, index: number): void {
    this.rules.update((rules) => removeRule(rules, list, index));
    this.errors.set({});
  }

  protected move(list: RuleList, index: number, by: -1 | 1): void {
    this.rules.update((rules) => moveRule(rules, list, index, by));
    this.errors.set({});
  }

  protected discard(): void {
    this.rules.set(JSON.parse(this.saved()) as TriageRules);
    this.errors.set({});
    this.problem.set(null);
  }

  protected save(): void {
    const rules = this.rules();
    const checked = TriageRulesSchema.safeParse(rules);
    this.store.save({
      errors: { ...(checked.success ? {} : issuesByPath(checked.error.issues)), ...this.duplicateDefaults(rules) },
      show: (errors) => {
        this.show(errors);
        if (Object.keys(errors).length) this.revealFirstError();
      },
      send: () => this.store.saveTriageRules(rules),
      saved: (settings) => this.loaded(settings),
      savedKey: 'hr.helpDeskSettings.triage.saved',
    });
  }

  /** The first rule to fix, scrolled to and its first field focused (the summary above says how many). */
  private revealFirstError(): void {
    setTimeout(() => {
      const rule = this.host.nativeElement.querySelector<HTMLElement>('.rule.invalid');
      rule?.scrollIntoView({ block: 'center' });
      rule?.querySelector<HTMLElement>('[aria-invalid="true"], input, select')?.focus({ preventScroll: true });
    });
  }

  private loaded(settings: TriageRulesSettings): void {
    this.rules.set(settings.rules);
    this.saved.set(JSON.stringify(settings.rules));
    this.stored.set({ updatedAt: settings.updatedAt, updatedBy: settings.updatedBy });
    this.errors.set({});
    this.status.set('loaded');
  }

  /** A request type listed twice: only the first line would count (the server says so too). */
  private duplicateDefaults(rules: TriageRules): FieldIssues {
    const errors: FieldIssues = {};
    const seen = new Set<string>();
    rules.typeDefaults.forEach((entry, index) => {
      if (seen.has(entry.requestTypeId))
        errors[`typeDefaults.${index}.requestTypeId`] = { code: 'default_twice', params: { value: entry.requestTypeId }, message: 'listed twice' };
      seen.add(entry.requestTypeId);
    });
    return errors;
  }

  private show(issues: FieldIssues): void {
    const translated: FieldErrors = {};
    for (const [path, issue] of Object.entries(issues)) translated[path] = this.message(path, issue);
    this.errors.set(translated);
  }

  /** This page's words for its rules; the shared message for the code otherwise, in the reader's language either way. */
  private message(path: string, issue: CodedIssue): string {
    const field = path.split('.').at(-1);
    const key =
      issue.code === 'default_twice'
        ? 'duplicateType'
        : field === 'pattern'
          ? issue.code === 'pattern'
            ? 'pattern'
            : 'patternRequired'
          : field === 'reason'
            ? 'reason'
            : null;
    return key ? this.transloco.translate(`hr.helpDeskSettings.triage.errors.${key}`) : this.fields.text(issue);
  }
}
