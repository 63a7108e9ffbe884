import express, { type RequestHandler, type Router } from 'express';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { serviceUnavailable } from '../errors';
import type { Logger } from '../logger';

/** Angular's build names files `name-HASH.ext`; those never change and are cached for a year. */
const hashedFile = /-[A-Z0-9]{8}\.[a-z0-9]+$/;
const NONCE_PLACEHOLDER = 'CSP_NONCE';
/** Paths owned by the server; everything else without a file extension is an app route. */
const serverPaths = /^\/(api|auth)(\/|$)|^\/(healthz|readyz)$/;

/**
 * Serves the built client: hashed assets with long cache headers, and index.html (never
 * cached, with this response's CSP nonce) for every app route so deep links work.
 */
export function spa(clientDist: string, logger: Logger): Router {
  const router = express.Router();
  const indexFile = path.join(clientDist, 'index.html');
  if (!existsSync(indexFile)) {
    logger.warn({ clientDist }, 'the client is not built; run `npm run build` (the API still works)');
    router.use(
      appRoutes((_request, _response, next) => {
        next(serviceUnavailable('client_not_built', 'The web client has not been built on this server.'));
      }),
    );
    return router;
  }

  const index = readFileSync(indexFile, 'utf8');
  router.use(
    express.static(clientDist, {
      index: false,
      setHeaders(response, file) {
        response.setHeader('Cache-Control', hashedFile.test(path.basename(file)) ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    }),
  );
  router.use(
    appRoutes((_request, response) => {
      response
        .status(200)
        .type('html')
        .setHeader('Cache-Control', 'no-cache')
        .send(index.replaceAll(NONCE_PLACEHOLDER, String(response.locals['cspNonce'])));
    }),
  );
  return router;
}

function appRoutes(handler: RequestHandler): RequestHandler {
  return (request, response, next) => {
    const isAppRoute = (request.method === 'GET' || request.method === 'HEAD') && !serverPaths.test(request.path) && !path.extname(request.path);
    if (isAppRoute) handler(request, response, next);
    else next();
  };
}
