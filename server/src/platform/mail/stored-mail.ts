import type { MailMessage } from './mailer';

/**
 * A message's fields as the outbox and the retries keep them (`html` null when there is
 * none). A function, so that each schema gets its own definition object.
 */
export const storedMailFields = () =>
  ({
    to: { type: String, required: true },
    subject: { type: String, required: true },
    text: { type: String, required: true },
    html: { type: String, default: null },
    language: { type: String, required: true },
    kind: { type: String, required: true },
    link: { type: String, required: true },
  }) as const;

export type StoredMail = Omit<MailMessage, 'html' | 'language'> & { html?: string | null; language: string };

export const toStoredMail = ({ to, subject, text, html, language, kind, link }: MailMessage) => ({
  to,
  subject,
  text,
  html: html ?? null,
  language,
  kind,
  link,
});

export const fromStoredMail = <T extends StoredMail>(stored: T): Omit<T, 'html' | 'language'> & MailMessage => ({
  ...stored,
  html: stored.html ?? undefined,
  language: stored.language as MailMessage['language'],
});
