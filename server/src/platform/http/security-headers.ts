import { randomBytes } from 'node:crypto';
import type { RequestHandler, Response } from 'express';
import helmet from 'helmet';

/**
 * A fresh nonce per response lets Angular add its component styles under a CSP with no
 * 'unsafe-inline' (the server writes it into index.html as `ngCspNonce`). Nothing is
 * loaded from another host: fonts and icons are bundled.
 */
export function securityHeaders(options: { production: boolean }): RequestHandler[] {
  const nonce = (_request: unknown, response: unknown) => `'nonce-${(response as Response).locals['cspNonce']}'`;
  return [
    (_request, response, next) => {
      response.locals['cspNonce'] = randomBytes(16).toString('base64');
      next();
    },
    helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'self'"],
          baseUri: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'", nonce],
          imgSrc: ["'self'", 'data:'],
          fontSrc: ["'self'"],
          connectSrc: ["'self'"],
          formAction: ["'self'"],
          frameAncestors: ["'none'"],
          objectSrc: ["'none'"],
          ...(options.production ? { upgradeInsecureRequests: [] } : {}),
        },
      },
      strictTransportSecurity: options.production,
      referrerPolicy: { policy: 'same-origin' },
    }),
  ];
}

/**
 * API and sign-in answers hold personal data: no cache may keep them, not even the
 * browser's (a shared computer, a proxy). A route that may be cached says so itself
 * (`cache` on its ApiRouter declaration) and sets its own header, as handbook images do.
 */
export const noStore: RequestHandler = (_request, response, next) => {
  response.setHeader('Cache-Control', 'no-store');
  next();
};
