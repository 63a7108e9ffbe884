import { z } from 'zod';

/*
 * What is wrong with one input field, in a form every client can put in its reader's
 * language: a stable `code` with its values (`params`), beside the English `message` for
 * people reading raw responses. The same function names the issues of a shared schema
 * checked in the browser and in the server's 400 `validation_failed` answer, so a form shows
 * the same words either way. The client has an English and a Spanish message for every
 * code (`fields.<code>`; a spec fails when one is missing).
 */

/** Codes of the shared schemas' own rules (`params: { code }` on a refinement) and of the server's checks. */
export const ruleCodes = [
  'reserved_slug',
  'search_words',
  'time_zone',
  'time_of_day',
  'end_before_start',
  'weekday',
  'listed_twice',
  'date',
  'phone',
  'pattern',
  'two_options',
  'options_only_choice',
  'max_length_only_text',
  'resolution_before_first_response',
  'choose_one',
  'one_of',
  'unknown_team',
  'unknown_article',
  'archived_article',
  'unknown_request_type',
  'unknown_agent',
  'period_order',
  'period_too_long',
  'default_twice',
  'not_allowed_here',
  'unknown_choice_field',
  'not_a_choice',
  'not_uploaded',
  'unknown_employee',
  'employee_left',
  'country',
  'postal_code',
  'iban',
  'routing_number',
  'account_number',
  'national_id',
  'birth_date',
  'in_the_past',
  'reason_required',
  'not_a_delegate',
  'escalate_after_reminder',
] as const;

/** Codes read from zod's own issues. */
export const genericCodes = [
  'required',
  'too_short',
  'too_long',
  'too_few',
  'too_many',
  'too_small',
  'too_big',
  'invalid_format',
  'email',
  'unknown_field',
  'invalid',
] as const;

export const fieldIssueCodes = [...genericCodes, ...ruleCodes] as const;
export type FieldIssueCode = (typeof fieldIssueCodes)[number];
export type FieldIssueParams = Record<string, string | number>;

export const FieldIssueSchema = z.object({
  path: z.string(),
  message: z.string(),
  code: z.enum(fieldIssueCodes).meta({ description: 'Stable, for programs: what is wrong (`too_long`, `time_zone` …).' }),
  params: z
    .record(z.string(), z.union([z.string(), z.number()]))
    .optional()
    .meta({ description: "The rule's values (`max`, `value` …)." }),
});
export type FieldIssue = z.infer<typeof FieldIssueSchema>;

/** A refinement's parameters: its English message and the code a client translates (`.refine(check, rule('time_zone', '…'))`). */
export const rule = (code: FieldIssueCode, message: string, params: FieldIssueParams = {}) => ({ message, params: { code, ...params } });

const isCode = (value: unknown): value is FieldIssueCode => (fieldIssueCodes as readonly string[]).includes(value as string);

/** The code and values of one zod issue. */
export function fieldIssueOf(issue: z.core.$ZodIssue): { code: FieldIssueCode; params?: FieldIssueParams } {
  switch (issue.code) {
    case 'custom': {
      const { code, ...params } = (issue.params ?? {}) as FieldIssueParams & { code?: unknown };
      if (!isCode(code)) return { code: 'invalid' };
      return Object.keys(params).length ? { code, params } : { code };
    }
    case 'invalid_type':
      return { code: issue.input === undefined || issue.input === null ? 'required' : 'invalid' };
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string') return min <= 1 ? { code: 'required' } : { code: 'too_short', params: { min } };
      if (issue.origin === 'array' || issue.origin === 'set') return min <= 1 ? { code: 'required' } : { code: 'too_few', params: { min } };
      return { code: 'too_small', params: { min } };
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') return { code: 'too_long', params: { max } };
      if (issue.origin === 'array' || issue.origin === 'set') return { code: 'too_many', params: { max } };
      return { code: 'too_big', params: { max } };
    }
    case 'invalid_format':
      return { code: issue.format === 'email' ? 'email' : issue.format === 'date' ? 'date' : 'invalid_format' };
    case 'invalid_value':
      return { code: 'one_of', params: { values: issue.values.map(String).join(', ') } };
    case 'unrecognized_keys':
      return { code: 'unknown_field', params: { value: issue.keys.join(', ') } };
    default:
      return { code: 'invalid' };
  }
}

/** Every issue of a failed check as field issues, their paths under `prefix` (`body`, `query`). */
export function fieldIssues(issues: readonly z.core.$ZodIssue[], prefix: readonly PropertyKey[] = []): FieldIssue[] {
  return issues.map((issue) => ({ path: [...prefix, ...issue.path].map(String).join('.'), message: issue.message, ...fieldIssueOf(issue) }));
}
