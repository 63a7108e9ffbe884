import { randomUUID } from 'node:crypto';
import { model, Schema } from 'mongoose';

import type { Logger } from '../logger';
import type { Mailer, MailMessage } from './mailer';
import { fromStoredMail, storedMailFields, toStoredMail } from './stored-mail';

/**
 * Mail that would have been sent, kept when no SMTP server is configured (development,
 * demos). One document per message under a random id: nothing here is ever updated.
 */
const outboxSchema = new Schema(
  {
    _id: { type: String, required: true },
    ...storedMailFields(),
    createdAt: { type: Date, required: true },
  },
  { strict: 'throw', versionKey: false },
);
// For MongoDB's "latest first" read and the expiry; a scan on the embedded database,
// fine for an outbox that only development and demos fill.
outboxSchema.index({ createdAt: -1 });
export const OutboxMessageModel = model('OutboxMessage', outboxSchema, 'mail_outbox');

export interface OutboxMessage extends MailMessage {
  id: string;
  createdAt: Date;
}

/** Messages older than this are removed (no TTL index: the embedded database has none). */
const KEEP_FOR_MS = 30 * 24 * 3_600_000;
const PRUNE_EVERY_MS = 3_600_000;

/** Keeps each message in `mail_outbox` instead of sending it; `GET /dev/outbox` lists them. */
export class OutboxMailer implements Mailer {
  readonly mode = 'outbox';
  private lastPruned = 0;

  constructor(
    private readonly logger: Logger,
    /** The time stamped on messages; a test's clock can stand in. */
    private readonly now: () => Date = () => new Date(),
  ) {}

  async send(message: MailMessage): Promise<void> {
    await OutboxMessageModel.create({ _id: randomUUID(), ...toStoredMail(message), createdAt: this.now() });
    this.logger.info({ mail: { kind: message.kind, language: message.language } }, 'mail kept in the outbox (SMTP is not configured)');
    await this.pruneNowAndThen();
  }

  /** The latest messages, newest first, optionally for one recipient or of one kind. */
  async latest(options: { limit?: number; to?: string; kind?: string } = {}): Promise<OutboxMessage[]> {
    const filter = {
      ...(options.to ? { to: String(options.to) } : {}),
      ...(options.kind ? { kind: String(options.kind) } : {}),
    };
    const documents = await OutboxMessageModel.find(filter)
      .sort({ createdAt: -1, _id: 1 })
      .limit(options.limit ?? 100)
      .lean();
    return documents.map(({ _id, ...stored }) => ({ id: _id, ...fromStoredMail(stored) }));
  }

  async close(): Promise<void> {}

  private async pruneNowAndThen(): Promise<void> {
    const now = this.now().getTime();
    if (now - this.lastPruned < PRUNE_EVERY_MS) return;
    this.lastPruned = now;
    try {
      await OutboxMessageModel.deleteMany({ createdAt: { $lt: new Date(now - KEEP_FOR_MS) } });
    } catch (error) {
      this.logger.warn({ err: error }, 'old outbox messages could not be removed');
    }
  }
}
