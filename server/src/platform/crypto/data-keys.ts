import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

import type { Config } from '../../config/config';
import { FieldCipher, newDataKey, parseDataKeys } from './field-cipher';

/**
 * The cipher for personal values: DATA_ENCRYPTION_KEY when set (always in production), or
 * a key generated once under DATA_DIR/secrets (0600) so development data stays readable
 * across restarts.
 */
export async function resolveFieldCipher(config: Pick<Config, 'dataEncryptionKey' | 'dataDir'>): Promise<FieldCipher> {
  if (config.dataEncryptionKey) return new FieldCipher(parseDataKeys(config.dataEncryptionKey));
  const file = path.join(config.dataDir, 'secrets', 'data-encryption-key');
  if (!existsSync(file)) {
    await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
    await writeFile(file, newDataKey(), { mode: 0o600, flag: 'wx' }).catch((error: NodeJS.ErrnoException) => {
      // Another process made it first: use theirs.
      if (error.code !== 'EEXIST') throw error;
    });
  }
  return new FieldCipher(parseDataKeys(await readFile(file, 'utf8')));
}

let current: FieldCipher | undefined;

/** Makes `cipher` the process's cipher (main.ts, the CLI and the spec set-up, once at start, as the database connection). */
export function useFieldCipher(cipher: FieldCipher): void {
  current = cipher;
}

/** The process's cipher for personal values. */
export function fieldCipher(): FieldCipher {
  if (!current) throw new Error('No data encryption key in use: the process calls useFieldCipher(await resolveFieldCipher(config)) at start');
  return current;
}
