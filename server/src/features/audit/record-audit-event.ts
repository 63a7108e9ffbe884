import { randomUUID } from 'node:crypto';

import type { Request } from 'express';

import type { Logger } from '../../platform/logger';
import { AuditEventModel } from './audit-event.model';

export interface AuditEventInput {
  type: string;
  outcome: 'success' | 'failure';
  employeeId?: string | null;
  reason?: string | null;
  requestId?: string | null;
  details?: Record<string, string | number | boolean | string[]> | null;
}

/** Writes an audit event and the same facts to the log (a JSON line with `audit: true`). */
export async function recordAuditEvent(logger: Logger, event: AuditEventInput): Promise<void> {
  const document = {
    _id: randomUUID(),
    at: new Date(),
    employeeId: event.employeeId ?? null,
    reason: event.reason ?? null,
    requestId: event.requestId ?? null,
    details: event.details ?? null,
    type: event.type,
    outcome: event.outcome,
  };
  logger[event.outcome === 'failure' ? 'warn' : 'info'](
    { audit: true, event: { ...document, at: document.at.toISOString() } },
    `audit: ${event.type} ${event.outcome}`,
  );
  await AuditEventModel.create(document);
}

/** Who makes a change and in which request: what the audit event of a settings change needs. */
export interface Editor {
  employeeId: string;
  requestId: string;
  log: Logger;
}

/** The editor of a change made through an API request by `actor`. */
export const editorOf = (actor: { employeeId: string }, request: Request): Editor => ({
  employeeId: actor.employeeId,
  requestId: String(request.id),
  log: request.log,
});
