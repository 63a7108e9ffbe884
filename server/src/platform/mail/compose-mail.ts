import { isInterfaceLanguage, type InterfaceLanguage } from '@portico/shared/i18n/languages';
import type { MailMessage } from './mailer';
import type { MailCatalogue, MailKind } from './messages/catalogue';
import { en } from './messages/en';
import { es } from './messages/es';

export { mailKinds, type MailKind } from './messages/catalogue';

const catalogues: Record<InterfaceLanguage, MailCatalogue> = { en, es };

/** Long replies are cut here: the mail invites to read the rest in Portico. */
const EXCERPT_LENGTH = 400;

export interface MailContent {
  kind: MailKind;
  /**
   * The recipient's language tags, best first (the interface language they chose, then
   * the one HR writes to them in): the first one Portico speaks wins, else English.
   */
  languages: readonly (string | null | undefined)[];
  /** The ticket's reference (`REF-123`): the only detail a confidential mail carries. */
  reference?: string;
  /** The ticket's subject line. */
  title?: string;
  /** Who asked (a personal data change). */
  person?: string;
  /** Personal data fields (`homeAddress` …), named in the recipient's language; never their values. */
  fields?: readonly string[];
  /** When it happened, written in the recipient's language and the given time zone. */
  at?: { date: Date; timeZone: string };
  /** The start of the reply or resolution note (plain text), for `replied` and `resolved`. */
  excerpt?: string;
  /** Which target a breach missed. */
  target?: 'firstResponse' | 'resolution';
  /** Drops the title and the excerpt: the mail says only that there is an update. */
  confidential?: boolean;
  /** Where in the portal the link points (`/tickets/REF-123`). */
  path: string;
}

/** The first of the tags whose primary language Portico writes mail in (`es-ES` → `es`). */
export function mailLanguage(tags: readonly (string | null | undefined)[]): InterfaceLanguage {
  for (const tag of tags) {
    const primary = tag?.split(/[-_]/)[0]?.toLowerCase();
    if (isInterfaceLanguage(primary)) return primary;
  }
  return 'en';
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (character) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[character]!);

/** One line of text: no line breaks (a subject is a header), runs of spaces made one. */
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

function shortened(text: string): string {
  const clean = text
    .replace(/\r\n?/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  if (clean.length <= EXCERPT_LENGTH) return clean;
  const cut = clean.slice(0, EXCERPT_LENGTH);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), EXCERPT_LENGTH / 2)).trimEnd()}…`;
}

const fill = (template: string, values: Record<string, string>) => template.replace(/\{(\w+)\}/g, (_match, name: string) => values[name] ?? '');

/** An absolute link into the portal; only a path of this site is accepted. */
export function portalLink(publicUrl: string, path: string): string {
  if (!/^\/(?![/\\])/.test(path)) throw new Error(`a mail link must be a path of the portal, not ${JSON.stringify(path)}`);
  return `${publicUrl.replace(/\/+$/, '')}${path}`;
}

/**
 * Writes an email in the recipient's language, as text and as simple HTML
 * (every value escaped; nothing a person typed is ever taken as HTML). A confidential
 * ticket's mail names its reference and nothing else; a personal data mail names the
 * fields, never their values.
 */
export function composeMail(to: string, content: MailContent, publicUrl: string): MailMessage {
  const language = mailLanguage(content.languages);
  const words = catalogues[language];
  const kind = words.kinds[content.kind];
  const link = portalLink(publicUrl, content.path);
  const confidential = Boolean(content.confidential && kind.confidentialSubject && kind.confidentialIntro);
  const values = {
    reference: oneLine(content.reference ?? ''),
    title: oneLine(content.title ?? ''),
    target: words.targets[content.target ?? 'resolution'],
    person: oneLine(content.person ?? ''),
    fields: new Intl.ListFormat(language, { type: 'conjunction' }).format((content.fields ?? []).map((field) => words.fieldNames[field] ?? field)),
    at: content.at ? new Intl.DateTimeFormat(language, { dateStyle: 'long', timeStyle: 'short', timeZone: content.at.timeZone }).format(content.at.date) : '',
  };
  const subject = oneLine(fill(confidential ? kind.confidentialSubject! : kind.subject, values));
  const intro = fill(confidential ? kind.confidentialIntro! : kind.intro, values);
  const excerpt = !confidential && content.excerpt?.trim() ? shortened(content.excerpt) : undefined;
  const closing = confidential ? undefined : kind.closing;

  const text = [
    intro,
    excerpt
      ?.split('\n')
      .map((line) => `> ${line}`.trimEnd())
      .join('\n'),
    closing,
    `${words.open}: ${link}`,
    `-- \n${words.footer}`,
  ]
    .filter(Boolean)
    .join('\n\n');

  const paragraph = (line: string) => `<p style="margin:0 0 16px">${escapeHtml(line)}</p>`;
  const html = `<!doctype html>
<html lang="${language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(subject)}</title></head>
<body style="margin:0;padding:24px;font:16px/1.5 Roboto,Arial,sans-serif;color:#1b1b1f;background:#ffffff">
${paragraph(intro)}
${excerpt ? `<blockquote style="margin:0 0 16px;padding:8px 16px;border-left:4px solid #c4c6d0;color:#44474e;white-space:pre-line">${escapeHtml(excerpt)}</blockquote>` : ''}
${closing ? paragraph(closing) : ''}
<p style="margin:24px 0"><a href="${escapeHtml(link)}" style="display:inline-block;padding:10px 20px;border-radius:20px;background:#3f5f90;color:#ffffff;text-decoration:none">${escapeHtml(words.open)}</a></p>
<p style="margin:0 0 16px;word-break:break-all"><a href="${escapeHtml(link)}">${escapeHtml(link)}</a></p>
<p style="margin:32px 0 0;font-size:13px;color:#5d5e66">${escapeHtml(words.footer)}</p>
</body></html>
`;
  return { to, subject, text, html, language, kind: content.kind, link };
}
