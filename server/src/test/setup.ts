/**
 * Runs once before every server spec: one real embedded database for the whole run, in a
 * throwaway directory, with a database name of its own (or TEST_MONGODB_URI's server, when
 * set, with a throwaway database on it). Everything is removed afterwards.
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { resolveFieldCipher, useFieldCipher } from '../platform/crypto/data-keys';
import { openDatabase, type Database } from '../platform/db/database';
import { silentLogger, testAuthentication, testConfig } from './test-app';
import { testDatabase } from './test-database';
import { HandbookIndex, InProcessHandbookSearch } from '../features/handbook';

jasmine.DEFAULT_TIMEOUT_INTERVAL = 30_000;

let database: Database;
let dataDir: string;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'portico-test-'));
  database = await openDatabase({
    uri: process.env['TEST_MONGODB_URI'],
    dataDir,
    databaseName: `portico_test_${randomBytes(4).toString('hex')}`,
  });
  testDatabase.current = database;
  // A key generated for the run, under its throwaway DATA_DIR, as in development.
  useFieldCipher(await resolveFieldCipher({ dataDir }));
  testDatabase.dataDir = dataDir;
  testDatabase.authentication = await testAuthentication(testConfig());
  // Specs call refresh() after they change the handbook instead of waiting for the poll.
  testDatabase.handbook = new HandbookIndex(new InProcessHandbookSearch(), silentLogger);
}, 180_000);

afterAll(async () => {
  await testDatabase.authentication?.auth.close();
  await database?.connection.dropDatabase();
  await database?.close();
  await rm(dataDir, { recursive: true, force: true });
});
