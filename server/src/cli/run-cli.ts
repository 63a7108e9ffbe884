import { ConfigError } from '../config/config';

/** Runs a command-line entry point: a clear message and exit status 1 on failure. */
export async function runCli(task: () => Promise<void>): Promise<void> {
  try {
    await task();
    process.exit(0);
  } catch (error) {
    process.stderr.write(`${error instanceof ConfigError || error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
}
