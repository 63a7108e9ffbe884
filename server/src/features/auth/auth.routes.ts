import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import { promisify } from 'node:util';

import { LogoutResultSchema, type LogoutResult } from '@portico/shared/auth/auth.schemas';
import type { ApiRouter } from '../../platform/http/api-router';
import { rateLimit, type RouteRateLimit } from '../../platform/rate-limit/rate-limited';
import { AuthFailure, failureReason, type AuthFailureReason } from './auth-failure';
import { principalKey, type AuthModule } from './auth.module';
import { renderNotInDirectory, renderSignInFailed, renderTooManySignIns } from './auth-pages';
import type { SessionPrincipal } from './auth.types';
import { safeReturnTo } from './return-to';
import { checkPostMessage, checkRedirectMessage } from './saml/inbound-checks';
import { BINDING_COOKIE, bindingHash, newBindingValue } from './saml/request-cache';
import { isConfirmation } from './saml/saml-service-provider';
import { SamlSessionModel } from './saml/saml.models';
import { XSRF_COOKIE } from './session/csrf';
import { recordAuditEvent } from '../audit';
import { hrContact } from '../settings';

const RETURN_COOKIE = 'portico.return';
const notInDirectory = new Set<AuthFailureReason>(['not_in_directory', 'employee_inactive', 'no_identifier']);
const samlForm = express.urlencoded({ extended: false, limit: '512kb', parameterLimit: 10 });

/**
 * Sign-in and sign-out over SAML 2.0: `/auth/login` (SP-initiated), `/auth/saml/acs`,
 * `/auth/saml/metadata`, `/auth/saml/slo`; and `POST /auth/logout` through the API router
 * (JSON, XSRF-protected). See docs/sso.md.
 */
