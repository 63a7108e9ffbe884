/**
 * `npm run keys -- new`: prints a new data encryption key (for DATA_ENCRYPTION_KEY).
 * `npm run keys -- rotate`: re-encrypts every personal value sealed with an older key with the
 * current one (the first of DATA_ENCRYPTION_KEY; keep the old ones after it until this is done).
 */
import { loadConfig } from '../config/config';
import { features } from '../features';
import { resolveFieldCipher, useFieldCipher } from '../platform/crypto/data-keys';
import { newDataKey } from '../platform/crypto/field-cipher';
import { openDatabase } from '../platform/db/database';
import { createLogger } from '../platform/logger';
import { runCli } from './run-cli';

await runCli(async () => {
  const command = process.argv[2];
  if (command === 'new') {
    console.log(newDataKey());
    return;
  }
  if (command !== 'rotate') throw new Error('Usage: npm run keys -- new | rotate');
  const config = loadConfig();
  const cipher = await resolveFieldCipher(config);
  useFieldCipher(cipher);
  const logger = createLogger({ level: config.logLevel === 'info' ? 'warn' : config.logLevel });
  const database = await openDatabase({ uri: config.mongodbUri, dataDir: config.dataDir, databaseName: config.databaseName, logger });
  try {
    console.log(`Re-encrypting with key "${cipher.currentKeyId}" in database "${database.connection.name}":`);
    for (const feature of features) if (feature.reseal) console.log(await feature.reseal());
  } finally {
    await database.close();
  }
});
