import { z } from 'zod';

import { FieldIssueSchema } from './field-issues';

/**
 * Every `code` the API answers with, in one place: the server may throw no other, and the
 * client has an English and a Spanish message for each (`problems.<code>` in its i18n files;
 * a spec fails when one is missing).
 */
export const problemCodes = [
  // Anywhere
  'not_found',
  'validation_failed',
  'malformed_json',
  'bad_request',
  'payload_too_large',
  'internal_error',
  'client_not_built',
  'database_unavailable',
  // Signing in and who may do what
  'signed_out',
  'session_expired',
  'forbidden',
  'xsrf_token_invalid',
  'cross_site_request',
  'rate_limited',
  // Files
  'file_empty',
  'file_too_large',
  'file_type_not_allowed',
  'file_name_invalid',
  'file_unsafe',
  'file_infected',
  'malware_scan_unavailable',
  // The handbook
  'edit_conflict',
  // The help desk
  'too_many_tickets',
  'ticket_closed',
  'ticket_merged',
  'ticket_confidential',
  'not_assignee',
  'invalid_transition',
  'reopen_window_passed',
  'not_resolved',
  'already_rated',
  'merge_target_closed',
  'merge_other_requester',
  'team_has_no_members',
  'request_type_exists',
  'too_many_canned_responses',
  // Personal data
  'record_busy',
  'no_personal_record',
  'already_decided',
  'not_your_approval',
  'own_request',
  'sign_in_again',
] as const;

export type ProblemCode = (typeof problemCodes)[number];

/**
 * Every API error is an RFC 9457 problem document. `code` is stable and meant for
 * programs (the client maps it to a translated message); `title` and `detail` are
 * English text for people reading logs or raw responses.
 */
export const ProblemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    code: z.string(),
    detail: z.string().optional(),
    instance: z.string().optional(),
    requestId: z.string().optional(),
    errors: z.array(FieldIssueSchema).optional().meta({ description: 'One entry per invalid input field, when the input failed validation.' }),
  })
  .meta({ id: 'Problem', description: 'RFC 9457 problem details with a stable `code`.' });

export type Problem = z.infer<typeof ProblemSchema>;

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';
