import type { Feature } from '../feature';
import { meRoutes } from './me.routes';

/**
 * Who is signed in and what they may do: SAML sign-in and the session (mounted on /auth by
 * app.ts, ahead of every feature), the development IdP, and /api/me.
 */
export const authFeature: Feature = {
  name: 'auth',
  routes: (api, { session }) => meRoutes(api, session),
};

export { allowedActions, can, hrRoles, isHr, type Actor } from './access.policy';
export { requireRecentSignIn } from './recent-sign-in';
export { authRoutes } from './auth.routes';
export { generateKeyPair } from './credentials';
export { DevIdentityProvider, type DevIdentity, type ResponseEdit } from './dev-idp/dev-identity-provider';
export { devIdpRoutes } from './dev-idp/dev-idp.routes';
export { readerLanguage } from './reader-language';
export { hrPeople, lastKnownRoles } from './roles';
export { setUpAuthentication, type Authentication } from './set-up-authentication';
