import mongoose from 'mongoose';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import request from 'supertest';

import { pingConnection } from '../db/database';
import { startEmbeddedDatabase, type EmbeddedDatabase } from '../db/embedded-database';
import { eventually } from '../../test/helpers';
import { testApp } from '../../test/test-app';

describe('health probes', () => {
  it('GET /healthz answers without touching the database', async () => {
    const app = testApp({ database: { ping: () => Promise.reject(new Error('down')) } });
    const response = await request(app).get('/healthz').expect(200);
    expect(response.body).toEqual({ status: 'ok' });
  });

  it('GET /readyz passes when the test database answers', async () => {
    const response = await request(testApp()).get('/readyz').expect(200);
    expect(response.body.status).toBe('ready');
    expect(response.body.database.latencyMs).toBeGreaterThanOrEqual(0);
  });

  describe('against a database that goes down and comes back', () => {
    let dataDir: string;
    let database: EmbeddedDatabase;
    let connection: mongoose.Connection;

    beforeAll(async () => {
      dataDir = await mkdtemp(path.join(tmpdir(), 'portico-readyz-'));
      database = await startEmbeddedDatabase({ dataDir });
      connection = await mongoose.createConnection(database.uri, { dbName: 'readyz', serverSelectionTimeoutMS: 1_000 }).asPromise();
    }, 60_000);

    afterAll(async () => {
      await connection.close(true);
      await database.stop();
      await rm(dataDir, { recursive: true, force: true });
    });

    it('fails /readyz with a problem while the database is down, and passes again once it is back', async () => {
      const app = testApp({ database: { ping: () => pingConnection(connection, 1_000) } });
      await request(app).get('/readyz').expect(200);

      const port = Number(new URL(database.uri).port);
      await database.stop();
      const down = await request(app).get('/readyz').expect(503);
      expect(down.type).toBe('application/problem+json');
      expect(down.body).toEqual(jasmine.objectContaining({ status: 503, code: 'database_unavailable' }));

      // Same data directory, same port: the driver reconnects by itself.
      database = await startEmbeddedDatabase({ dataDir, port });
      await expectAsync(eventually(async () => (await request(app).get('/readyz')).status === 200, 20_000, 250)).toBeResolved();
    }, 60_000);
  });
});
