import type { RequestHandler, Response } from 'express';
import { csrfSync } from 'csrf-sync';

export const XSRF_COOKIE = 'XSRF-TOKEN';
export const XSRF_HEADER = 'x-xsrf-token';

/**
 * Angular's XSRF convention with a synchronizer token: the token lives in the session,
 * the client reads it from the `XSRF-TOKEN` cookie and echoes it in `X-XSRF-TOKEN` on
 * every state-changing request. Only signed-in sessions get one.
 */
export function csrf(options: { secureCookies: boolean }) {
  const { csrfSynchronisedProtection, generateToken, revokeToken } = csrfSync({
    getTokenFromRequest: (request) => {
      const header = request.headers[XSRF_HEADER];
      return typeof header === 'string' ? header : undefined;
    },
    errorConfig: { statusCode: 403, message: 'The XSRF token is missing or wrong.', code: 'EBADCSRFTOKEN' },
  });

  const setCookie = (response: Response, token: string) =>
    response.cookie(XSRF_COOKIE, token, { httpOnly: false, sameSite: 'strict', secure: options.secureCookies, path: '/' });

  /** Gives a signed-in session its token and keeps the cookie in step with it. */
  const issueToken: RequestHandler = (request, response, next) => {
    if (request.user) {
      const token = request.session.csrfToken ?? generateToken(request);
      if ((request.cookies as Record<string, string>)[XSRF_COOKIE] !== token) setCookie(response, token);
    }
    next();
  };

  return { protect: csrfSynchronisedProtection, issueToken, revokeToken };
}
