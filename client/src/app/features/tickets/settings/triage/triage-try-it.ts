import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import type { InterfaceLanguage } from '@portico/shared/i18n/languages';
import type { TriagePreview } from '@portico/shared/tickets/triage-editor.schemas';
import type { ManagedCatalogue } from '@portico/shared/tickets/catalogue.schemas';
import { triageDimensions, type TriageRules } from '@portico/shared/tickets/tickets.schemas';

import { problemOf } from '../../../../core/http/problem';
import { dimensionSource, raisedToFloor, teamSource, triageSentence } from '../../agent/ticket/explain';
import { TriageRulesStore } from './triage-rules.store';
import { TriageWords } from './triage-words';

/**
 * "Try it": a made-up request triaged by the server with the rules on the page (saved or
 * not), so HR sees what a rule does before saving it: scores, priority, team and why.
 */
@Component({
  selector: 'app-triage-try-it',
  imports: [MatButtonModule, MatFormFieldModule, MatIconModule, MatInputModule, TranslocoPipe],
  providers: [TriageWords],
  template: `
    <div class="inputs">
      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>{{ 'hr.helpDeskSettings.triage.requestType' | transloco }}</mat-label>
        <select matNativeControl (change)="chooseType($any($event.target).value)" data-testid="try-type">
          @for (type of catalogue().types; track type.id) {
            <option [value]="type.id" [selected]="type.id === typeId()">{{ type.name[language()] }}</option>
          }
        </select>
      </mat-form-field>
      @for (field of choiceFields(); track field.id) {
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>{{ field.label[language()] }}</mat-label>
          <select matNativeControl (change)="answer(field.id, $any($event.target).value)" [attr.data-testid]="'try-answer-' + field.id">
            <option value="" [selected]="!answers()[field.id]">{{ 'hr.helpDeskSettings.triage.noAnswer' | transloco }}</option>
            @for (option of field.options; track option.value) {
              <option [value]="option.value" [selected]="answers()[field.id] === option.value">{{ option.label[language()] }}</option>
            }
          </select>
        </mat-form-field>
      }
      <mat-form-field appearance="outline" subscriptSizing="dynamic" class="question">
        <mat-label>{{ 'hr.helpDeskSettings.triage.question' | transloco }}</mat-label>
        <textarea
          matInput
          rows="3"
          maxlength="10000"
          [value]="question()"
          (input)="question.set($any($event.target).value)"
          data-testid="try-question"
        ></textarea>
      </mat-form-field>
    </div>
    <button mat-stroked-button type="button" (click)="run()" [disabled]="running() || !typeId()" data-testid="try-run">
      <mat-icon svgIcon="science" aria-hidden="true" />{{ 'hr.helpDeskSettings.triage.tryRun' | transloco }}
    </button>

    <div class="result" aria-live="polite" [attr.aria-busy]="running()">
      @if (problem(); as problem) {
        <p class="problem" role="alert">{{ problem }}</p>
      }
      @if (result(); as result) {
        <p class="sentence" data-testid="try-sentence">{{ sentence() }}</p>
        @if (floor()) {
          <p class="hint">{{ 'hr.tickets.triage.floor' | transloco }}</p>
        }
        <dl class="scores" data-testid="try-result">
          <div>
            <dt>{{ 'hr.helpDeskSettings.triage.priority' | transloco }}</dt>
            <dd>
              <strong>{{ 'hr.tickets.priorities.' + result.priority | transloco }}</strong>
            </dd>
          </div>
          @for (score of scores(); track score.dimension) {
            <div [attr.data-testid]="'try-' + score.dimension">
              <dt>{{ 'hr.tickets.triage.dimensions.' + score.dimension | transloco }}</dt>
              <dd>
                <strong>{{ 'hr.tickets.triage.levels.' + score.level | transloco }}</strong><span class="source"> — {{ score.source }}</span>
              </dd>
            </div>
          }
          <div data-testid="try-team">
            <dt>{{ 'hr.helpDeskSettings.triage.team' | transloco }}</dt>
            <dd>
              <strong>{{ teamName(result.teamId) }}</strong>
              @if (teamLine()) {
                <span class="source"> — {{ teamLine() }}</span>
              }
            </dd>
          </div>
        </dl>
      }
    </div>
  `,
  styles: `
    .inputs {
      display: grid;
      gap: 12px;
      grid-template-columns: repeat(auto-fit, minmax(200px, 1fr));
      margin-bottom: 12px;
    }
    .question {
      grid-column: 1 / -1;
    }
    .result {
      margin-top: 12px;
    }
    .sentence {
      font: var(--mat-sys-title-medium);
      margin: 0 0 8px;
    }
    .hint,
    .source {
      color: var(--mat-sys-on-surface-variant);
    }
    .problem {
      color: var(--mat-sys-error);
    }
    .scores {
      display: grid;
      gap: 4px 16px;
      margin: 0;
    }
    .scores > div {
      display: grid;
      grid-template-columns: minmax(90px, max-content) 1fr;
      gap: 12px;
    }
    dt {
      color: var(--mat-sys-on-surface-variant);
    }
    dd {
      margin: 0;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TriageTryIt {
  private readonly store = inject(TriageRulesStore);
  private readonly words = inject(TriageWords);

  readonly rules = input.required<TriageRules>();
  readonly catalogue = input.required<ManagedCatalogue>();
  readonly language = input.required<InterfaceLanguage>();

  protected readonly chosen = signal<string | null>(null);
  protected readonly typeId = computed(() => this.chosen() ?? this.catalogue().types[0]?.id ?? null);
  protected readonly type = computed(() => this.catalogue().types.find((type) => type.id === this.typeId()) ?? null);
  protected readonly choiceFields = computed(() => this.type()?.fields.filter((field) => field.kind === 'choice') ?? []);
  protected readonly answers = signal<Record<string, string>>({});
  protected readonly question = signal('');
  protected readonly running = signal(false);
  protected readonly result = signal<TriagePreview | null>(null);
  protected readonly problem = signal<string | null>(null);

  protected readonly sentence = computed(() => {
    this.language();
    const result = this.result();
    return result ? triageSentence(this.words, result) : '';
  });
  protected readonly floor = computed(() => !!this.result() && raisedToFloor(this.result()!));
  protected readonly scores = computed(() => {
    this.language();
    const result = this.result();
    if (!result) return [];
    return triageDimensions.map((dimension) => {
      const entry = result.explanation.find((item) => item.key === 'triage.dimension' && item.params['dimension'] === dimension);
      return {
        dimension,
        level: result[dimension],
        source: entry ? dimensionSource(this.words, entry, (fieldId, value) => this.answerLabels(fieldId, value)) : '',
      };
    });
  });
  protected readonly teamLine = computed(() => {
    this.language();
    const result = this.result();
    return result ? (teamSource(this.words, result) ?? '') : '';
  });

  protected chooseType(id: string): void {
    this.chosen.set(id);
    this.answers.set({});
    this.result.set(null);
  }

  protected answer(fieldId: string, value: string): void {
    this.answers.update((answers) => {
      const next = { ...answers };
      if (value) next[fieldId] = value;
      else delete next[fieldId];
      return next;
    });
  }

  protected teamName(id: string): string {
    return this.catalogue().teams.find((team) => team.id === id)?.name[this.language()] ?? id;
  }

  protected run(): void {
    const requestTypeId = this.typeId();
    if (!requestTypeId) return;
    this.running.set(true);
    this.problem.set(null);
    this.store.previewTriage({ requestTypeId, answers: this.answers(), question: this.question(), rules: this.rules() }).subscribe({
      next: (result) => {
        this.running.set(false);
        this.result.set(result);
      },
      error: (error: unknown) => {
        this.running.set(false);
        this.result.set(null);
        const problem = problemOf(error);
        this.problem.set(
          problem.code === 'validation_failed' && Object.keys(problem.fields).includes('rules')
            ? this.words.t('hr.helpDeskSettings.triage.tryRulesInvalid')
            : (problem.message ?? this.words.t('hr.errors.generic')),
        );
      },
    });
  }

  private answerLabels(fieldId: string, value?: string): { field: string; value: string } {
    const field = this.type()?.fields.find((candidate) => candidate.id === fieldId);
    const option = field?.options?.find((candidate) => candidate.value === value);
    return { field: field?.label[this.language()] ?? fieldId, value: option?.label[this.language()] ?? value ?? '' };
  }
}
