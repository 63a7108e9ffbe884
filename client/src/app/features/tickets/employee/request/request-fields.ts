import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import type { ErrorStateMatcher } from '@angular/material/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import { textLimits, type CatalogueField, type CatalogueRequestType } from '@portico/shared/tickets/catalogue.schemas';

import type { Upload } from '../state/uploads';
import type { FieldError } from './answers';
import { FileAnswer } from './file-answer';

export type AnswerControl = FormControl<string | string[] | null>;
export type AnswersForm = FormGroup<Record<string, AnswerControl>>;

/** A form for a request type: one control per field; file fields hold the ids of uploaded files. */
export function answersForm(requestType: CatalogueRequestType): AnswersForm {
  return new FormGroup(
    Object.fromEntries(requestType.fields.map((field) => [field.id, new FormControl<string | string[] | null>(field.kind === 'file' ? [] : '')])),
  );
}

/**
 * A field shows an error once the page has checked the answers with the shared rules (an
 * `answer` error): not while the person is still filling the form in.
 */
export const answerErrorMatcher: ErrorStateMatcher = { isErrorState: (control) => !!control?.errors?.['answer'] };

/** The id of a field's control in the page (also its test id). */
export const fieldElementId = (fieldId: string) => `field-${fieldId}`;

/**
 * The request type's own questions, built from its fields: text, long text, choice, date
 * and file. The rules are checked by the page with the shared `answersSchema`; an error
 * set on a control shows under it.
 */
@Component({
  selector: 'app-request-fields',
  imports: [FileAnswer, MatFormFieldModule, MatInputModule, ReactiveFormsModule, TranslocoPipe],
  templateUrl: './request-fields.html',
  styles: `
    :host {
      display: grid;
      gap: 16px;
    }
    mat-form-field {
      width: 100%;
    }
    app-file-answer {
      margin-bottom: 16px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RequestFields {
  readonly requestType = input.required<CatalogueRequestType>();
  readonly form = input.required<AnswersForm>();
  readonly uploads = input<Partial<Record<string, readonly Upload[]>>>({});
  readonly filesChosen = output<{ key: string; files: File[] }>();
  readonly uploadRemoved = output<{ key: string; uploadId: string }>();
  protected readonly elementId = fieldElementId;
  protected readonly matcher = answerErrorMatcher;

  protected control(field: CatalogueField): AnswerControl {
    return this.form().controls[field.id]!;
  }

  protected error(field: CatalogueField): FieldError | null {
    return (this.control(field).errors?.['answer'] as FieldError | undefined) ?? null;
  }

  protected maxLength(field: CatalogueField): number | null {
    return field.kind === 'text' || field.kind === 'longText' ? (field.maxLength ?? textLimits[field.kind].default) : null;
  }

  protected length(field: CatalogueField): number {
    const value = this.control(field).value;
    return typeof value === 'string' ? value.length : 0;
  }
}