export function authRoutes(auth: AuthModule, api: ApiRouter, publicUrl: string, limits: { login: RouteRateLimit; acs: RouteRateLimit }): Router {
  const router = express.Router();
  const { passport } = auth;

  /** Ties the coming SAML request to this browser (see BrowserBoundRequestCache). */
  const bindBrowser = (request: Request, response: Response) => {
    const binding = newBindingValue();
    response.cookie(BINDING_COOKIE, binding, auth.bindingCookie);
    (request as Request & { samlBinding?: string }).samlBinding = bindingHash(binding);
  };

  const refuse = async (request: Request, response: Response, error: unknown) => {
    const reason = failureReason(error);
    request.log.warn({ reason, detail: error instanceof Error ? error.message : String(error) }, 'SAML sign-in refused');
    await recordAuditEvent(request.log, { type: 'auth.sign_in', outcome: 'failure', reason, requestId: String(request.id) });
    const contact = await hrContact();
    if (notInDirectory.has(reason)) renderNotInDirectory(request, response, contact);
    else renderSignInFailed(request, response, contact);
  };

  // Per address, before any work: each start writes a SAML request record, each answer costs a signature check.
  router.get('/login', rateLimit(limits.login, renderTooManySignIns), (request, response, next) => {
    // Start where the IdP will send the browser back, or the binding cookie would be lost.
    const canonical = new URL(publicUrl);
    if (request.host !== canonical.host) {
      response.redirect(302, `${publicUrl}${request.originalUrl}`);
      return;
    }
    const returnTo = safeReturnTo(request.query['returnTo']);
    if (request.user && !isConfirmation(request)) {
      response.redirect(303, returnTo);
      return;
    }
    bindBrowser(request, response);
    response.cookie(RETURN_COOKIE, returnTo, auth.bindingCookie);
    passport.authenticate('saml', { session: false })(request, response, next);
  });

  router.post('/saml/acs', rateLimit(limits.acs, renderTooManySignIns), samlForm, async (request, response, next) => {
    try {
      checkPostMessage(request.body?.SAMLResponse);
    } catch (error) {
      await refuse(request, response, error);
      return;
    }
    passport.authenticate('saml', { session: false }, (error: unknown, principal: SessionPrincipal | false) => {
      const settle = error || !principal ? refuse(request, response, error ?? new AuthFailure('response_invalid')) : signIn(request, response, principal);
      settle.catch(next);
    })(request, response, next);
  });

  const signIn = async (request: Request, response: Response, principal: SessionPrincipal) => {
    await promisify(request.login.bind(request))(principal);
    const now = Date.now();
    request.session.authenticatedAt = now;
    request.session.lastSeenAt = now;
    // The new session's XSRF token, so the first state-changing call needs no round trip.
    auth.csrf.issueToken(request, response, () => undefined);
    await SamlSessionModel.create({
      _id: request.sessionID,
      principalKey: principalKey(principal.issuer, principal.nameID),
      sessionIndex: principal.sessionIndex ?? null,
      expiresAt: new Date(now + auth.settings.absoluteTimeoutMs),
    });
    await recordAuditEvent(request.log, {
      type: 'auth.sign_in',
      outcome: 'success',
      employeeId: principal.employeeId,
      requestId: String(request.id),
      details: { roles: principal.roles },
    });
    const returnTo = safeReturnTo((request.cookies as Record<string, string>)[RETURN_COOKIE]);
    response.clearCookie(BINDING_COOKIE, { path: auth.bindingCookie.path });
    response.clearCookie(RETURN_COOKIE, { path: auth.bindingCookie.path });
    response.redirect(303, returnTo);
  };

  router.get('/saml/metadata', (_request, response) => {
    response.type('application/samlmetadata+xml').setHeader('Cache-Control', 'no-cache').send(auth.spMetadata);
  });

  /**
   * Single logout. A LogoutRequest from the IdP ends sessions, so it must be signed (on
   * the redirect binding node-saml would accept it unsigned). A LogoutResponse answers our
   * own request: the Portico session ended before the browser went to the IdP, so the
   * answer changes nothing here; it is verified when signed (some IdPs, SimpleSAMLphp by
   * default, do not sign it) and the browser lands on the signed-out page either way.
   */
  const singleLogout = async (request: Request, response: Response, next: NextFunction) => {
    const message = request.method === 'GET' ? (request.query as Record<string, unknown>) : ((request.body ?? {}) as Record<string, unknown>);
    const isResponse = message['SAMLResponse'] !== undefined;
    const unsigned =
      request.method === 'GET'
        ? typeof message['Signature'] !== 'string'
        : !/<(\w+:)?Signature[\s>]/.test(Buffer.from(String(message['SAMLResponse'] ?? ''), 'base64').toString());
    const fail = async (error: unknown) => {
      await recordAuditEvent(request.log, { type: 'auth.logout_message', outcome: 'failure', reason: failureReason(error), requestId: String(request.id) });
      if (isResponse) response.redirect(303, '/signed-out');
      else renderSignInFailed(request, response, await hrContact());
    };
    if (isResponse && unsigned) {
      response.redirect(303, '/signed-out');
      return;
    }
    try {
      if (request.method === 'GET') checkRedirectMessage(message);
      else checkPostMessage(message['SAMLRequest'] ?? message['SAMLResponse']);
    } catch (error) {
      await fail(error);
      return;
    }
    passport.authenticate('saml', { session: false }, (error: unknown) => {
      if (error) fail(error).catch(next);
      else response.redirect(303, '/signed-out');
    })(request, response, () => response.redirect(303, '/signed-out'));
  };
  router.get('/saml/slo', singleLogout);
  router.post('/saml/slo', samlForm, singleLogout);

  api.post(
    '/logout',
    {
      summary: 'Sign out',
      description: 'Ends the Portico session. When the IdP supports single logout, `redirectTo` is its logout URL; otherwise the signed-out page.',
      tags: ['auth'],
      access: 'signedIn',
      response: { description: 'Signed out', schema: LogoutResultSchema },
    },
    async ({ actor }, request, response): Promise<LogoutResult> => {
      const principal = actor;
      let redirectTo = '/signed-out';
      if (auth.idp.sloUrl) {
        bindBrowser(request, response);
        const logout = promisify(auth.strategy.logout.bind(auth.strategy)) as (request: unknown) => Promise<string | null | undefined>;
        redirectTo = (await logout(request)) ?? redirectTo;
      }
      await SamlSessionModel.deleteOne({ _id: request.sessionID });
      await promisify(request.logout.bind(request))();
      await promisify(request.session.destroy.bind(request.session))();
      response.clearCookie(XSRF_COOKIE, { path: '/' });
      await recordAuditEvent(request.log, { type: 'auth.sign_out', outcome: 'success', employeeId: principal.employeeId, requestId: String(request.id) });
      return { redirectTo };
    },
  );

  return router;
}
