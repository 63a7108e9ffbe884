import { createHmac } from 'node:crypto';
import { model, Schema } from 'mongoose';

import { isDuplicateKey } from '../db/inserts';
import type { Logger } from '../logger';

/*
 * A limit of `limit` requests in any `windowMs` (a sliding window), per client, shared by
 * every API instance because it is decided in the database, and decided by inserts: the
 * embedded database's `$inc` and conditional updates are not atomic (docs/database.md), so
 * counters there lose counts under concurrency. That is also why rate-limiter-flexible's
 * MongoDB store is not used (ADR 0010).
 *
 * Each request a client is allowed is a hit numbered in order, `<limit>:<client>:<n>`, the
 * number taken by inserting it (the duplicate-key error says another request has it). Hit
 * n may be taken only when hit n − limit is older than the window, so no window ever holds
 * more than `limit` hits, however many instances race; a refusal's Retry-After is when that
 * older hit leaves the window. A head document per client says how far its numbers have
 * gone (a hint read by `_id`: inserts decide). Every read and write is by `_id`. Expired
 * hits and heads are removed by the application (no TTL indexes on the embedded database).
 * Clients are stored and logged as a keyed hash, never as an address or an employee id.
 */

export interface RateLimitRule {
  limit: number;
  windowMs: number;
}

export type Verdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

const hitSchema = new Schema(
  { _id: { type: String, required: true }, at: { type: Date, required: true }, expiresAt: { type: Date, required: true } },
  { strict: 'throw', versionKey: false },
);
hitSchema.index({ expiresAt: 1 });
export const RateLimitHitModel = model('RateLimitHit', hitSchema, 'rate_limit_hits');

const headSchema = new Schema(
  { _id: { type: String, required: true }, last: { type: Number, required: true }, expiresAt: { type: Date, required: true } },
  { strict: 'throw', versionKey: false },
);
headSchema.index({ expiresAt: 1 });
export const RateLimitHeadModel = model('RateLimitHead', headSchema, 'rate_limit_heads');

const PRUNE_EVERY_MS = 600_000;
/** Every limit made in this process (a handful; in specs, one set per test server). */
const inProcess = new Set<SlidingWindowLimit>();

/** What this instance knows of a client from its own recent hits. */
interface Recent {
  /** The last number this instance took (or saw taken). */
  last: number;
  /** When each of this instance's hits within the last `limit` numbers was taken. */
  times: Map<number, number>;
  touched: number;
}

export class SlidingWindowLimit {
  /** Until when each refused client has been logged, so a flood is one log line per window, not one per request. */
  private readonly logged = new Map<string, number>();
  /** Saves reads: a client served here within the window needs one insert per request. */
  private readonly recent = new Map<string, Recent>();
  private lastPruned = 0;

  constructor(
    /** Stable and unique: part of every stored id (`tickets.create`, `auth.login` …). */
    readonly name: string,
    readonly rule: RateLimitRule,
    private readonly options: { secret: string; logger: Logger },
  ) {
    inProcess.add(this);
  }

  /** Forgets what this instance remembers (its records were removed). */
  forget(): void {
    this.recent.clear();
  }

  /** The client as stored and logged: a keyed hash of the address or employee id. */
  client(key: string): string {
    return createHmac('sha256', this.options.secret).update(`${this.name}\n${key}`).digest('base64url').slice(0, 22);
  }

  /** Takes one request for `key` at `now`, or says when it may come again. */
  async take(key: string, now: Date): Promise<Verdict> {
    const client = this.client(key);
    const prefix = `${this.name}:${client}`;
    const { limit, windowMs } = this.rule;
    const at = now.getTime();
    const head = async () => ((await RateLimitHeadModel.findById(prefix).lean())?.last ?? 0) + 1;
    // A number this instance took within the window was not removed, nor any after it, so
    // starting there is safe; otherwise the head says where to start.
    const recent = this.recent.get(prefix);
    const known = recent && at - recent.touched < windowMs ? recent : undefined;
    let number = known ? known.last + 1 : await head();
    for (let collisions = 1; ; collisions++) {
      if (number > limit) {
        const earlier = known?.times.get(number - limit) ?? (await RateLimitHitModel.findById(`${prefix}:${number - limit}`).lean())?.at.getTime();
        if (earlier !== undefined && earlier > at - windowMs) {
          const retryAfterSeconds = Math.max(1, Math.ceil((earlier + windowMs - at) / 1000));
          this.logRefusal(client, now, retryAfterSeconds);
          return { allowed: false, retryAfterSeconds };
        }
      }
      try {
        await RateLimitHitModel.create({ _id: `${prefix}:${number}`, at: now, expiresAt: new Date(at + windowMs) });
        break;
      } catch (error) {
        if (!isDuplicateKey(error)) throw error;
        // Taken by another request: the next number, or after a few, where the head says.
        number = collisions % 3 === 0 ? Math.max(number + 1, await head()) : number + 1;
      }
    }
    this.remember(prefix, number, at);
    // The head is a hint: written without making the request wait for it.
    RateLimitHeadModel.replaceOne({ _id: prefix }, { last: number, expiresAt: new Date(at + windowMs) }, { upsert: true }).catch((error: unknown) =>
      this.options.logger.warn({ err: error, limit: this.name }, 'rate limit head not written'),
    );
    await this.pruneNowAndThen(now);
    return { allowed: true };
  }

  private remember(prefix: string, number: number, at: number): void {
    const recent = this.recent.get(prefix) ?? { last: 0, times: new Map<number, number>(), touched: 0 };
    recent.last = Math.max(recent.last, number);
    recent.times.set(number, at);
    for (const taken of recent.times.keys()) if (taken <= recent.last - this.rule.limit) recent.times.delete(taken);
    recent.touched = Math.max(recent.touched, at);
    this.recent.set(prefix, recent);
  }

  /** Removes this limit's hits and heads past their window, at most every ten minutes per instance (a scan on the embedded database). */
  private async pruneNowAndThen(now: Date): Promise<void> {
    if (Math.abs(now.getTime() - this.lastPruned) < PRUNE_EVERY_MS) return;
    this.lastPruned = now.getTime();
    for (const [prefix, recent] of this.recent) if (now.getTime() - recent.touched >= this.rule.windowMs) this.recent.delete(prefix);
    await removeRecords(this.name, { expiresAt: { $lt: now } });
  }

  private logRefusal(client: string, now: Date, retryAfterSeconds: number): void {
    if ((this.logged.get(client) ?? 0) > now.getTime()) return;
    for (const [other, until] of this.logged) if (until <= now.getTime()) this.logged.delete(other);
    this.logged.set(client, now.getTime() + this.rule.windowMs);
    this.options.logger.warn({ limit: this.name, client, retryAfterSeconds }, 'rate limit reached');
  }
}

/**
 * Removes what a limit stored: what has expired, or (specs) everything, so a spec can go
 * past the limit again; then every instance of it in this process forgets its own hits too.
 */
export async function removeRecords(name: string, condition: { expiresAt?: { $lt: Date } } = {}): Promise<void> {
  if (!condition.expiresAt) for (const limit of inProcess) if (limit.name === name) limit.forget();
  const filter = { _id: { $regex: `^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:` }, ...condition };
  await Promise.all([RateLimitHitModel.deleteMany(filter), RateLimitHeadModel.deleteMany(filter)]);
}
