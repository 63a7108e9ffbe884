import type { MultiSamlStrategy } from '@node-saml/passport-saml';
import cookieParser from 'cookie-parser';
import type { CookieOptions, RequestHandler } from 'express';
import type { Connection } from 'mongoose';
import { createHash } from 'node:crypto';
import { Passport } from 'passport';

import type { Config } from '../../config/config';
import { HttpProblem } from '../../platform/errors';
import type { Access, RouteGuard } from '../../platform/http/api-router';
import type { Logger } from '../../platform/logger';
import { can } from './access.policy';
import { AuthFailure } from './auth-failure';
import type { SessionPrincipal } from './auth.types';
import type { Credentials } from './credentials';
import { provisionEmployee } from './provision-employee';
import { rolesFor } from './roles';
import { checkAssertionContext, consumeAssertion } from './saml/assertion-checks';
import type { IdentityProviderSettings } from './saml/identity-provider';
import { SamlSessionModel, sweepExpiredSamlRecords } from './saml/saml.models';
import { ACCEPTED_CLOCK_SKEW_MS, endpoints, REQUEST_TTL_MS, samlOptions, samlStrategy, serviceProviderMetadata } from './saml/saml-service-provider';
import { csrf } from './session/csrf';
import { sessionMiddleware, sessionStore, sessionTimeouts, type SessionSettings } from './session/session';
import type { SessionStore } from './session/session-store';
import { recordAuditEvent } from '../audit';

export interface AuthModuleOptions {
  config: Pick<Config, 'auth'>;
  logger: Logger;
  connection: Connection;
  credentials: Credentials;
  idp: IdentityProviderSettings;
}

/** Everything sign-in needs, built once at start and shared by the routes. */
export interface AuthModule {
  readonly logger: Logger;
  readonly passport: InstanceType<typeof Passport>;
  readonly strategy: MultiSamlStrategy;
  readonly idp: IdentityProviderSettings;
  readonly spMetadata: string;
  readonly settings: SessionSettings;
  readonly store: SessionStore;
  readonly csrf: ReturnType<typeof csrf>;
  readonly bindingCookie: CookieOptions;
  /** Cookies, session, passport, timeouts and the XSRF cookie, for the paths that need them. */
  readonly sessionStack: RequestHandler[];
  /** For ApiRouter: sign-in, then the policy, then XSRF on state-changing requests. */
  readonly guard: RouteGuard;
  close(): Promise<void>;
}

export const principalKey = (issuer: string, nameID: string) => createHash('sha256').update(`${issuer}\n${nameID}`).digest('hex');

const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export function createAuthModule({ config, logger, connection, credentials, idp }: AuthModuleOptions): AuthModule {
  const { auth } = config;
  const secureCookies = auth.publicUrl.startsWith('https:');
  const settings: SessionSettings = {
    secret: credentials.sessionSecret,
    secureCookies,
    idleTimeoutMs: auth.idleTimeoutMs,
    absoluteTimeoutMs: auth.absoluteTimeoutMs,
  };
  const options = samlOptions(auth, idp, credentials.sp);
  const urls = endpoints(auth);

  const strategy = samlStrategy(options, {
    async signOn(request, profile) {
      if (!profile) throw new AuthFailure('response_invalid', 'no profile');
      const checked = checkAssertionContext(profile, { idpEntityId: idp.entityId, acsUrl: urls.acsUrl, acceptedClockSkewMs: ACCEPTED_CLOCK_SKEW_MS });
      await consumeAssertion(idp.entityId, checked);
      const match = await provisionEmployee(profile, auth.attributes);
      if (!match.found) throw new AuthFailure(match.reason);
      const principal: SessionPrincipal = {
        employeeId: match.employee._id,
        roles: await rolesFor(match.employee._id, match.groups, auth),
        issuer: idp.entityId,
        nameID: profile.nameID,
        nameIDFormat: profile.nameIDFormat,
        nameQualifier: profile.nameQualifier,
        spNameQualifier: profile.spNameQualifier,
        sessionIndex: profile.sessionIndex,
        identityCheckedAt: checked.authnInstant,
      };
      return principal;
    },
    /** An IdP-initiated LogoutRequest: end every session of that login, in any browser. */
    async logout(request, profile) {
      if (!profile) return request.user;
      const sessions = await SamlSessionModel.find({ principalKey: principalKey(profile.issuer, profile.nameID) }).lean();
      const ended = sessions.filter((session) => !profile.sessionIndex || !session.sessionIndex || session.sessionIndex === profile.sessionIndex);
      for (const session of ended) {
        await new Promise<void>((resolve) => store.destroy(session._id, () => resolve()));
        await SamlSessionModel.deleteOne({ _id: session._id });
      }
      await recordAuditEvent(request.log, {
        type: 'auth.sign_out',
        outcome: 'success',
        employeeId: request.user?.employeeId ?? null,
        reason: 'idp_logout',
        requestId: String(request.id),
        details: { sessionsEnded: ended.length },
      });
      // passport-saml answers "Success" when this equals the current user.
      return request.user;
    },
  });

  const passport = new Passport();
  passport.use('saml', strategy);
  passport.serializeUser((user, done) => done(null, user));
  passport.deserializeUser((user: SessionPrincipal, done) => done(null, user));

  const store = sessionStore(connection, auth.absoluteTimeoutMs);
  const xsrf = csrf({ secureCookies });
  const sweep = setInterval(
    () => void sweepExpiredSamlRecords().catch((error: unknown) => logger.warn({ err: error }, 'SAML housekeeping failed')),
    REQUEST_TTL_MS,
  );
  sweep.unref();

  const guard: RouteGuard = async (request, response, access: Access) => {
    if (access === 'public') return;
    const principal = request.user;
    if (!principal) {
      throw request.sessionExpired
        ? new HttpProblem(401, 'session_expired', 'Session expired', 'Your session has ended; sign in again.')
        : new HttpProblem(401, 'signed_out', 'Not signed in', 'Sign in to use this.');
    }
    if (typeof access === 'object' && !can(principal, access.action as Parameters<typeof can>[1])) {
      throw new HttpProblem(403, 'forbidden', 'Not allowed', 'Your role does not allow this.');
    }
    if (unsafeMethods.has(request.method)) {
      await new Promise<void>((resolve, reject) => xsrf.protect(request, response, (error?: unknown) => (error ? reject(error) : resolve())));
    }
  };

  return {
    logger,
    passport,
    strategy,
    idp,
    spMetadata: serviceProviderMetadata(options, credentials.sp),
    settings,
    store,
    csrf: xsrf,
    // SameSite=None lets the cookie ride along the IdP's cross-site POST; it needs https.
    bindingCookie: { httpOnly: true, secure: secureCookies, sameSite: secureCookies ? 'none' : 'lax', path: '/auth/saml', maxAge: REQUEST_TTL_MS },
    sessionStack: [cookieParser(), sessionMiddleware(store, settings), passport.initialize(), passport.session(), sessionTimeouts(settings), xsrf.issueToken],
    guard,
    async close() {
      clearInterval(sweep);
      store.close();
    },
  };
}
