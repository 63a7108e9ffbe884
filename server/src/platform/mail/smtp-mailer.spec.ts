import { once } from 'node:events';
import type { AddressInfo } from 'node:net';

import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

import { loadConfig } from '../../config/config';
import { capturedLogger } from '../../test/helpers';
import { createLogger } from '../logger';
import { composeMail } from './compose-mail';
import { createMailer } from './mailer';
import { OutboxMessageModel } from './outbox-mailer';

const PUBLIC_URL = 'https://portico.lumenworks.example';

interface Received {
  from: string | undefined;
  to: string[];
  user: string | undefined;
  mail: ParsedMail;
}

/**
 * A real SMTP server on a free loopback port, in this process: plain text (no TLS), with
 * optional or required sign-in. What it accepts is parsed with mailparser.
 */
async function startSmtpServer(options: { requireAuth?: boolean; refuse?: string } = {}) {
  const received: Received[] = [];
  const server = new SMTPServer({
    disabledCommands: ['STARTTLS'],
    authOptional: !options.requireAuth,
    allowInsecureAuth: true,
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username === 'portico' && auth.password === 'p@ss word') callback(null, { user: auth.username });
      else callback(new Error('Invalid username or password'));
    },
    onRcptTo(address, _session, callback) {
      if (options.refuse && address.address === options.refuse) callback(Object.assign(new Error('No such mailbox'), { responseCode: 550 }));
      else callback();
    },
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((mail) => {
          received.push({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : undefined,
            to: session.envelope.rcptTo.map((recipient) => recipient.address),
            user: session.user as string | undefined,
            mail,
          });
          callback();
        })
        .catch(callback);
    },
  });
  server.listen(0, '127.0.0.1');
  await once(server.server, 'listening');
  const port = (server.server.address() as AddressInfo).port;
  return { port, received, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

const reply = {
  kind: 'ticket.replied' as const,
  languages: ['es-ES'],
  reference: 'REF-1042',
  title: 'Certificado de empresa para el banco',
  excerpt: 'Te adjuntamos el certificado firmado.',
  confidential: false,
  path: '/tickets/REF-1042',
};

describe('SMTP mailer (a real SMTP server in-process)', () => {
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;

  afterEach(() => smtp?.close());

  it('delivers a Spanish reply with its subject, link and language, from MAIL_FROM, and keeps nothing in the outbox', async () => {
    smtp = await startSmtpServer();
    const { logger, lines } = capturedLogger();
    const config = loadConfig({ SMTP_HOST: '127.0.0.1', SMTP_PORT: String(smtp.port), MAIL_FROM: 'Lumen Works HR <hr@lumenworks.example>' });
    const mailer = createMailer(config, logger);
    expect(mailer.mode).toBe('smtp');
    const outboxBefore = await OutboxMessageModel.countDocuments({});

    await mailer.send(composeMail('emma.lopez@lumenworks.example', reply, PUBLIC_URL));

    expect(smtp.received.length).toBe(1);
    const [{ from, to, mail }] = smtp.received as [Received];
    expect(from).toBe('hr@lumenworks.example');
    expect(to).toEqual(['emma.lopez@lumenworks.example']);
    expect(mail.from?.text).toBe('"Lumen Works HR" <hr@lumenworks.example>');
    expect(mail.subject).toBe('[REF-1042] Nueva respuesta a tu solicitud: Certificado de empresa para el banco');
    expect(mail.headers.get('content-language')).toBe('es');
    expect(mail.headers.get('auto-submitted')).toBe('auto-generated');
    expect(mail.headers.get('x-portico-kind')).toBe('ticket.replied');
    expect(mail.text).toContain('Abrir en Portico: https://portico.lumenworks.example/tickets/REF-1042');
    expect(mail.text).toContain('> Te adjuntamos el certificado firmado.');
    expect(mail.html || '').toContain('href="https://portico.lumenworks.example/tickets/REF-1042"');
    expect(mail.html || '').toContain('<html lang="es">');

    expect(await OutboxMessageModel.countDocuments({})).toBe(outboxBefore);
    const logged = JSON.stringify(lines);
    expect(logged).toContain('"kind":"ticket.replied"');
    expect(logged).not.toContain('emma.lopez');
    expect(logged).not.toContain('Certificado');
    await mailer.close();
  });

  it('sends a confidential ticket’s mail with nothing but the reference and the link', async () => {
    smtp = await startSmtpServer();
    const mailer = createMailer(loadConfig({ SMTP_URL: `smtp://127.0.0.1:${smtp.port}` }), createLogger({ level: 'silent' }));
    const confidential = { ...reply, title: 'Acoso en el equipo de ventas', excerpt: 'Hemos hablado con tu responsable, Marcus.', confidential: true };

    await mailer.send(composeMail('emma.lopez@lumenworks.example', confidential, PUBLIC_URL));

    const { mail } = smtp.received[0]!;
    expect(mail.subject).toBe('Hay novedades en tu solicitud REF-1042');
    const everything = [mail.subject, mail.text, mail.html || '', mail.headerLines.map((line) => line.line).join('\n')].join('\n');
    for (const detail of ['Acoso', 'ventas', 'responsable', 'Marcus']) expect(everything).not.toContain(detail);
    expect(mail.text).toContain('https://portico.lumenworks.example/tickets/REF-1042');
    expect(mail.from?.text).toBe('"Portico" <no-reply@localhost>');
  });

  it('signs in with the credentials of SMTP_URL when the server asks for them', async () => {
    smtp = await startSmtpServer({ requireAuth: true });
    const mailer = createMailer(loadConfig({ SMTP_URL: `smtp://portico:p%40ss%20word@127.0.0.1:${smtp.port}` }), createLogger({ level: 'silent' }));

    await mailer.send(composeMail('emma.lopez@lumenworks.example', { ...reply, kind: 'ticket.received', languages: ['en'] }, PUBLIC_URL));

    expect(smtp.received.map((message) => message.user)).toEqual(['portico']);
    expect(smtp.received[0]!.mail.subject).toBe('[REF-1042] We have received your request: Certificado de empresa para el banco');
    expect(smtp.received[0]!.mail.headers.get('content-language')).toBe('en');
  });

  it('rejects when the server refuses the message (wrong password, unknown mailbox), logging no address', async () => {
    smtp = await startSmtpServer({ requireAuth: true, refuse: 'nobody@lumenworks.example' });
    const { logger, lines } = capturedLogger();
    const wrongPassword = createMailer(
      loadConfig({ SMTP_HOST: '127.0.0.1', SMTP_PORT: String(smtp.port), SMTP_USER: 'portico', SMTP_PASSWORD: 'wrong' }),
      logger,
    );
    await expectAsync(wrongPassword.send(composeMail('emma.lopez@lumenworks.example', reply, PUBLIC_URL))).toBeRejected();

    const mailer = createMailer(loadConfig({ SMTP_HOST: '127.0.0.1', SMTP_PORT: String(smtp.port), SMTP_USER: 'portico', SMTP_PASSWORD: 'p@ss word' }), logger);
    await expectAsync(mailer.send(composeMail('nobody@lumenworks.example', reply, PUBLIC_URL))).toBeRejected();

    expect(smtp.received.length).toBe(0);
    expect(lines.filter((line) => String(line['msg']).includes('mail not sent')).length).toBe(2);
    expect(JSON.stringify(lines)).not.toContain('lumenworks.example');
  });
});
