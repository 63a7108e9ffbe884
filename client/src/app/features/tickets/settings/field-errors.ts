import { HttpErrorResponse } from '@angular/common/http';
import type { Problem } from '@portico/shared/platform/problem';

/**
 * Messages by the whole path of the invalid value (`schedule.hours.end`,
 * `keywordRules.2.pattern`), from the shared schema checked in the browser or from the
 * server's 400, whose paths start with `body.`. The first message of a path wins.
 */
export type FieldErrors = Record<string, string>;

export function issuesByPath(issues: readonly { path: readonly PropertyKey[]; message: string }[], prefix = ''): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const path = issue.path.map(String).join('.');
    if (prefix && path !== prefix && !path.startsWith(`${prefix}.`)) continue;
    const key = prefix ? path.slice(prefix.length + 1) : path;
    errors[key || 'form'] ??= issue.message;
  }
  return errors;
}

/** The server's field errors by path without `body.` (and without `prefix`, when given); empty for any other failure. */
export function serverFieldErrors(error: unknown, prefix = ''): FieldErrors {
  const body: unknown = error instanceof HttpErrorResponse ? error.error : null;
  const errors = (body as Problem | null)?.errors;
  if (!Array.isArray(errors)) return {};
  return issuesByPath(
    errors.map(({ path, message }) => ({ path: path.split('.').slice(path.startsWith('body.') ? 1 : 0), message })),
    prefix,
  );
}

/** Errors at or under a path (`holidays` → `holidays`, `holidays.2`). */
export function errorsUnder(errors: FieldErrors, path: string): string[] {
  return Object.entries(errors)
    .filter(([key]) => key === path || key.startsWith(`${path}.`))
    .map(([, message]) => message);
}
