import type { Logger } from '../../platform/logger';
import { composeMail, type MailContent } from '../../platform/mail/compose-mail';
import { sendOrRetryLater } from '../../platform/mail/mail-retries';
import type { Mailer, MailMessage } from '../../platform/mail/mailer';
import { EmployeeModel } from '../directory';

/** What a feature needs to write mail: the mailer, the portal's address for links, a logger. */
export interface Messenger {
  mailer: Mailer;
  /** The portal's address, for links in mail. */
  publicUrl: string;
  logger: Logger;
}

/**
 * Writes to a person of the directory at their work address, in their language (the one
 * they chose in Portico, then the one HR writes to them in). Never throws: what the mail
 * tells of is done already, so a mail that cannot be written is logged, and one that
 * cannot leave is kept and retried by a job.
 */
export async function mailEmployee(messenger: Messenger, employeeId: string, content: Omit<MailContent, 'languages'>): Promise<void> {
  let mail: MailMessage;
  try {
    const person = await EmployeeModel.findById(employeeId, { workEmail: 1, interfaceLanguage: 1, preferredLanguage: 1 }).lean();
    if (!person?.workEmail) return;
    mail = composeMail(person.workEmail, { ...content, languages: [person.interfaceLanguage, person.preferredLanguage] }, messenger.publicUrl);
  } catch (error) {
    messenger.logger.warn({ err: error, mail: { kind: content.kind } }, 'mail not written');
    return;
  }
  await sendOrRetryLater(messenger.mailer, mail, messenger.logger);
}
