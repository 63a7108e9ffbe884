import type { Config } from '../config/config';
import type { Clock } from '../platform/clock';
import type { FileStore } from '../platform/files/file-store';
import type { ApiRouter } from '../platform/http/api-router';
import type { Jobs } from '../platform/jobs/jobs';
import type { Logger } from '../platform/logger';
import type { Mailer } from '../platform/mail/mailer';
import type { RateLimitRule, SlidingWindowLimit } from '../platform/rate-limit/sliding-window-limit';
import type { HandbookServices } from './handbook';
import type { TicketSearchIndex } from './tickets';

/*
 * A feature's public face is its folder's index.ts: what other features may use, and one
 * `Feature` saying what it adds to the portal. app.ts, main.ts and `npm run seed` go through
 * the list in ./index.ts, in its order; what happens inside a feature (the order of its
 * routes, its seed's parts) is the feature's business. docs/architecture.md, ADR 0012.
 */

/** What the application hands every feature's routes. */
export interface RouteContext {
  config: Pick<Config, 'environment' | 'rateLimits'>;
  logger: Logger;
  clock: Clock;
  mailer: Mailer;
  /** Uploaded files (scanned for malware when a scanner is configured). */
  files: FileStore;
  /** The portal's address, for links in mail. */
  publicUrl: string;
  /** The session's settings; its secret keys pseudonyms and rate-limit buckets. */
  session: { secret: string; idleTimeoutMs: number; absoluteTimeoutMs: number };
  /** A limit shared by every instance, named `<feature>.<what>` (platform/rate-limit). */
  limit(name: string, rule: RateLimitRule): SlidingWindowLimit;
  /** The services main.ts starts with the process (specs give their own). */
  handbook: HandbookServices;
  ticketSearch: TicketSearchIndex;
  /** Everything the features hold about one person (the export of their data), by feature. */
  personalData(employeeId: string, options: PersonalDataOptions): Promise<Record<string, unknown>>;
}

/** How an export shows sealed values: in full to their owner (after a recent sign-in), masked to HR. */
export interface PersonalDataOptions {
  sensitive: 'full' | 'masked';
}

/** What a feature's timed work is given. */
export interface JobContext {
  clock: Clock;
  mailer: Mailer;
  logger: Logger;
  publicUrl: string;
}

export interface Feature {
  /** The folder's name: `server/src/features/<name>`, and the same in shared/ and the client. */
  readonly name: string;
  /** Declares the feature's routes under /api. */
  routes?(api: ApiRouter, context: RouteContext): void;
  /** Defines and schedules its recurring jobs (main.ts; idempotent on every instance). */
  jobs?(jobs: Jobs, context: JobContext): Promise<void>;
  /**
   * Creates whatever part of the demo company the feature holds and is missing, leaving
   * existing records alone; says what it did in one line. Runs after the steps of the
   * features listed before it.
   */
  seedDemo?(): Promise<string>;
  /**
   * Re-encrypts the values it sealed with an older data key with the current one
   * (`npm run keys -- rotate`); says what it did in one line. Safe to run again.
   */
  reseal?(): Promise<string>;
  /**
   * What the feature holds about one person, as plain JSON, for the export of their data
   * (docs/profile.md lists what each part holds). Nothing about anyone else.
   */
  personalData?(employeeId: string, options: PersonalDataOptions): Promise<unknown>;
}
