import type { Database } from '../platform/db/database';

/** The database opened for this test run by `setup.ts`. */
export const testDatabase: { current?: Database } = {};

export function currentDatabase(): Database {
  if (!testDatabase.current) throw new Error('The test database is not open (is server/src/test/setup.ts loaded?)');
  return testDatabase.current;
}
