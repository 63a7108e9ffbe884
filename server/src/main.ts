import { once } from 'node:events';
import type { AddressInfo } from 'node:net';

import { createApp } from './app';
import { ConfigError, loadConfig, type Config } from './config/config';
import { features, seedDemoCompanyIfEmpty } from './features';
import { setUpAuthentication } from './features/auth';
import { HandbookIndex, InProcessHandbookSearch, ScheduledAnnouncements } from './features/handbook';
import { TicketSearchIndex } from './features/tickets';
import { systemClock } from './platform/clock';
import { openDatabase } from './platform/db/database';
import { ClamdScanner, clamdAddress } from './platform/files/malware-scanner';
import { createJobs } from './platform/jobs/jobs';
import { createLogger, type Logger } from './platform/logger';
import { scheduleMailRetries } from './platform/mail/mail-retries';
import { createMailer } from './platform/mail/mailer';
import { resolveFieldCipher, useFieldCipher } from './platform/crypto/data-keys';

/** config → connect → listen → graceful shutdown. */
async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\nSee the configuration table in README.md.\n`);
    process.exit(1);
  }
  // `node dist/server/main.js --check-config` validates the environment and stops.
  if (process.argv.includes('--check-config')) process.exit(0);

  const logger = createLogger({ level: config.logLevel });
  const database = await openDatabase({
    uri: config.mongodbUri,
    dataDir: config.dataDir,
    databaseName: config.databaseName,
    logger,
  });
  useFieldCipher(await resolveFieldCipher(config));
  if (config.seedDemoData === 'if-empty') {
    if (config.environment === 'production')
      logger.warn('SEED_DEMO_DATA_IN_PRODUCTION=true: the demo company (with its HR admin persona) is created if the directory is empty');
    await seedDemoCompanyIfEmpty(logger);
  }

  const authentication = await setUpAuthentication({ config, logger, connection: database.connection });
  const handbook = new HandbookIndex(new InProcessHandbookSearch(), logger);
  await handbook.start();
  // Read in the background: the agents' first search does not wait for every ticket.
  const ticketSearch = new TicketSearchIndex(logger);
  ticketSearch.start();
  const announcements = new ScheduledAnnouncements(logger);
  announcements.start();
  const mailer = createMailer(config, logger);
  const scanner = config.clamavUrl ? new ClamdScanner(clamdAddress(config.clamavUrl)) : undefined;
  if (!scanner && config.environment === 'production') logger.warn('CLAMAV_URL is not set: uploaded files are not scanned for malware');
  // One clock for the requests and the timed work, so both agree on "now".
  const clock = systemClock;
  const jobs = createJobs({ clock, logger });
  for (const feature of features) await feature.jobs?.(jobs, { clock, mailer, logger, publicUrl: config.auth.publicUrl });
  await scheduleMailRetries(jobs, { clock, mailer, logger });
  const server = createApp({ config, logger, database, handbook, mailer, clock, scanner, ticketSearch, ...authentication }).listen(config.port, config.host);
  await once(server, 'listening');
  await jobs.start();
  const { port } = server.address() as AddressInfo;
  const shownHost = ['127.0.0.1', '0.0.0.0', '::'].includes(config.host) ? 'localhost' : config.host;
  logger.info({ url: `http://${shownHost}:${port}`, port }, `Portico is running at http://${shownHost}:${port}`);

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: no new connections, finishing requests in flight');
    const closed = once(server, 'close');
    server.close();
    server.closeIdleConnections();
    const force = setTimeout(() => {
      logger.warn('requests still running at the shutdown deadline; closing their connections');
      server.closeAllConnections();
    }, config.shutdownTimeoutMs);
    await closed;
    clearTimeout(force);
    // Before the database closes: lets the jobs running here finish (up to 10 s) and unlocks the rest.
    await jobs.stop();
    await mailer.close();
    announcements.stop();
    ticketSearch.stop();
    await handbook.stop();
    await authentication.auth.close();
    await database.close();
    logger.info('stopped');
    process.exit(0);
  };
  for (const signal of ['SIGTERM', 'SIGINT'] as const) process.on(signal, () => void shutdown(signal));
}

main().catch((error: unknown) => {
  const logger: Logger = createLogger({ level: 'info' });
  logger.fatal({ err: error }, 'Portico could not start');
  process.stderr.write(`Portico could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
