import { z } from 'zod';

export const LivenessSchema = z.object({ status: z.literal('ok') }).meta({ id: 'Liveness', description: 'The process is alive and serving requests.' });

export const ReadinessSchema = z
  .object({
    status: z.literal('ready'),
    database: z.object({ latencyMs: z.number() }),
  })
  .meta({ id: 'Readiness', description: 'The process can serve traffic: its database answers.' });

export type Liveness = z.infer<typeof LivenessSchema>;
export type Readiness = z.infer<typeof ReadinessSchema>;
