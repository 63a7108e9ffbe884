import { randomUUID } from 'node:crypto';
import { model, Schema } from 'mongoose';

import type { Clock } from '../clock';
import { isDuplicateKey } from '../db/inserts';
import type { Jobs } from '../jobs/jobs';
import type { Logger } from '../logger';
import type { Mailer, MailMessage } from './mailer';
import { fromStoredMail, storedMailFields, toStoredMail, type StoredMail } from './stored-mail';

/*
 * Mail that could not leave is kept and tried again by a recurring job, with a growing
 * delay, until it leaves or the attempts run out. One document per attempt, `_id`
 * `<mail id>:<attempt>`: the insert of the next attempt is what lets one instance, and
 * only one, retry a mail (docs/database.md, finding #4: updates cannot decide a race on the
 * embedded database). The collection stays small: only mail that failed ever lands here,
 * and finished attempts go after `KEEP_FOR_MS`.
 */

const mailRetryJob = 'platform.mail.retry';
/** The original send and four retries. */
export const MAIL_ATTEMPTS = 5;
/**
 * How long to wait after a failed attempt before the next: the first retry comes with the
 * job's next run (within a minute), then after 5 minutes, 30 minutes and 2 hours. Each is
 * longer than a send can take (the SMTP mailer gives up within a minute), so a retry in
 * flight is never taken for a failed one.
 */
const RETRY_DELAYS_MS = [0, 5 * 60_000, 30 * 60_000, 2 * 3_600_000] as const;
const KEEP_FOR_MS = 30 * 86_400_000;

const mailRetryStatuses = ['failed', 'retried', 'sent', 'gave_up'] as const;
type MailRetryStatus = (typeof mailRetryStatuses)[number];

const retrySchema = new Schema(
  {
    /** `<mail id>:<attempt>`. */
    _id: { type: String, required: true },
    mailId: { type: String, required: true },
    attempt: { type: Number, required: true },
    message: { type: new Schema(storedMailFields(), { _id: false }), required: true },
    /** `failed`: due again at `nextAttemptAt`; `retried`: the next attempt has it; `sent`, `gave_up`: done. */
    status: { type: String, enum: mailRetryStatuses, required: true },
    /** Null: with the job's next run. */
    nextAttemptAt: { type: Date, default: null },
    /** The server's refusal or the network error, without the recipient. */
    error: { type: String, default: null },
    updatedAt: { type: Date, required: true },
  },
  { strict: 'throw', versionKey: false },
);
// For MongoDB; the embedded database scans this small collection whatever the index.
retrySchema.index({ status: 1, nextAttemptAt: 1 });
export const MailRetryModel = model('MailRetry', retrySchema, 'mail_retries');

export interface StoredMailRetry {
  _id: string;
  mailId: string;
  attempt: number;
  message: StoredMail & { html: string | null };
  status: MailRetryStatus;
  nextAttemptAt: Date | null;
  error: string | null;
  updatedAt: Date;
}

const reason = (error: unknown) => (error instanceof Error ? error.message : String(error)).slice(0, 500);
/** What the log keeps of a send error: nodemailer's errors also list the envelope's addresses. */
const logged = (error: unknown) => ({ message: reason(error), code: (error as { code?: string } | null)?.code });

/**
 * Sends, and keeps for a retry what the server refused or could not take: for callers whose
 * work is done already (a reply stored, a breach recorded), which must not fail because of
 * mail. Never rejects; resolves to whether the mail left now.
 */
export async function sendOrRetryLater(mailer: Mailer, message: MailMessage, logger: Logger, now: Date = new Date()): Promise<boolean> {
  try {
    await mailer.send(message);
    return true;
  } catch (error) {
    try {
      const mailId = randomUUID();
      await MailRetryModel.create({
        _id: `${mailId}:1`,
        mailId,
        attempt: 1,
        message: toStoredMail(message),
        status: 'failed',
        nextAttemptAt: null,
        error: reason(error),
        updatedAt: now,
      });
      logger.warn({ err: logged(error), mail: { kind: message.kind, language: message.language } }, 'mail not sent; it will be retried');
    } catch (keepError) {
      logger.error({ err: logged(keepError), mail: { kind: message.kind } }, 'mail not sent, and not kept for a retry');
    }
    return false;
  }
}

export interface MailRetryDependencies {
  mailer: Mailer;
  clock: Clock;
  logger: Logger;
}

export interface MailRetryResult {
  sent: number;
  failed: number;
  gaveUp: number;
}

/**
 * Tries again every kept mail that is due. Safe to run on several instances at once: an
 * attempt belongs to whoever inserted it. After a crash mid-send, the attempt counts as
 * failed and the next one comes in its time (at least once, as with any mail).
 */
export async function retryFailedMail({ mailer, clock, logger }: MailRetryDependencies): Promise<MailRetryResult> {
  const result: MailRetryResult = { sent: 0, failed: 0, gaveUp: 0 };
  const now = clock.now();
  const due = (await MailRetryModel.find({ status: 'failed' }).lean<StoredMailRetry[]>()).filter((retry) => !retry.nextAttemptAt || retry.nextAttemptAt <= now);
  for (const previous of due) {
    const attempt = previous.attempt + 1;
    const retired = { status: 'retried' as const, updatedAt: now };
    try {
      // Counted as failed until it reports back, so an instance that dies here leaves it due later.
      await MailRetryModel.create({
        _id: `${previous.mailId}:${attempt}`,
        mailId: previous.mailId,
        attempt,
        message: previous.message,
        status: attempt < MAIL_ATTEMPTS ? 'failed' : 'gave_up',
        nextAttemptAt: attempt < MAIL_ATTEMPTS ? new Date(now.getTime() + RETRY_DELAYS_MS[attempt - 1]!) : null,
        error: null,
        updatedAt: now,
      });
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
      // Another instance has this attempt: only make sure the previous one is no longer due.
      await MailRetryModel.updateOne({ _id: previous._id }, { $set: retired });
      continue;
    }
    await MailRetryModel.updateOne({ _id: previous._id }, { $set: retired });
    const id = `${previous.mailId}:${attempt}`;
    const log = { kind: previous.message.kind, language: previous.message.language, attempt };
    try {
      await mailer.send(fromStoredMail(previous.message));
      await MailRetryModel.updateOne({ _id: id }, { $set: { status: 'sent', nextAttemptAt: null, updatedAt: clock.now() } });
      logger.info({ mail: log }, 'mail sent on a retry');
      result.sent++;
    } catch (error) {
      await MailRetryModel.updateOne({ _id: id }, { $set: { error: reason(error), updatedAt: clock.now() } });
      if (attempt < MAIL_ATTEMPTS) {
        logger.warn({ err: logged(error), mail: log }, 'mail not sent on a retry; it will be retried');
        result.failed++;
      } else {
        logger.error({ err: logged(error), mail: log }, `mail given up after ${MAIL_ATTEMPTS} attempts`);
        result.gaveUp++;
      }
    }
  }
  await MailRetryModel.deleteMany({ status: { $ne: 'failed' }, updatedAt: { $lt: new Date(now.getTime() - KEEP_FOR_MS) } });
  return result;
}

/** The recurring retry (every minute) on the portal's scheduler. */
export async function scheduleMailRetries(jobs: Jobs, dependencies: MailRetryDependencies): Promise<void> {
  jobs.define(mailRetryJob, async () => {
    const result = await retryFailedMail(dependencies);
    if (result.sent || result.failed || result.gaveUp) dependencies.logger.info({ mail: result }, 'mail retries done');
  });
  await jobs.every('1 minute', mailRetryJob);
}
