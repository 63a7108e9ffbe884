import { RECENT_SIGN_IN_MS } from '@portico/shared/auth/auth.schemas';

import { HttpProblem } from '../../platform/errors';

/**
 * For what needs the IdP to have checked the person lately (a bank account change, the
 * export that holds it): 403 `sign_in_again` unless that was within `RECENT_SIGN_IN_MS`.
 * `/auth/login?confirm=1` gets a new check (ForceAuthn).
 */
export function requireRecentSignIn(identityCheckedAt: number | undefined, now: Date, what: string): void {
  if (identityCheckedAt && now.getTime() - identityCheckedAt <= RECENT_SIGN_IN_MS) return;
  throw new HttpProblem(403, 'sign_in_again', 'Sign in again', `${what} needs a sign-in within the last 5 minutes: sign in again with /auth/login?confirm=1.`);
}
