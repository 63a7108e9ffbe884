import session from 'express-session';
import type { mongo } from 'mongoose';

interface StoredSession {
  _id: string;
  session: session.SessionData;
  /** When the stored session may be deleted; the timeouts themselves are checked by `sessionTimeouts`. */
  expires: Date;
}

const SWEEP_INTERVAL_MS = 10 * 60_000;

/**
 * express-session's store in the `sessions` collection. We wrote it instead of using
 * connect-mongo because every request reads its session, and connect-mongo reads with
 * `{ _id, $or: [expiry conditions] }`: the embedded database answers any filter but a lone
 * `_id` by scanning the collection (114 ms per request with 2,000 sessions, measured). Here
 * every read, write and delete is by `_id` alone, expiry is checked after reading, and
 * expired sessions are swept every ten minutes. No `touch`: a session is written only when
 * it changes (sign-in, XSRF token, activity once a minute), never on every read.
 */
export class SessionStore extends session.Store {
  private readonly collection: mongo.Collection<StoredSession>;
  private readonly sweep: NodeJS.Timeout;

  constructor(
    database: mongo.Db,
    private readonly lifetimeMs: number,
  ) {
    super();
    this.collection = database.collection<StoredSession>('sessions');
    this.sweep = setInterval(() => void this.collection.deleteMany({ expires: { $lt: new Date() } }).catch(() => undefined), SWEEP_INTERVAL_MS);
    this.sweep.unref();
  }

  override get(sid: string, callback: (error: unknown, session?: session.SessionData | null) => void): void {
    this.collection.findOne({ _id: sid }).then(
      (stored) => callback(null, stored && stored.expires.getTime() > Date.now() ? stored.session : null),
      (error: unknown) => callback(error),
    );
  }

  override set(sid: string, data: session.SessionData, callback?: (error?: unknown) => void): void {
    this.collection.updateOne({ _id: sid }, { $set: { session: data, expires: new Date(Date.now() + this.lifetimeMs) } }, { upsert: true }).then(
      () => callback?.(),
      (error: unknown) => callback?.(error),
    );
  }

  override destroy(sid: string, callback?: (error?: unknown) => void): void {
    this.collection.deleteOne({ _id: sid }).then(
      () => callback?.(),
      (error: unknown) => callback?.(error),
    );
  }

  close(): void {
    clearInterval(this.sweep);
  }
}
