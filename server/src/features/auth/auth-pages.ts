import type { Request, Response } from 'express';
import type { PortalSettings } from '../settings';

/**
 * The few pages the server renders itself, because they are reached from the identity
 * provider's POST, before there is a session or a web client: sign-in refused, and
 * "you are not in the HR directory". In the interface languages, chosen from the
 * browser's Accept-Language. No scripts; one inline style allowed by this response's nonce.
 */
type Messages = Record<
  | 'failedTitle'
  | 'failedBody'
  | 'failedHelp'
  | 'notInDirectoryTitle'
  | 'notInDirectoryBody'
  | 'notInDirectoryHelp'
  | 'tooManyTitle'
  | 'tooManyBody'
  | 'contactHr'
  | 'email'
  | 'phone'
  | 'hours'
  | 'tryAgain'
  | 'reference',
  string
>;

const messages: Record<'en' | 'es', Messages> = {
  en: {
    failedTitle: 'We could not sign you in',
    failedBody: 'Your company’s sign-in service sent a reply that Portico could not accept. Please try again.',
    failedHelp: 'If it keeps happening, contact HR and give them this reference:',
    notInDirectoryTitle: 'You are not in the HR directory',
    notInDirectoryBody: 'You signed in with your company account, but Portico could not find you in the HR directory, so it cannot show your information yet.',
    notInDirectoryHelp: 'Please contact HR: they can add you or correct your record.',
    tooManyTitle: 'Too many sign-ins at once',
    tooManyBody: 'Portico has had a great many sign-in attempts from your network in the last few seconds. Please wait {seconds} seconds and try again.',
    contactHr: 'Contact HR',
    email: 'Email',
    phone: 'Phone',
    hours: 'Hours',
    tryAgain: 'Try again',
    reference: 'Reference',
  },
  es: {
    failedTitle: 'No hemos podido iniciar tu sesión',
    failedBody: 'El servicio de inicio de sesión de tu empresa envió una respuesta que Portico no pudo aceptar. Inténtalo de nuevo.',
    failedHelp: 'Si vuelve a ocurrir, contacta con RR. HH. e indica esta referencia:',
    notInDirectoryTitle: 'No figuras en el directorio de RR. HH.',
    notInDirectoryBody:
      'Has iniciado sesión con tu cuenta de empresa, pero Portico no te encuentra en el directorio de RR. HH., así que todavía no puede mostrar tu información.',
    notInDirectoryHelp: 'Contacta con RR. HH.: pueden darte de alta o corregir tu ficha.',
    tooManyTitle: 'Demasiados inicios de sesión a la vez',
    tooManyBody:
      'Portico ha recibido muchísimos intentos de inicio de sesión desde tu red en los últimos segundos. Espera {seconds} segundos y vuelve a intentarlo.',
    contactHr: 'Contactar con RR. HH.',
    email: 'Correo',
    phone: 'Teléfono',
    hours: 'Horario',
    tryAgain: 'Intentarlo de nuevo',
    reference: 'Referencia',
  },
};

type Contact = PortalSettings['hrContact'] | null;

const escape = (text: string) => text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

function page(language: string, nonce: string, title: string, body: string): string {
  return `<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)} · Portico</title>
<link rel="icon" type="image/svg+xml" href="/favicon.svg">
<style nonce="${nonce}">
  body { font: 16px/1.5 system-ui, sans-serif; margin: 0; background: #f8f9ff; color: #191c20; }
  main { max-width: 36rem; margin: 0 auto; padding: 2rem 1rem; }
  h1 { font-size: 1.5rem; line-height: 1.3; }
  .contact { background: #fff; border: 1px solid #c4c6d0; border-radius: 12px; padding: 1rem; }
  a { color: #0b57d0; }
  .button { display: inline-block; margin-top: 1rem; padding: .6rem 1.2rem; border-radius: 20px; background: #0b57d0; color: #fff; text-decoration: none; }
  code { font-size: .95em; }
</style>
</head>
<body><main>${body}</main></body>
</html>`;
}

function contactBlock(text: Messages, contact: Contact): string {
  if (!contact) return '';
  const rows = [
    `<li>${text.email}: <a href="mailto:${escape(contact.email)}">${escape(contact.email)}</a></li>`,
    contact.phone ? `<li>${text.phone}: <a href="tel:${escape(contact.phone.replace(/[^+\d]/g, ''))}">${escape(contact.phone)}</a></li>` : '',
    contact.hours ? `<li>${text.hours}: ${escape(contact.hours)}</li>` : '',
  ].join('');
  return `<section class="contact" aria-labelledby="contact-hr"><h2 id="contact-hr">${text.contactHr}</h2><ul>${rows}</ul></section>`;
}

function languageOf(request: Request): keyof typeof messages {
  return request.acceptsLanguages('en', 'es') === 'es' ? 'es' : 'en';
}

function send(response: Response, status: number, html: string): void {
  response.status(status).type('html').setHeader('Cache-Control', 'no-store').send(html);
}

export function renderSignInFailed(request: Request, response: Response, contact: Contact): void {
  const language = languageOf(request);
  const text = messages[language];
  const body = `<h1>${text.failedTitle}</h1>
<p>${text.failedBody}</p>
<p>${text.failedHelp} <code>${escape(String(request.id))}</code></p>
<a class="button" href="/auth/login">${text.tryAgain}</a>
${contactBlock(text, contact)}`;
  send(response, 401, page(language, String(response.locals['cspNonce']), text.failedTitle, body));
}

export function renderNotInDirectory(request: Request, response: Response, contact: Contact): void {
  const language = languageOf(request);
  const text = messages[language];
  const body = `<h1>${text.notInDirectoryTitle}</h1>
<p>${text.notInDirectoryBody}</p>
<p>${text.notInDirectoryHelp}</p>
${contactBlock(text, contact)}
<p>${text.reference}: <code>${escape(String(request.id))}</code></p>`;
  send(response, 403, page(language, String(response.locals['cspNonce']), text.notInDirectoryTitle, body));
}

/** Sign-in starts or SAML answers from one address went over their limit (the response carries Retry-After). */
export function renderTooManySignIns(request: Request, response: Response, retryAfterSeconds: number): void {
  const language = languageOf(request);
  const text = messages[language];
  const body = `<h1>${text.tooManyTitle}</h1>
<p>${text.tooManyBody.replace('{seconds}', String(retryAfterSeconds))}</p>
<a class="button" href="/auth/login">${text.tryAgain}</a>`;
  send(response, 429, page(language, String(response.locals['cspNonce']), text.tooManyTitle, body));
}
