import { Writable } from 'node:stream';
import request from 'supertest';

import { seedDemoPeople } from '../../test/demo-company';
import { identityOf, SamlBrowser } from '../../test/saml-browser';
import { startTestServer, testApp, testConfig, type TestServer } from '../../test/test-app';
import { createLogger } from '../logger';
import { composeMail } from './compose-mail';
import { createMailer } from './mailer';
import { OutboxMailer, OutboxMessageModel } from './outbox-mailer';
import { SmtpMailer } from './smtp-mailer';
import { personas } from '../../features/directory';

const silent = createLogger({ level: 'silent' });
const PUBLIC_URL = 'http://localhost:3000';

/** A recipient of this spec's own, so messages other specs leave behind never mix in. */
const recipient = (name: string) => `${name}.${Math.random().toString(36).slice(2, 8)}@lumenworks.example`;

describe('outbox mailer', () => {
  it('is what createMailer gives without SMTP, and warns at start only in production', () => {
    const lines: string[] = [];
    const logger = createLogger({
      level: 'info',
      destination: new Writable({ write: (chunk: Buffer, _encoding, done) => done(void lines.push(chunk.toString())) }),
    });
    expect(createMailer(testConfig(), logger).mode).toBe('outbox');
    expect(lines).toEqual([]);
    expect(createMailer({ ...testConfig(), environment: 'production' }, logger)).toBeInstanceOf(OutboxMailer);
    expect(lines.length).toBe(1);
    expect(JSON.parse(lines[0]!)).toEqual(jasmine.objectContaining({ level: 40, msg: jasmine.stringMatching(/SMTP is not configured/) }));
  });

  it('keeps one document per message in mail_outbox, under a random id', async () => {
    const to = recipient('emma');
    const mailer = new OutboxMailer(silent);
    const mail = composeMail(
      to,
      { kind: 'ticket.received', languages: ['es'], reference: 'REF-5', title: 'Carta de verificación', confidential: false, path: '/tickets/REF-5' },
      PUBLIC_URL,
    );
    await mailer.send(mail);
    await mailer.send(mail);

    const stored = await OutboxMessageModel.find({ to }).lean();
    expect(stored.length).toBe(2);
    expect(stored[0]!._id).not.toBe(stored[1]!._id);
    expect(stored[0]!._id).toMatch(/^[0-9a-f-]{36}$/);
    expect(stored[0]).toEqual(
      jasmine.objectContaining({
        to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        language: 'es',
        kind: 'ticket.received',
        link: 'http://localhost:3000/tickets/REF-5',
      }),
    );
  });

  it('removes messages older than 30 days when it next sends', async () => {
    const to = recipient('old');
    let now = new Date('2026-01-01T10:00:00Z');
    const mailer = new OutboxMailer(silent, () => now);
    const mail = composeMail(
      to,
      { kind: 'ticket.resolved', languages: ['en'], reference: 'REF-6', title: 'Old', confidential: false, path: '/tickets/REF-6' },
      PUBLIC_URL,
    );
    await mailer.send(mail);
    now = new Date('2026-02-15T10:00:00Z');
    await mailer.send(mail);
    expect((await OutboxMessageModel.find({ to }).lean()).map((message) => message.createdAt.toISOString())).toEqual(['2026-02-15T10:00:00.000Z']);
  });
});

