import { Injectable, inject } from '@angular/core';
import { TranslocoService } from '@jsverse/transloco';
import { fieldIssueCodes, type FieldIssueCode, type FieldIssueParams } from '@portico/shared/platform/field-issues';

/** A field's issue as the shared schemas and the server's 400 name it (shared/src/platform/field-issues.ts). */
export interface CodedIssue {
  code: FieldIssueCode;
  params?: FieldIssueParams;
  /** English, for logs; never shown to a reader. */
  message: string;
}

/**
 * What is wrong with a field, in the reader's language: `fields.<code>` with the issue's
 * values, or a generic message for a code this client does not know. Pages with a better
 * word for one of their fields say it themselves and fall back to this.
 */
@Injectable({ providedIn: 'root' })
export class FieldMessages {
  private readonly transloco = inject(TranslocoService);

  text(issue: Pick<CodedIssue, 'code' | 'params'>): string {
    return fieldText(issue, this.transloco);
  }
}

export function fieldText(issue: { code?: string; params?: FieldIssueParams }, transloco: TranslocoService): string {
  const known = (fieldIssueCodes as readonly string[]).includes(issue.code ?? '');
  return transloco.translate(known ? `fields.${issue.code}` : 'fields.invalid', issue.params ?? {});
}
