import type { Database } from '../platform/db/database';
import type { Authentication } from '../features/auth';
import type { HandbookIndex } from '../features/handbook';

/** The database (and the directory and authentication on it) opened for this test run by `setup.ts`. */
export const testDatabase: { current?: Database; dataDir?: string; authentication?: Authentication; handbook?: HandbookIndex } = {};

export function currentDatabase(): Database {
  if (!testDatabase.current) throw new Error('The test database is not open (is server/src/test/setup.ts loaded?)');
  return testDatabase.current;
}
