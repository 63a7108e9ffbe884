import { HttpErrorResponse } from '@angular/common/http';
import type { Problem } from '@portico/shared/platform/problem';

/** What a page shows of a failed request: its message in the reader's language, and its field errors by name. */
export interface ShownProblem {
  status: number;
  code: string;
  /** In the reader's language (problem-language.interceptor.ts); null when no problem document came (network down). */
  message: string | null;
  /**
   * Field errors by where they are in the input, without `body.`/`params.`: the first
   * segment (`body.tags.0` → `tags`), two for a form answer (`body.answers.payPeriod` →
   * `answers.payPeriod`).
   */
  fields: Record<string, string>;
}

/** Whether a response body is an RFC 9457 problem document. */
export function isProblem(body: unknown): body is Problem {
  return typeof body === 'object' && body !== null && typeof (body as Problem).code === 'string' && typeof (body as Problem).title === 'string';
}

/** Reads an RFC 9457 problem document out of a failed request (anything else becomes a bare status). */
export function problemOf(error: unknown): ShownProblem {
  const status = error instanceof HttpErrorResponse ? error.status : 0;
  const body: unknown = error instanceof HttpErrorResponse ? error.error : null;
  if (!isProblem(body)) return { status, code: status ? `http_${status}` : 'network', message: null, fields: {} };
  const fields: Record<string, string> = {};
  for (const { path, message } of body.errors ?? []) {
    const segments = path.split('.');
    if (['body', 'query', 'params'].includes(segments[0]!) && segments.length > 1) segments.shift();
    const field = segments.slice(0, segments[0] === 'answers' ? 2 : 1).join('.') || 'form';
    fields[field] ??= message;
  }
  return { status, code: body.code, message: body.detail ?? body.title, fields };
}
