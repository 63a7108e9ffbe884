import { SAML, ValidateInResponseTo, type Profile, type SamlConfig } from '@node-saml/node-saml';
import { MultiSamlStrategy, type VerifiedCallback } from '@node-saml/passport-saml';
import type { Request } from 'express';

import type { AuthConfig } from '../../../config/config';
import type { KeyPair } from '../credentials';
import type { IdentityProviderSettings } from './identity-provider';
import { BINDING_COOKIE, bindingHash, BrowserBoundRequestCache } from './request-cache';

export const ACCEPTED_CLOCK_SKEW_MS = 60_000;
/** How long an AuthnRequest may wait for its response. */
export const REQUEST_TTL_MS = 10 * 60_000;

export interface ServiceProviderEndpoints {
  entityId: string;
  acsUrl: string;
  sloUrl: string;
}

export function endpoints(auth: AuthConfig): ServiceProviderEndpoints {
  return { entityId: auth.spEntityId, acsUrl: `${auth.publicUrl}/auth/saml/acs`, sloUrl: `${auth.publicUrl}/auth/saml/slo` };
}

/**
 * node-saml options with every default that leaves work to the application closed
 * (docs/sso.md lists them): signed assertions always, InResponseTo always (unless
 * IdP-initiated sign-in is allowed), SHA-256 for what we sign, a 60 s clock skew, and the
 * request cache in MongoDB. Recipient, Destination, assertion Issuer, replay and SHA-1
 * are checked by `assertion-checks.ts` and `inbound-checks.ts`.
 */
export function samlOptions(auth: AuthConfig, idp: IdentityProviderSettings, sp: KeyPair): SamlConfig {
  const urls = endpoints(auth);
  return {
    issuer: urls.entityId,
    audience: urls.entityId,
    callbackUrl: urls.acsUrl,
    logoutCallbackUrl: urls.sloUrl,
    entryPoint: idp.ssoUrl,
    logoutUrl: idp.sloUrl ?? '',
    idpIssuer: idp.entityId,
    idpCert: idp.certs,
    privateKey: sp.privateKey,
    publicCert: sp.cert,
    decryptionPvk: sp.privateKey,
    signatureAlgorithm: 'sha256',
    digestAlgorithm: 'http://www.w3.org/2001/04/xmlenc#sha256',
    wantAssertionsSigned: true,
    wantAuthnResponseSigned: auth.wantResponseSigned,
    validateInResponseTo: auth.allowIdpInitiated ? ValidateInResponseTo.ifPresent : ValidateInResponseTo.always,
    requestIdExpirationPeriodMs: REQUEST_TTL_MS,
    acceptedClockSkewMs: ACCEPTED_CLOCK_SKEW_MS,
    maxAssertionAgeMs: REQUEST_TTL_MS,
    // Let the IdP choose the NameID format and the way people authenticate (MFA, Kerberos …).
    identifierFormat: null,
    disableRequestedAuthnContext: true,
  };
}

/**
 * Service provider metadata: entity id, ACS, SLO, signing and encryption certificates.
 * node-saml lists single logout on HTTP-POST only; /auth/saml/slo also takes
 * HTTP-Redirect, which most IdPs use for logout, so it is listed first.
 */
export function serviceProviderMetadata(options: SamlConfig, sp: KeyPair): string {
  const xml = new SAML(options).generateServiceProviderMetadata(sp.cert, sp.cert);
  const redirect = `<SingleLogoutService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="${options.logoutCallbackUrl}"/>`;
  return xml.replace(/(\s*)<SingleLogoutService /, `$1${redirect}$1<SingleLogoutService `);
}

/** A sign-in that asks the IdP to check the person again (SAML `ForceAuthn`). */
export const isConfirmation = (request: Request) => (request.query as Record<string, unknown> | undefined)?.['confirm'] === '1';

/** The browser binding of this request: set by /auth/login, or read from its cookie. */
export function browserBindingOf(request: Request): string | undefined {
  const fromLogin = (request as Request & { samlBinding?: string }).samlBinding;
  if (fromLogin) return fromLogin;
  const cookie = (request.cookies as Record<string, string | undefined> | undefined)?.[BINDING_COOKIE];
  return cookie ? bindingHash(cookie) : undefined;
}

export type SignOnVerify = (request: Request, profile: Profile | null) => Promise<Express.User | false>;
export type LogoutVerify = (request: Request, profile: Profile | null) => Promise<Express.User | undefined>;

/**
 * A passport strategy whose SAML instance is built per request, so the request cache can
 * be bound to the browser making that request.
 */
export function samlStrategy(options: SamlConfig, verify: { signOn: SignOnVerify; logout: LogoutVerify }): MultiSamlStrategy {
  const settle = (promise: Promise<Express.User | false | undefined>, done: VerifiedCallback) =>
    promise.then(
      (user) => done(null, user ? { ...user } : undefined),
      (error: unknown) => done(error instanceof Error ? error : new Error(String(error))),
    );
  return new MultiSamlStrategy(
    {
      ...options,
      name: 'saml',
      passReqToCallback: true,
      getSamlOptions: (request, callback) =>
        callback(null, {
          cacheProvider: new BrowserBoundRequestCache(browserBindingOf(request), REQUEST_TTL_MS),
          // `/auth/login?confirm=1`: the IdP checks who this is again, even within its own session.
          forceAuthn: isConfirmation(request),
        }),
    },
    (request, profile, done) => settle(verify.signOn(request, profile), done),
    (request, profile, done) => settle(verify.logout(request, profile), done),
  );
}
