import compression from 'compression';
import express, { type ErrorRequestHandler, type Express } from 'express';

import type { Config } from './config/config';
import { features, personalDataOf } from './features';
import { recordAuditEvent } from './features/audit';
import { authRoutes, devIdpRoutes, type Authentication } from './features/auth';
import type { HandbookServices } from './features/handbook';
import { TicketSearchIndex } from './features/tickets';
import { systemClock, type Clock } from './platform/clock';
import { DatabaseFileStore, type FileStore } from './platform/files/file-store';
import { MalwareFound, ScannedFileStore, type MalwareScanner } from './platform/files/malware-scanner';
import { ApiRouter } from './platform/http/api-router';
import { healthRoutes, type HealthDependencies } from './platform/http/health.routes';
import { createOpenApiRegistry, openApiRoutes } from './platform/http/openapi';
import { notFoundHandler, problemHandler } from './platform/http/problem-handler';
import { requestLogging } from './platform/http/request-logging';
import { sameOriginWrites } from './platform/http/same-origin';
import { noStore, securityHeaders } from './platform/http/security-headers';
import { spa } from './platform/http/spa';
import type { Logger } from './platform/logger';
import { devOutboxRoutes } from './platform/mail/dev-outbox.routes';
import type { Mailer } from './platform/mail/mailer';
import { OutboxMailer } from './platform/mail/outbox-mailer';
import { byAddress } from './platform/rate-limit/rate-limited';
import { SlidingWindowLimit, type RateLimitRule } from './platform/rate-limit/sliding-window-limit';
import { version } from './platform/version';

export interface AppDependencies extends Authentication {
  config: Pick<Config, 'environment' | 'clientDist' | 'trustProxy' | 'auth' | 'rateLimits'>;
  logger: Logger;
  database: { ping: HealthDependencies['pingDatabase'] };
  handbook: HandbookServices;
  /** Uploaded files; the database by default. */
  files?: FileStore;
  /** Outgoing email; the database outbox by default (main.ts passes SMTP when configured). */
  mailer?: Mailer;
  /** Where the help desk's "now" comes from; the system clock by default (specs pass a test clock). */
  clock?: Clock;
  /** Scans every upload before it is stored (clamd, when CLAMAV_URL is set); none by default. */
  scanner?: MalwareScanner;
  /** Every ticket's search entry in memory; main.ts starts reading it at start, otherwise the first search does. */
  ticketSearch?: TicketSearchIndex;
}

/** The SAML endpoints the IdP's page posts to from its own site. */
const samlPostEndpoints = ['/auth/saml/acs', '/auth/saml/slo'];

/** Where Portico's pages run: PUBLIC_URL, and in development the live-reload client (`npm run dev:client`). */
const allowedOrigins = (config: AppDependencies['config']) => [
  config.auth.publicUrl,
  ...(config.environment === 'development' ? ['http://localhost:4200'] : []),
];

/** An upload refused for malware is a security event: who, when, which signature (then the usual problem answer). */
const auditMalwareFound: ErrorRequestHandler = async (error, request, _response, next) => {
  if (error instanceof MalwareFound) {
    await recordAuditEvent(request.log, {
      type: 'upload.malware_found',
      outcome: 'failure',
      employeeId: request.user?.employeeId ?? null,
      requestId: String(request.id),
      details: { signature: error.signature, path: request.path },
    });
  }
  next(error);
};

/** Builds the Express application without listening, so tests can drive it in-process. */
export function createApp({
  config,
  logger,
  database,
  auth,
  devIdp,
  handbook,
  files: store = new DatabaseFileStore(),
  mailer = new OutboxMailer(logger),
  clock = systemClock,
  scanner,
  ticketSearch = new TicketSearchIndex(logger),
}: AppDependencies): Express {
  const files = scanner ? new ScannedFileStore(store, scanner, logger) : store;
  const app = express();
  app.disable('x-powered-by');
  if (config.trustProxy !== undefined) app.set('trust proxy', config.trustProxy);

  app.use(requestLogging(logger));
  app.use(securityHeaders({ production: config.environment === 'production' }));
  app.use(compression());

  const registry = createOpenApiRegistry();
  // Outside production, an answer that breaks its declared schema is a bug to fail on loudly.
  const checkAnswers = config.environment !== 'production';
  const probes = new ApiRouter(registry, '', undefined, checkAnswers);
  healthRoutes(probes, { pingDatabase: () => database.ping() });
  app.use(probes.router);

  // Answers that may hold personal data are never cached; writes come from Portico's own pages.
  app.use(['/api', '/auth'], noStore, sameOriginWrites({ origins: allowedOrigins(config), exempt: samlPostEndpoints }));
  // Sessions only where they are used: static files and probes never touch the store.
  app.use(['/api', '/auth', '/dev/outbox'], auth.sessionStack);

  // Shared by every instance; clients are kept as keyed hashes (platform/rate-limit).
  const limit = (name: string, rule: RateLimitRule) => new SlidingWindowLimit(name, rule, { secret: auth.settings.secret, logger });

  const api = new ApiRouter(registry, '/api', auth.guard, checkAnswers);
  openApiRoutes(api, registry, version);
  // Development only, ahead of the web client; answers 404 in production or with SMTP.
  const devOutboxPage = devOutboxRoutes(api, auth.guard, mailer, config.environment);
  const context = {
    config,
    logger,
    clock,
    mailer,
    files,
    publicUrl: config.auth.publicUrl,
    session: auth.settings,
    limit,
    handbook,
    ticketSearch,
    personalData: personalDataOf,
  };
  for (const feature of features) feature.routes?.(api, context);
  app.use('/api', api.router);
  app.use('/api', notFoundHandler);

  const authApi = new ApiRouter(registry, '/auth', auth.guard, checkAnswers);
  const signInLimits = {
    login: { limit: limit('auth.login', config.rateLimits.signIn), key: byAddress },
    acs: { limit: limit('auth.acs', config.rateLimits.signIn), key: byAddress },
  };
  app.use('/auth', authRoutes(auth, authApi, config.auth.publicUrl, signInLimits), authApi.router);
  if (devIdp) app.use('/dev-idp', devIdpRoutes(devIdp, config.auth));
  app.use(devOutboxPage);

  app.use(spa(config.clientDist, logger));
  app.use(notFoundHandler);
  app.use(auditMalwareFound);
  app.use(problemHandler);
  return app;
}
