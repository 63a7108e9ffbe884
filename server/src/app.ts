import compression from 'compression';
import express, { type Express } from 'express';

import type { Config } from './config/config';
import { healthRoutes, type HealthDependencies } from './features/health/health.routes';
import { ApiRouter } from './platform/http/api-router';
import { createOpenApiRegistry, openApiRoutes } from './platform/http/openapi';
import { notFoundHandler, problemHandler } from './platform/http/problem-handler';
import { requestLogging } from './platform/http/request-logging';
import { securityHeaders } from './platform/http/security-headers';
import { spa } from './platform/http/spa';
import type { Logger } from './platform/logger';
import { version } from './platform/version';

export interface AppDependencies {
  config: Pick<Config, 'environment' | 'clientDist'>;
  logger: Logger;
  database: { ping: HealthDependencies['pingDatabase'] };
}

/** Builds the Express application without listening, so tests can drive it in-process. */
export function createApp({ config, logger, database }: AppDependencies): Express {
  const app = express();
  app.disable('x-powered-by');

  app.use(requestLogging(logger));
  app.use(securityHeaders({ production: config.environment === 'production' }));
  app.use(compression());

  const registry = createOpenApiRegistry();
  const probes = new ApiRouter(registry);
  healthRoutes(probes, { pingDatabase: () => database.ping() });
  app.use(probes.router);

  const api = new ApiRouter(registry, '/api');
  api.router.use(express.json({ limit: '100kb' }));
  openApiRoutes(api, registry, version);
  app.use('/api', api.router);
  app.use('/api', notFoundHandler);

  app.use(spa(config.clientDist, logger));
  app.use(notFoundHandler);
  app.use(problemHandler);
  return app;
}
