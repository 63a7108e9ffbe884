import type { RequestHandler } from 'express';
import session from 'express-session';
import type { Connection } from 'mongoose';

import { SessionStore } from './session-store';
import { recordAuditEvent } from '../../audit';

export const SESSION_COOKIE = 'portico.sid';
/** lastSeenAt is written at most this often, so reads do not each cost a session write. */
const ACTIVITY_RESOLUTION_MS = 60_000;

export interface SessionSettings {
  secret: string;
  secureCookies: boolean;
  idleTimeoutMs: number;
  absoluteTimeoutMs: number;
}

/**
 * Server-side sessions in MongoDB (session-store.ts), in an httpOnly, SameSite=Lax cookie.
 * The store keeps a session for the absolute timeout after its last write at most; the
 * idle and absolute timeouts are enforced by `sessionTimeouts`, which can tell an expiry
 * from a visitor who never signed in.
 */
export function sessionStore(connection: Connection, absoluteTimeoutMs: number): SessionStore {
  return new SessionStore(connection.getClient().db(connection.name), absoluteTimeoutMs);
}

export function sessionMiddleware(store: SessionStore, settings: SessionSettings): RequestHandler {
  return session({
    name: SESSION_COOKIE,
    secret: settings.secret,
    store,
    resave: false,
    saveUninitialized: false,
    rolling: false,
    unset: 'destroy',
    cookie: {
      httpOnly: true,
      sameSite: 'lax',
      secure: settings.secureCookies,
      path: '/',
      maxAge: settings.absoluteTimeoutMs,
    },
  });
}

/**
 * Ends a signed-in session that was idle too long or is older than the absolute limit,
 * records the expiry, and marks the request so the API can answer `session_expired`.
 */
export function sessionTimeouts(settings: SessionSettings): RequestHandler {
  return async (request, _response, next) => {
    const principal = request.user;
    if (!principal) return next();
    const now = Date.now();
    const { authenticatedAt = 0, lastSeenAt = authenticatedAt } = request.session;
    const reason =
      now - authenticatedAt > settings.absoluteTimeoutMs ? 'absolute_timeout' : now - lastSeenAt > settings.idleTimeoutMs ? 'idle_timeout' : undefined;
    if (!reason) {
      if (now - lastSeenAt >= ACTIVITY_RESOLUTION_MS) request.session.lastSeenAt = now;
      return next();
    }
    await recordAuditEvent(request.log, {
      type: 'session.expired',
      outcome: 'success',
      employeeId: principal.employeeId,
      reason,
      requestId: String(request.id),
    });
    await new Promise<void>((resolve, reject) => request.session.destroy((error) => (error ? reject(error) : resolve())));
    request.user = undefined;
    request.sessionExpired = true;
    next();
  };
}
