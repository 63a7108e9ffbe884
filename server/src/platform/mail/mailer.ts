import type { InterfaceLanguage } from '@portico/shared/i18n/languages';
import type { Config } from '../../config/config';
import type { Logger } from '../logger';
import { OutboxMailer } from './outbox-mailer';
import { SmtpMailer } from './smtp-mailer';

/** One message, already written in the recipient's language (see `composeMail`). */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string;
  language: InterfaceLanguage;
  /** What the message is about (`ticket.replied`…): shown in the outbox, sent as a header. */
  kind: string;
  /** The portal address the message points to. */
  link: string;
}

/**
 * Outgoing email. `send` resolves once the message is handed over (accepted by the SMTP
 * server, or stored in the outbox) and rejects when it is refused: callers that must not
 * fail because of mail (a request that already did its work) catch and log, or send from
 * a job that retries.
 */
export interface Mailer {
  /** `smtp`: messages leave through the configured server; `outbox`: they are kept in `mail_outbox` only. */
  readonly mode: 'smtp' | 'outbox';
  send(message: MailMessage): Promise<void>;
  close(): Promise<void>;
}

/** SMTP when configured; otherwise the database outbox, which production allows with a warning. */
export function createMailer(config: Pick<Config, 'environment' | 'mail'>, logger: Logger): Mailer {
  if (config.mail.smtp) return new SmtpMailer(config.mail, logger);
  if (config.environment === 'production') {
    logger.warn('SMTP is not configured (SMTP_URL or SMTP_HOST): no email leaves Portico, messages are only kept in the mail_outbox collection');
  }
  return new OutboxMailer(logger);
}
