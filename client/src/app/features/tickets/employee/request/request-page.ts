import { ChangeDetectionStrategy, Component, ElementRef, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormsModule, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { Store } from '@ngrx/store';
import type { CatalogueRequestType } from '@portico/shared/tickets/catalogue.schemas';
import { MAX_ATTACHMENTS, MAX_QUESTION_LENGTH } from '@portico/shared/tickets/tickets.schemas';

import { TalkToHr } from '../talk-to-hr/talk-to-hr';
import { AskActions } from '../state/ask.actions';
import { askFeature } from '../state/ask.feature';
import { catalogueInReaderLanguage } from '../state/catalogue-language';
import { nextUploadId, REQUEST_FILES_PREFIX, storedFileIds, UploadActions, uploadsFeature, uploading, type Upload } from '../state/uploads';
import { answerErrors, normalizeAnswers, questionError, type FieldError } from './answers';
import { FileAnswer } from './file-answer';
import { ProblemMessagePipe } from './problem-message.pipe';
import { answerErrorMatcher, answersForm, fieldElementId, RequestFields, type AnswersForm } from './request-fields';
import { targetTime } from './target-time';

/**
 * Writing to HR: the question, what it is about (a request type from the catalogue) and that
 * type's form. Reached from "Continue", "I'd rather ask a person" and "Write to HR"; it shows
 * no handbook suggestions.
 */
@Component({
  selector: 'app-request-page',
  imports: [
    FileAnswer,
    FormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    ProblemMessagePipe,
    ReactiveFormsModule,
    RequestFields,
    RouterLink,
    TranslocoPipe,
  ],
  templateUrl: './request-page.html',
  styleUrl: './request-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RequestPage {
  private readonly store = inject(Store);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly talkToHr = inject(TalkToHr);
  private readonly transloco = inject(TranslocoService);
  /** `?type=` preselects a request type (links from elsewhere in the portal). */
  readonly type = input<string>();

  protected readonly catalogue = this.store.selectSignal(askFeature.selectCatalogue);
  protected readonly catalogueStatus = this.store.selectSignal(askFeature.selectCatalogueStatus);
  private readonly allUploads = this.store.selectSignal(uploadsFeature.selectHelpUploadsState);
  /** This form's files by field id; the request's own under ''. */
  protected readonly uploads = computed((): Partial<Record<string, Upload[]>> =>
    Object.fromEntries(
      Object.entries(this.allUploads())
        .filter(([key]) => key.startsWith(REQUEST_FILES_PREFIX))
        .map(([key, uploads]) => [key.slice(REQUEST_FILES_PREFIX.length), uploads]),
    ),
  );
  protected readonly submitStatus = this.store.selectSignal(askFeature.selectSubmitStatus);
  protected readonly submitProblem = this.store.selectSignal(askFeature.selectSubmitProblem);
  private readonly requestTypes = this.store.selectSignal(askFeature.selectRequestTypes);

  protected readonly question = new FormControl(this.store.selectSignal(askFeature.selectQuestion)(), { nonNullable: true });
  protected readonly maxQuestion = MAX_QUESTION_LENGTH;
  protected readonly matcher = answerErrorMatcher;
  protected readonly questionLength = toSignal(this.question.valueChanges, { initialValue: this.question.value });
  protected readonly chosenTypeId = signal<string | null>(null);
  protected readonly chosenType = computed(() => this.requestTypes().find((type) => type.id === this.chosenTypeId()) ?? null);
  /** One form per request type, kept while the page is open, so switching back keeps the answers. */
  private readonly forms = new Map<string, AnswersForm>();
  protected readonly form = computed(() => {
    const type = this.chosenType();
    if (!type) return null;
    const form = this.forms.get(type.id) ?? answersForm(type);
    this.forms.set(type.id, form);
    return form;
  });
  protected readonly questionError = signal<FieldError | null>(null);
  protected readonly typeError = signal(false);
  /** How many fields to fix after the last attempt to send (0: none). */
  protected readonly errorCount = signal(0);
  protected readonly uploadsPending = signal(false);
  /** The request's own files, beside those of its form's file fields. */
  protected readonly requestFilesKey = '';
  protected readonly maxAttachments = MAX_ATTACHMENTS;
  protected readonly target = computed(() => {
    const type = this.chosenType();
    return type ? targetTime(type.sla.firstResponseMinutes) : null;
  });

  constructor() {
    catalogueInReaderLanguage(this.store, this.transloco);
    effect(() => {
      const preselected = this.type();
      if (preselected && untracked(this.chosenTypeId) === null) this.chosenTypeId.set(preselected);
    });
    // Errors follow the server's problem: by field when it named them, else in the summary.
    effect(() => {
      const problem = this.submitProblem();
      if (!problem) return;
      untracked(() => this.showServerErrors(problem.fields));
    });
  }

  protected choose(type: CatalogueRequestType): void {
    this.chosenTypeId.set(type.id);
    this.typeError.set(false);
  }

  protected categoryId(categoryId: string): string {
    return `category-${categoryId}`;
  }

  protected filesChosen(key: string, files: File[]): void {
    for (const file of files) this.store.dispatch(UploadActions.started({ key: REQUEST_FILES_PREFIX + key, uploadId: nextUploadId(), file }));
  }

  protected uploadRemoved(key: string, uploadId: string): void {
    this.store.dispatch(UploadActions.removed({ key: REQUEST_FILES_PREFIX + key, uploadId }));
  }

  protected openTalkToHr(): void {
    void this.talkToHr.open();
  }

  protected retryCatalogue(): void {
    this.store.dispatch(AskActions.catalogueWanted({ language: this.transloco.getActiveLang() }));
  }

  protected submit(): void {
    const question = this.question.value;
    this.store.dispatch(AskActions.questionKept({ question }));
    const type = this.chosenType();
    const form = this.form();
    const questionProblem = questionError(question);
    this.questionError.set(questionProblem);
    this.question.setErrors(questionProblem ? { answer: questionProblem } : null);
    this.question.markAsTouched();
    this.typeError.set(!type);

    let answerProblems: Record<string, FieldError> = {};
    let answers = {};
    if (type && form) {
      const values = { ...form.getRawValue() };
      for (const field of type.fields) if (field.kind === 'file') values[field.id] = storedFileIds(this.uploads()[field.id]);
      answers = normalizeAnswers(type, values);
      answerProblems = answerErrors(type, answers);
      for (const field of type.fields) {
        const control = form.controls[field.id]!;
        control.setErrors(answerProblems[field.id] ? { answer: answerProblems[field.id] } : null);
        control.markAsTouched();
      }
    }
    const pending = uploading(this.allUploads(), REQUEST_FILES_PREFIX);
    this.uploadsPending.set(pending);
    const count = (questionProblem ? 1 : 0) + (type ? 0 : 1) + Object.keys(answerProblems).length;
    this.errorCount.set(count);
    if (count || pending) {
      this.focusFirstProblem(questionProblem ? 'question' : !type ? 'request-type' : fieldElementId(Object.keys(answerProblems)[0] ?? ''));
      return;
    }
    this.store.dispatch(
      AskActions.submitted({
        request: {
          requestTypeId: type!.id,
          question: question.trim(),
          answers: Object.fromEntries(Object.entries(answers).filter(([, value]) => value !== null)) as Record<string, string | string[]>,
          attachmentIds: storedFileIds(this.uploads()[this.requestFilesKey]),
        },
      }),
    );
  }

  private showServerErrors(fields: Record<string, string>): void {
    const form = this.form();
    let count = 0;
    for (const [path, message] of Object.entries(fields)) {
      const error: FieldError = { key: '', text: message };
      if (path === 'question') this.question.setErrors({ answer: error });
      else if (path === 'requestTypeId') this.typeError.set(true);
      else if (path.startsWith('answers.') && form?.controls[path.slice('answers.'.length)])
        form.controls[path.slice('answers.'.length)]!.setErrors({ answer: error });
      else continue;
      count++;
    }
    this.errorCount.set(count);
  }

  private focusFirstProblem(elementId: string): void {
    // After the errors render: a radio group gets its first option, the rest their own control.
    setTimeout(() => {
      const root = this.host.nativeElement;
      const target =
        elementId === 'request-type' ? root.querySelector<HTMLElement>('input[name="request-type"]') : root.querySelector<HTMLElement>(`#${elementId}`);
      target?.focus();
    });
  }
}
