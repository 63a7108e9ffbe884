/** What the help desk writes about; each has its own subject and opening line. */
export const mailKinds = ['ticket.received', 'ticket.replied', 'ticket.resolved', 'ticket.breach'] as const;
export type MailKind = (typeof mailKinds)[number];

/**
 * The words of every email in one language. `{reference}`, `{title}` and `{target}` are
 * filled in (and escaped for HTML) by `composeMail`. The `confidential` variants name the
 * reference only: no title, no excerpt, nothing about what the request is.
 */
export interface MailCatalogue {
  kinds: Record<MailKind, { subject: string; intro: string; closing: string; confidentialSubject: string; confidentialIntro: string }>;
  /** Which clock a breach is about. */
  targets: { firstResponse: string; resolution: string };
  open: string;
  footer: string;
}
