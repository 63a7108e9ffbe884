/** What Portico writes about; each has its own subject and opening line. */
export const mailKinds = [
  'ticket.received',
  'ticket.replied',
  'ticket.resolved',
  'ticket.breach',
  'profile.request_received',
  'profile.request_approved',
  'profile.request_rejected',
  'profile.bank_requested',
  'profile.bank_applied',
] as const;
export type MailKind = (typeof mailKinds)[number];

/** The words of one kind of mail; a kind that may be confidential has a variant that names the reference only. */
export interface MailWords {
  subject: string;
  intro: string;
  closing: string;
  confidentialSubject?: string;
  confidentialIntro?: string;
}

/**
 * The words of every email in one language. `{reference}`, `{title}`, `{target}`,
 * `{person}`, `{fields}` and `{at}` are filled in (and escaped for HTML) by `composeMail`.
 * A help desk mail's `confidential` variant names the reference only: no title, no
 * excerpt, nothing about what the request is. Personal data mails name fields, never values.
 */
export interface MailCatalogue {
  kinds: Record<MailKind, MailWords>;
  /** Which clock a breach is about. */
  targets: { firstResponse: string; resolution: string };
  /** Personal data fields, as a mail names them. */
  fieldNames: Record<string, string>;
  open: string;
  footer: string;
}
