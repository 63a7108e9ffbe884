import type { ProblemCode } from '@portico/shared/platform/problem';
import type { FieldIssue } from '@portico/shared/platform/field-issues';

/**
 * An error that becomes an RFC 9457 problem response. Throw it (or return a rejected
 * promise) from any handler; the error handler in `http/problem-handler.ts` renders it.
 */
export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: ProblemCode,
    readonly title: string,
    readonly detail?: string,
    readonly errors?: FieldIssue[],
  ) {
    super(detail ?? title);
    this.name = 'HttpProblem';
  }
}

export const notFound = (detail?: string) => new HttpProblem(404, 'not_found', 'Not found', detail);

export const validationFailed = (errors: FieldIssue[]) =>
  new HttpProblem(400, 'validation_failed', 'The request is not valid', 'See `errors` for each invalid field.', errors);

export const serviceUnavailable = (code: ProblemCode, detail: string) => new HttpProblem(503, code, 'Service unavailable', detail);
