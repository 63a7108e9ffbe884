import nodemailer, { type Transporter } from 'nodemailer';

import type { MailConfig } from '../../config/config';
import type { Logger } from '../logger';
import type { Mailer, MailMessage } from './mailer';

/** Short enough that a job sending mail to an unreachable server gives up and retries later. */
const timeouts = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 };

/**
 * Sends through the configured SMTP server with nodemailer, one connection per message
 * (mail is rare: a pool would hold a connection open for nothing). Nothing is written to
 * the outbox; the log keeps kind, language and the server's message id, never the
 * recipient or the body.
 */
export class SmtpMailer implements Mailer {
  readonly mode = 'smtp';
  private readonly transport: Transporter;

  constructor(
    config: MailConfig,
    private readonly logger: Logger,
  ) {
    const smtp = config.smtp!;
    this.transport = nodemailer.createTransport(
      {
        host: smtp.host,
        port: smtp.port,
        secure: smtp.secure,
        auth: smtp.user ? { user: smtp.user, pass: smtp.password } : undefined,
        ...timeouts,
      },
      { from: config.from },
    );
  }

  async send(message: MailMessage): Promise<void> {
    try {
      const info = await this.transport.sendMail({
        to: message.to,
        subject: message.subject,
        text: message.text,
        html: message.html,
        headers: {
          'Content-Language': message.language,
          // RFC 3834: out-of-office robots should not answer a notification.
          'Auto-Submitted': 'auto-generated',
          'X-Portico-Kind': message.kind,
        },
      });
      this.logger.info({ mail: { kind: message.kind, language: message.language, messageId: info.messageId } }, 'mail sent');
    } catch (error) {
      this.logger.warn(
        { mail: { kind: message.kind, language: message.language }, err: { message: (error as Error).message, code: (error as { code?: string }).code } },
        'mail not sent',
      );
      throw error;
    }
  }

  async close(): Promise<void> {
    this.transport.close();
  }
}
