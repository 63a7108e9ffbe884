import { HttpErrorResponse } from '@angular/common/http';
import { fieldIssueOf } from '@portico/shared/platform/field-issues';
import type { Problem } from '@portico/shared/platform/problem';
import type { z } from 'zod';

import type { CodedIssue } from './field-messages';

/**
 * Issues by the whole path of the invalid value (`schedule.hours.end`,
 * `keywordRules.2.pattern`), from the shared schema checked in the browser or from the
 * server's 400, whose paths start with `body.`. The first issue of a path wins. A page puts
 * them in the reader's language (`FieldMessages`) before it shows them.
 */
export type FieldIssues = Record<string, CodedIssue>;

/** Messages shown beside the fields, by path, in the reader's language. */
export type FieldErrors = Record<string, string>;

function byPath(entries: readonly { path: readonly string[]; issue: CodedIssue }[], prefix: string): FieldIssues {
  const issues: FieldIssues = {};
  for (const { path: parts, issue } of entries) {
    const path = parts.join('.');
    if (prefix && path !== prefix && !path.startsWith(`${prefix}.`)) continue;
    const key = prefix ? path.slice(prefix.length + 1) : path;
    issues[key || 'form'] ??= issue;
  }
  return issues;
}

/** The issues of a shared schema checked in the browser (under `prefix`, when given). */
export function issuesByPath(issues: readonly z.core.$ZodIssue[], prefix = ''): FieldIssues {
  return byPath(
    issues.map((issue) => ({ path: issue.path.map(String), issue: { message: issue.message, ...fieldIssueOf(issue) } })),
    prefix,
  );
}

/** The server's field issues by path without `body.` (and without `prefix`, when given); empty for any other failure. */
export function serverFieldErrors(error: unknown, prefix = ''): FieldIssues {
  const body: unknown = error instanceof HttpErrorResponse ? error.error : null;
  const errors = (body as Problem | null)?.errors;
  if (!Array.isArray(errors)) return {};
  return byPath(
    errors.map(({ path, ...issue }) => ({ path: path.split('.').slice(path.startsWith('body.') ? 1 : 0), issue })),
    prefix,
  );
}

/** Messages at or under a path (`holidays` → `holidays`, `holidays.2`). */
export function errorsUnder(errors: FieldErrors, path: string): string[] {
  return Object.entries(errors)
    .filter(([key]) => key === path || key.startsWith(`${path}.`))
    .map(([, message]) => message);
}
