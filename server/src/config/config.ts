import path from 'node:path';
import { z } from 'zod';

import { repositoryRoot } from '../platform/paths';

const port = z
  .string()
  .regex(/^\d{1,5}$/, 'must be a port number between 0 and 65535')
  .transform(Number)
  .refine((value) => value <= 65535, 'must be a port number between 0 and 65535');

const milliseconds = z
  .string()
  .regex(/^\d+$/, 'must be a whole number of milliseconds')
  .transform(Number);

const EnvironmentSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  HOST: z.string().min(1).optional(),
  PORT: port.default(3000),
  MONGODB_URI: z
    .string()
    .regex(/^mongodb(\+srv)?:\/\/\S+$/, 'must be a mongodb:// or mongodb+srv:// connection string')
    .optional(),
  DATA_DIR: z.string().min(1).default('data'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SEED_DEMO_DATA: z.enum(['if-empty', 'never']).default('never'),
  CLIENT_DIST: z.string().min(1).default('dist/client/browser'),
  SHUTDOWN_TIMEOUT_MS: milliseconds.default(10_000),
});

export interface Config {
  environment: 'development' | 'test' | 'production';
  host: string;
  port: number;
  /** Set when an external MongoDB is used; otherwise the embedded database is launched. */
  mongodbUri?: string;
  /** Database name used when the connection string names none. */
  databaseName: string;
  dataDir: string;
  logLevel: z.infer<typeof EnvironmentSchema>['LOG_LEVEL'];
  seedDemoData: 'if-empty' | 'never';
  clientDist: string;
  shutdownTimeoutMs: number;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/**
 * Parses the environment once at start. Values are never echoed back in errors: some
 * variables hold secrets, so a message names the variable and the rule it broke.
 */
export function loadConfig(environment: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable means "not set": shells and .env files often leave them blank.
  const present = Object.fromEntries(Object.entries(environment).filter(([, value]) => value !== ''));
  const parsed = EnvironmentSchema.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`));
  }
  const env = parsed.data;
  const resolve = (value: string) => path.resolve(repositoryRoot, value);
  return {
    environment: env.NODE_ENV,
    // Production runs in containers and behind proxies; elsewhere stay on this machine.
    host: env.HOST ?? (env.NODE_ENV === 'production' ? '0.0.0.0' : '127.0.0.1'),
    port: env.PORT,
    mongodbUri: env.MONGODB_URI,
    databaseName: 'portico',
    dataDir: resolve(env.DATA_DIR),
    logLevel: env.LOG_LEVEL,
    seedDemoData: env.SEED_DEMO_DATA,
    clientDist: resolve(env.CLIENT_DIST),
    shutdownTimeoutMs: env.SHUTDOWN_TIMEOUT_MS,
  };
}
