/**
 * `npm run db`: runs the embedded database on its own, for tools that want a MongoDB
 * address (mongosh, Compass) or to share one database between several portal processes:
 * point MONGODB_URI at the address it prints.
 */
import { loadConfig } from '../config/config';
import { startEmbeddedDatabase } from '../platform/db/embedded-database';
import { createLogger } from '../platform/logger';
import { runCli } from './run-cli';

await runCli(async () => {
  const config = loadConfig();
  const logger = createLogger({ level: config.logLevel });
  const port = Number(process.env['DB_PORT'] ?? 27017);
  const database = await startEmbeddedDatabase({ dataDir: config.dataDir, logger, port, followParent: false });
  if (!database.owned) {
    console.log(`The embedded database for ${config.dataDir} is already running at ${database.uri}`);
    return;
  }
  console.log(`Embedded database (FerretDB v1.24.1) at ${database.uri} — data in ${config.dataDir}/db`);
  console.log(`Use it:  MONGODB_URI=${database.uri}portico npm start     (Ctrl+C stops it)`);
  await new Promise<void>((resolve) => {
    const stop = () => void database.stop().then(resolve);
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
});
