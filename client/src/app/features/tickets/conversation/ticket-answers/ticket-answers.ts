import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { TicketFile } from '@portico/shared/tickets/tickets.schemas';

import { TicketFiles } from '../ticket-file-link/ticket-file-link';

/** One answer to the request type's form, as it shows: files, or the text (a choice by its label). */
export interface AnswerRow {
  id: string;
  label: string;
  files: string[] | null;
  text: string;
}

/** The ticket's answers in the order it gives them, labelled by its request type's fields (the field's id when the catalogue does not name it). */
export function answerRows(
  answers: Record<string, string | string[] | null>,
  fields: readonly { id: string; label: string; options?: readonly { value: string; label: string }[] }[],
): AnswerRow[] {
  return Object.entries(answers).map(([id, value]) => {
    const field = fields.find((candidate) => candidate.id === id);
    return {
      id,
      label: field?.label ?? id,
      files: Array.isArray(value) ? value : null,
      text: typeof value === 'string' ? (field?.options?.find((option) => option.value === value)?.label ?? value) : '',
    };
  });
}

/**
 * What the ticket's form asked besides the question, and the files attached to the question:
 * shown the same to the employee (their request) and to HR (the ticket page). Under a page's
 * narrow width the page sets `--ticket-answer-columns` (and `--ticket-answer-gap`) on it.
 */
@Component({
  selector: 'app-ticket-answers',
  imports: [TicketFiles],
  template: `
    @if (answers().length) {
      <dl class="answers">
        @for (answer of answers(); track answer.id) {
          <div>
            <dt>{{ answer.label }}</dt>
            <dd>
              @if (answer.files) {
                <app-ticket-files [ticket]="ticket()" [fileIds]="answer.files" [fileUrl]="fileUrl()" />
              } @else {
                {{ answer.text }}
              }
            </dd>
          </div>
        }
      </dl>
    }
    @if (ticket().attachmentIds.length) {
      <p class="files"><app-ticket-files [ticket]="ticket()" [fileIds]="ticket().attachmentIds" [fileUrl]="fileUrl()" /></p>
    }
  `,
  styleUrl: './ticket-answers.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TicketAnswers {
  readonly answers = input.required<readonly AnswerRow[]>();
  readonly ticket = input.required<{ id: string; files: readonly TicketFile[]; attachmentIds: readonly string[] }>();
  readonly fileUrl = input.required<(reference: string, fileId: string) => string>();
}
