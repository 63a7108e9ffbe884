import { once } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { createApp, type AppDependencies } from '../app';
import { loadConfig, type Config } from '../config/config';
import { createLogger } from '../platform/logger';
import { currentDatabase, testDatabase } from './test-database';
import { type Authentication, setUpAuthentication } from '../features/auth';

export const silentLogger = createLogger({ level: 'silent' });

/**
 * Configuration as the server would parse it, for a test: no IdP, so the development IdP.
 * Every spec signs in and searches from 127.0.0.1 as the same few people, many times a
 * second: the rate limits are out of their way unless a spec sets its own.
 */
export function testConfig(environment: Record<string, string> = {}): Config {
  return loadConfig({
    NODE_ENV: 'test',
    DATA_DIR: testDatabase.dataDir!,
    CLIENT_DIST: emptyClientDist,
    RATE_LIMIT_SIGN_IN: '100000/1s',
    RATE_LIMIT_SEARCH: '100000/1s',
    RATE_LIMIT_SUGGEST: '100000/1s',
    ...environment,
  });
}

const emptyClientDist = mkdtempSync(path.join(tmpdir(), 'portico-no-client-'));

/** Authentication for a portal reachable at `publicUrl`, on the test database. */
export function testAuthentication(config: Config): Promise<Authentication> {
  return setUpAuthentication({ config, logger: silentLogger, connection: currentDatabase().connection });
}

/** The real application, in-process, on the test database (for supertest). */
export function testApp(overrides: Partial<AppDependencies> = {}) {
  const config = testConfig();
  return createApp({
    config,
    logger: silentLogger,
    database: currentDatabase(),
    handbook: testDatabase.handbook!,
    ...testDatabase.authentication!,
    ...overrides,
  });
}

export interface TestServer {
  url: string;
  config: Config;
  authentication: Authentication;
  close(): Promise<void>;
}

/**
 * The application listening on a real port, with PUBLIC_URL naming that port: SAML
 * checks Destination and Recipient against it, and browsers' cookies need it.
 */
export async function startTestServer(environment: Record<string, string> = {}, overrides: Partial<AppDependencies> = {}): Promise<TestServer> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const config = testConfig({ PUBLIC_URL: url, ...environment });
  const authentication = await testAuthentication(config);
  server.on(
    'request',
    createApp({ config, logger: silentLogger, database: currentDatabase(), handbook: testDatabase.handbook!, ...authentication, ...overrides }),
  );
  return {
    url,
    config,
    authentication,
    async close() {
      server.closeAllConnections();
      server.close();
      await authentication.auth.close();
    },
  };
}
