/** `npm run seed`: creates whatever part of the demo company is missing. */
import { loadConfig } from '../config/config';
import { seedDemoCompany } from '../features';
import { resolveFieldCipher, useFieldCipher } from '../platform/crypto/data-keys';
import { openDatabase } from '../platform/db/database';
import { createLogger } from '../platform/logger';
import { runCli } from './run-cli';

await runCli(async () => {
  const config = loadConfig();
  if (config.environment === 'production' && !config.seedDemoDataInProduction) {
    throw new Error(
      'NODE_ENV is production: the demo company (with its HR admin persona) is not created there unless SEED_DEMO_DATA_IN_PRODUCTION=true is set on purpose.',
    );
  }
  const logger = createLogger({ level: config.logLevel === 'info' ? 'warn' : config.logLevel });
  const database = await openDatabase({ uri: config.mongodbUri, dataDir: config.dataDir, databaseName: config.databaseName, logger });
  useFieldCipher(await resolveFieldCipher(config));
  try {
    console.log(`Demo company (Lumen Works) in database "${database.connection.name}":`);
    for (const line of await seedDemoCompany()) console.log(line);
  } finally {
    await database.close();
  }
});
