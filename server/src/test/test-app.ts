import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { createApp, type AppDependencies } from '../app';
import { createLogger } from '../platform/logger';
import { currentDatabase } from './test-database';

export const silentLogger = createLogger({ level: 'silent' });

/** The real application, in-process, on the test database. */
export function testApp(overrides: Partial<AppDependencies> = {}) {
  return createApp({
    config: { environment: 'test', clientDist: mkdtempSync(path.join(tmpdir(), 'portico-no-client-')) },
    logger: silentLogger,
    database: currentDatabase(),
    ...overrides,
  });
}