describe('development outbox pages', () => {
  const mailer = new OutboxMailer(silent);
  let server: TestServer;
  let admin: SamlBrowser;

  beforeAll(async () => {
    await seedDemoPeople();
    server = await startTestServer({}, { mailer });
    admin = new SamlBrowser(server);
    await admin.signIn(await identityOf(personas.hrAdmin.id, ['portico-hr-admins']));
  });

  afterAll(() => server.close());

  it('list the latest messages, newest first: a page with every field, and JSON for tests', async () => {
    const to = recipient('marcus');
    await mailer.send(
      composeMail(
        to,
        {
          kind: 'ticket.received',
          languages: ['en'],
          reference: 'REF-10',
          title: 'First <script>alert(1)</script>',
          confidential: false,
          path: '/tickets/REF-10',
        },
        PUBLIC_URL,
      ),
    );
    await new Promise((resolve) => setTimeout(resolve, 5));
    await mailer.send(
      composeMail(
        to,
        { kind: 'ticket.replied', languages: ['es'], reference: 'REF-10', title: 'First', excerpt: 'Respuesta', confidential: false, path: '/tickets/REF-10' },
        PUBLIC_URL,
      ),
    );

    const json = await admin.get(`/api/dev/outbox?to=${encodeURIComponent(to)}`);
    expect(json.status).toBe(200);
    expect(json.type).toBe('application/json');
    expect(json.headers['cache-control']).toBe('no-store');
    expect(json.body.messages.map((message: { kind: string }) => message.kind)).toEqual(['ticket.replied', 'ticket.received']);
    expect(json.body.messages[0]).toEqual(
      jasmine.objectContaining({ to, language: 'es', link: 'http://localhost:3000/tickets/REF-10', subject: '[REF-10] Nueva respuesta a tu solicitud: First' }),
    );
    expect(json.body.messages[0].text).toContain('> Respuesta');
    expect(typeof json.body.messages[0].createdAt).toBe('string');
    const byKind = await admin.get(`/api/dev/outbox?to=${encodeURIComponent(to)}&kind=ticket.received`);
    expect(byKind.body.messages.length).toBe(1);
    expect((await admin.get('/api/dev/outbox?to[$ne]=x')).status).toBe(400);

    // Filtered to this spec's recipient: other specs' mail shares the database.
    const page = await admin.get(`/dev/outbox?to=${encodeURIComponent(to)}`);
    expect(page.status).toBe(200);
    expect(page.type).toBe('text/html');
    expect(page.headers['cache-control']).toBe('no-store');
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.text).not.toContain('<script');
    expect(page.text).toContain('First &#60;script&#62;alert(1)&#60;/script&#62;');
    expect(page.text).toContain(to);
    expect(page.text).toContain('<code>ticket.replied</code>');
    expect(page.text).toContain('>es</dd>');
    expect(page.text).toContain('Respuesta');
    expect(page.text).toContain('<time datetime="');
    expect(page.text.indexOf('Nueva respuesta')).toBeLessThan(page.text.indexOf('We have received'));
    const nonce = /style nonce="([^"]+)"/.exec(page.text)![1]!;
    expect(page.headers['content-security-policy']).toContain(`'nonce-${nonce}'`);
  });

  it('lists at most 100 messages', async () => {
    await OutboxMessageModel.insertMany(
      Array.from({ length: 105 }, (_, index) => ({
        _id: `bulk-${index}-${Math.random()}`,
        to: 'bulk@lumenworks.example',
        subject: `Bulk ${index}`,
        text: 'x',
        language: 'en',
        kind: 'ticket.received',
        link: 'http://localhost:3000/',
        createdAt: new Date(),
      })),
    );
    const json = await admin.get('/api/dev/outbox');
    expect(json.body.messages.length).toBe(100);
    await OutboxMessageModel.deleteMany({ to: 'bulk@lumenworks.example' });
  });

  it('are for signed-in HR admins only: signed out, the page sends to sign-in and the JSON is 401; anyone else gets 403', async () => {
    const anonymous = await request(server.url).get('/api/dev/outbox');
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.messages).toBeUndefined();
    const page = await request(server.url).get('/dev/outbox?to=x').redirects(0);
    expect(page.status).toBe(303);
    expect(page.headers['location']).toBe('/auth/login?returnTo=%2Fdev%2Foutbox%3Fto%3Dx');

    for (const [id, groups] of [
      [personas.employee.id, []],
      [personas.hrAgent.id, ['portico-hr-agents']],
    ] as const) {
      const someone = new SamlBrowser(server);
      await someone.signIn(await identityOf(id, [...groups]));
      const json = await someone.get('/api/dev/outbox');
      expect(json.status).withContext(id).toBe(403);
      expect(json.body.code).toBe('forbidden');
      const html = await someone.get('/dev/outbox');
      expect(html.status).withContext(id).toBe(403);
      expect(html.text).not.toContain('lumenworks.example');
    }
  });

  it('answer 404 in production, and when mail goes through SMTP', async () => {
    const production = testApp({ mailer, config: { ...testConfig(), environment: 'production' } });
    await request(production).get('/dev/outbox').expect(404);
    await request(production)
      .get('/api/dev/outbox')
      .expect(404)
      .expect('Content-Type', /problem\+json/);

    const smtp = new SmtpMailer({ from: 'Portico <no-reply@localhost>', smtp: { host: '127.0.0.1', port: 2525, secure: false } }, silent);
    const withSmtp = testApp({ mailer: smtp });
    await request(withSmtp).get('/dev/outbox').expect(404);
    await request(withSmtp).get('/api/dev/outbox').expect(404);
  });
});
