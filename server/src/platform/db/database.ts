import mongoose, { type Connection } from 'mongoose';
import { setTimeout as delay } from 'node:timers/promises';

import type { Logger } from '../logger';
import { startEmbeddedDatabase, type EmbeddedDatabase } from './embedded-database';

export interface DatabaseOptions {
  /** An external MongoDB; when absent the embedded database is launched (or reused). */
  uri?: string;
  dataDir: string;
  /** Used when the connection string names no database. */
  databaseName: string;
  logger?: Logger;
}

export interface Database {
  connection: Connection;
  embedded?: EmbeddedDatabase;
  /** Round-trip time of a `ping`, or a rejection when the database does not answer in time. */
  ping(timeoutMs?: number): Promise<number>;
  close(): Promise<void>;
}

/** The database named in the path of a connection string, if any. */
export function databaseNameIn(uri: string): string | undefined {
  const name = /^mongodb(?:\+srv)?:\/\/[^/]+\/([^?]+)/.exec(uri)?.[1];
  return name ? decodeURIComponent(name) : undefined;
}

/**
 * Connects Mongoose's default connection (the one models are registered on) and waits
 * until the server answers `ping`.
 */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  const embedded = options.uri ? undefined : await startEmbeddedDatabase({ dataDir: options.dataDir, logger: options.logger });
  const uri = options.uri ?? embedded!.uri;
  try {
    await mongoose.connect(uri, {
      dbName: databaseNameIn(uri) ?? options.databaseName,
      serverSelectionTimeoutMS: 10_000,
    });
    await waitForPing(mongoose.connection, 30_000);
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
  options.logger?.info({ embedded: Boolean(embedded), database: mongoose.connection.name }, 'database connected');
  return {
    connection: mongoose.connection,
    embedded,
    ping: (timeoutMs) => pingConnection(mongoose.connection, timeoutMs),
    async close() {
      await mongoose.disconnect();
      await embedded?.stop();
    },
  };
}

export async function pingConnection(connection: Connection, timeoutMs = 2_000): Promise<number> {
  const started = performance.now();
  const timer = new AbortController();
  const db = connection.db;
  if (!db || connection.readyState !== mongoose.ConnectionStates.connected) throw new Error('database not connected');
  await Promise.race([
    db.admin().ping(),
    delay(timeoutMs, undefined, { signal: timer.signal }).then(() => {
      throw new Error(`database did not answer ping within ${timeoutMs} ms`);
    }),
  ]).finally(() => timer.abort());
  return performance.now() - started;
}

async function waitForPing(connection: Connection, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await pingConnection(connection);
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await delay(100);
    }
  }
}
