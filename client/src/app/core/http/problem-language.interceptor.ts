import { HttpErrorResponse, type HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { TranslocoService } from '@jsverse/transloco';
import type { Problem } from '@portico/shared/platform/problem';
import { catchError, throwError } from 'rxjs';

import { fieldText } from './field-messages';
import { isProblem } from './problem';

/**
 * The server's problem documents carry a stable `code` and English words for logs. Before a
 * page sees one, its words are replaced by the reader's-language message for the code
 * (`problems.<code>`; a generic one for a code the client does not know), so no page ever
 * shows a Spanish reader the server's English. Retry-After fills in how long to wait. Each
 * invalid field's message is replaced the same way, by its code (`fields.<code>` with the
 * rule's values; field-messages.ts).
 */
export const problemLanguageInterceptor: HttpInterceptorFn = (request, next) => {
  const transloco = inject(TranslocoService);
  return next(request).pipe(catchError((error: unknown) => throwError(() => inReaderLanguage(error, transloco))));
};

function inReaderLanguage(error: unknown, transloco: TranslocoService): unknown {
  if (!(error instanceof HttpErrorResponse) || !isProblem(error.error)) return error;
  const seconds = Math.max(1, Number(error.headers.get('Retry-After')) || 0);
  const key = `problems.${error.error.code}`;
  const translated = transloco.translate(key, { seconds, minutes: Math.ceil(seconds / 60) });
  const detail = translated && translated !== key ? translated : transloco.translate('problems.unknown');
  const errors = error.error.errors?.map((issue) => ({ ...issue, message: fieldText(issue, transloco) }));
  const problem: Problem = { ...error.error, title: detail, detail, ...(errors ? { errors } : {}) };
  return new HttpErrorResponse({ error: problem, headers: error.headers, status: error.status, statusText: error.statusText, url: error.url ?? undefined });
}
