import type {} from 'express-session';
import type { Role } from '@portico/shared/auth/auth.schemas';

/**
 * Who is signed in, as kept in the session: the employee, the roles granted at sign-in,
 * and what SAML single logout needs to name this login to the IdP. Nothing else personal.
 */
export interface SessionPrincipal {
  employeeId: string;
  roles: Role[];
  issuer: string;
  nameID: string;
  nameIDFormat: string;
  nameQualifier?: string;
  spNameQualifier?: string;
  sessionIndex?: string;
  /**
   * When the IdP last checked who this is (ms since the epoch). Signing in again with
   * `/auth/login?confirm=1` asks the IdP for a fresh check (SAML `ForceAuthn`) before a
   * change that needs one, such as the bank account salary is paid into.
   */
  identityCheckedAt?: number;
}

declare global {
  // Passport types `req.user` as Express.User.
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface User extends SessionPrincipal {}
    interface Request {
      /** Set when this request arrived with a session that had just timed out. */
      sessionExpired?: boolean;
    }
  }
}

declare module 'express-session' {
  interface SessionData {
    authenticatedAt?: number;
    lastSeenAt?: number;
    /** The person's language (reader-language.ts). */
    language?: string;
  }
}
