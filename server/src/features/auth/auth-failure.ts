/**
 * Why a sign-in or logout was refused. The reason is a stable code for the audit trail
 * and the logs; people only ever see a generic message and a reference.
 */
export type AuthFailureReason =
  | 'message_too_large'
  | 'message_malformed'
  | 'dtd_forbidden'
  | 'comment_forbidden'
  | 'sha1_forbidden'
  | 'signature_missing'
  | 'signature_invalid'
  | 'multiple_assertions'
  | 'issuer_mismatch'
  | 'audience_mismatch'
  | 'recipient_mismatch'
  | 'destination_mismatch'
  | 'in_response_to_missing'
  | 'in_response_to_invalid'
  | 'assertion_expired'
  | 'assertion_not_yet_valid'
  | 'subject_confirmation_out_of_window'
  | 'assertion_replayed'
  | 'idp_status_error'
  | 'no_identifier'
  | 'not_in_directory'
  | 'employee_inactive'
  | 'response_invalid';

export class AuthFailure extends Error {
  constructor(
    readonly reason: AuthFailureReason,
    detail?: string,
  ) {
    super(detail ?? reason);
    this.name = 'AuthFailure';
  }
}

/** node-saml reports failures as plain Errors; their messages map to our reasons. */
const librarySignals: [RegExp, AuthFailureReason][] = [
  [/multiple assertions/i, 'multiple_assertions'],
  [/signature/i, 'signature_invalid'],
  [/InResponseTo is missing/i, 'in_response_to_missing'],
  [/InResponseTo/i, 'in_response_to_invalid'],
  [/subject confirmation/i, 'subject_confirmation_out_of_window'],
  [/not yet valid/i, 'assertion_not_yet_valid'],
  [/expired/i, 'assertion_expired'],
  [/audience|AudienceRestriction/i, 'audience_mismatch'],
  [/issuer/i, 'issuer_mismatch'],
  [/SAML provider returned/i, 'idp_status_error'],
];

export function failureReason(error: unknown): AuthFailureReason {
  if (error instanceof AuthFailure) return error.reason;
  const message = error instanceof Error ? error.message : String(error);
  return librarySignals.find(([pattern]) => pattern.test(message))?.[1] ?? 'response_invalid';
}
