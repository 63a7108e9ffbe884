import { LivenessSchema, ReadinessSchema, type Liveness, type Readiness } from '@portico/shared/platform/health.schemas';
import { serviceUnavailable } from '../errors';
import type { ApiRouter } from './api-router';

export interface HealthDependencies {
  /** Resolves with the round-trip time in ms, rejects when the database does not answer. */
  pingDatabase(): Promise<number>;
}

/** Probes for orchestrators and load balancers: liveness never touches the database. */
export function healthRoutes(routes: ApiRouter, dependencies: HealthDependencies): void {
  routes.get(
    '/healthz',
    {
      summary: 'Liveness: the process is up',
      tags: ['health'],
      access: 'public',
      response: { description: 'Alive', schema: LivenessSchema },
    },
    (): Liveness => ({ status: 'ok' }),
  );

  routes.get(
    '/readyz',
    {
      summary: 'Readiness: the database answers',
      tags: ['health'],
      access: 'public',
      response: { description: 'Ready to serve traffic', schema: ReadinessSchema },
      otherResponses: { 503: { description: 'The database does not answer' } },
    },
    async (): Promise<Readiness> => {
      const latencyMs = await dependencies.pingDatabase().catch(() => {
        throw serviceUnavailable('database_unavailable', 'The database does not answer.');
      });
      return { status: 'ready', database: { latencyMs: Math.round(latencyMs * 10) / 10 } };
    },
  );
}
