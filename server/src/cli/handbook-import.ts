/**
 * `npm run handbook:import -- <folder>`: imports every *.md file under the folder (YAML
 * front matter, see docs/handbook-import.md). Re-running it with the same files changes
 * nothing; a file with an error is reported by name and field and imported not at all.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

import { loadConfig } from '../config/config';
import { openDatabase } from '../platform/db/database';
import { createLogger } from '../platform/logger';
import { runCli } from './run-cli';
import { importHandbook } from '../features/handbook';

async function markdownFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile() && entry.name.toLowerCase().endsWith('.md')).map((entry) => path.join(entry.parentPath, entry.name));
}

await runCli(async () => {
  const folder = process.argv[2];
  if (!folder) throw new Error('Usage: npm run handbook:import -- <folder with .md files>');
  const config = loadConfig();
  const files = await markdownFiles(path.resolve(folder));
  if (!files.length) throw new Error(`No .md files under ${folder}`);
  const logger = createLogger({ level: config.logLevel === 'info' ? 'warn' : config.logLevel });
  const database = await openDatabase({ uri: config.mongodbUri, dataDir: config.dataDir, databaseName: config.databaseName, logger });
  try {
    const report = await importHandbook(
      await Promise.all(files.map(async (file) => ({ name: path.relative(path.resolve(folder), file), content: await readFile(file, 'utf8') }))),
      null,
    );
    console.log(
      `Imported from ${files.length} files: ${report.created.length} created, ${report.updated.length} updated, ${report.unchanged.length} unchanged, ${report.errors.length} errors.`,
    );
    for (const error of report.errors) console.log(`  ${error.file}: ${error.field}: ${error.message}`);
    if (report.errors.length) process.exitCode = 1;
  } finally {
    await database.close();
  }
  if (process.exitCode) process.exit(process.exitCode);
});
