import type { RequestHandler } from 'express';

import { HttpProblem } from '../errors';

const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * A second layer beside the XSRF token: a state-changing request is refused when the
 * browser says it comes from another site (Fetch Metadata: `Sec-Fetch-Site: cross-site`)
 * or names an origin other than the portal's own (`Origin`). Clients that send neither
 * (older browsers, scripts) still need the token. `exempt` lists the paths another site
 * posts to by design: the SAML endpoints the IdP's page submits.
 */
export function sameOriginWrites(options: { origins: readonly string[]; exempt: readonly string[] }): RequestHandler {
  const origins = new Set(options.origins.map((origin) => new URL(origin).origin));
  const exempt = new Set(options.exempt);
  return (request, _response, next) => {
    if (!unsafeMethods.has(request.method) || exempt.has(request.baseUrl + request.path)) {
      next();
      return;
    }
    const site = request.get('sec-fetch-site');
    const origin = request.get('origin');
    if (site === 'cross-site' || (origin !== undefined && !origins.has(origin))) {
      request.log.warn({ secFetchSite: site ?? null, origin: origin?.slice(0, 200) ?? null }, 'cross-site state-changing request refused');
      next(new HttpProblem(403, 'cross_site_request', 'Not allowed from another site', 'This change must be made from Portico itself.'));
      return;
    }
    next();
  };
}
