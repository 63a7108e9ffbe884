import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';

import { SMTPServer } from 'smtp-server';

import { loadConfig } from '../../config/config';
import { TestClock } from '../clock';
import { createLogger } from '../logger';
import { composeMail } from './compose-mail';
import { MAIL_ATTEMPTS, MailRetryModel, retryFailedMail, sendOrRetryLater } from './mail-retries';
import { createMailer, type Mailer } from './mailer';

/** A real SMTP server in this process that refuses every recipient while `down` is set. */
async function startSmtpServer() {
  const state = { down: true, delivered: [] as string[] };
  const server = new SMTPServer({
    disabledCommands: ['STARTTLS'],
    authOptional: true,
    logger: false,
    onRcptTo(address, _session, callback) {
      if (state.down) callback(Object.assign(new Error('Mailbox unavailable, try later'), { responseCode: 450 }));
      else callback();
    },
    onData(stream, session, callback) {
      stream.resume();
      stream.on('end', () => {
        state.delivered.push(...session.envelope.rcptTo.map((recipient) => recipient.address));
        callback();
      });
    },
  });
  server.listen(0, '127.0.0.1');
  await once(server.server, 'listening');
  const port = (server.server.address() as AddressInfo).port;
  return { state, port, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

function captureLogs() {
  const lines: string[] = [];
  const destination = new Writable({ write: (chunk: Buffer, _encoding, done) => done(void lines.push(chunk.toString())) });
  return { logger: createLogger({ level: 'info', destination }), lines };
}

const recipient = (name: string) => `${name}.${Math.random().toString(36).slice(2, 8)}@lumenworks.example`;
const mailTo = (to: string) =>
  composeMail(
    to,
    {
      kind: 'ticket.breach',
      languages: ['es'],
      reference: 'HR-2026-00077',
      title: 'Nómina de marzo',
      target: 'resolution',
      confidential: false,
      path: '/hr/tickets/HR-2026-00077',
    },
    'https://portico.lumenworks.example',
  );

describe('mail retries (a real SMTP server in-process)', () => {
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  let mailer: Mailer;

  beforeEach(async () => {
    await MailRetryModel.deleteMany({});
    smtp = await startSmtpServer();
    mailer = createMailer(loadConfig({ SMTP_URL: `smtp://127.0.0.1:${smtp.port}` }), createLogger({ level: 'silent' }));
  });

  afterEach(async () => {
    await mailer.close();
    await smtp.close();
  });

  it('keeps a mail the server refused and sends it once on a later retry, however many instances retry at once', async () => {
    const { logger, lines } = captureLogs();
    const to = recipient('olivia');
    const clock = new TestClock('2026-03-02T09:00:00Z');

    expect(await sendOrRetryLater(mailer, mailTo(to), logger)).toBeFalse();
    const kept = await MailRetryModel.find({}).lean();
    expect(kept.map(({ attempt, status, nextAttemptAt }) => ({ attempt, status, nextAttemptAt }))).toEqual([
      { attempt: 1, status: 'failed', nextAttemptAt: null },
    ]);
    expect(kept[0]!.message).toEqual(
      jasmine.objectContaining({ to, kind: 'ticket.breach', language: 'es', link: 'https://portico.lumenworks.example/hr/tickets/HR-2026-00077' }),
    );
    expect(kept[0]!.error).toMatch(/Mailbox unavailable/);
    expect(lines.join('\n')).toContain('it will be retried');
    expect(lines.join('\n')).withContext('no address in the log').not.toContain('lumenworks.example');

    smtp.state.down = false;
    const dependencies = { mailer, clock, logger };
    const results = await Promise.all([retryFailedMail(dependencies), retryFailedMail(dependencies), retryFailedMail(dependencies)]);
    expect(results.reduce((sum, result) => sum + result.sent, 0)).toBe(1);
    expect(smtp.state.delivered).toEqual([to]);
    expect((await MailRetryModel.find({}).sort({ attempt: 1 }).lean()).map(({ attempt, status }) => ({ attempt, status }))).toEqual([
      { attempt: 1, status: 'retried' },
      { attempt: 2, status: 'sent' },
    ]);

    clock.advance({ days: 1 });
    expect(await retryFailedMail(dependencies))
      .withContext('nothing left to send')
      .toEqual({ sent: 0, failed: 0, gaveUp: 0 });
    expect(smtp.state.delivered.length).toBe(1);
  });

  it(`waits longer after each failure and gives up after ${MAIL_ATTEMPTS} attempts, logging an error`, async () => {
    const { logger, lines } = captureLogs();
    const clock = new TestClock('2026-03-02T09:00:00Z');
    const dependencies = { mailer, clock, logger };
    await sendOrRetryLater(mailer, mailTo(recipient('marcus')), logger);

    expect((await retryFailedMail(dependencies)).failed)
      .withContext('attempt 2, with the next run')
      .toBe(1);
    clock.advance({ minutes: 4 });
    expect((await retryFailedMail(dependencies)).failed)
      .withContext('attempt 3 waits 5 minutes')
      .toBe(0);
    clock.advance({ minutes: 1 });
    expect((await retryFailedMail(dependencies)).failed).toBe(1);
    clock.advance({ minutes: 29 });
    expect((await retryFailedMail(dependencies)).failed)
      .withContext('attempt 4 waits 30 minutes')
      .toBe(0);
    clock.advance({ minutes: 1 });
    expect((await retryFailedMail(dependencies)).failed).toBe(1);
    clock.advance({ minutes: 119 });
    expect((await retryFailedMail(dependencies)).gaveUp)
      .withContext('attempt 5 waits 2 hours')
      .toBe(0);
    clock.advance({ minutes: 1 });
    expect((await retryFailedMail(dependencies)).gaveUp).toBe(1);

    clock.advance({ days: 1 });
    smtp.state.down = false;
    expect(await retryFailedMail(dependencies))
      .withContext('given up: never again')
      .toEqual({ sent: 0, failed: 0, gaveUp: 0 });
    expect(smtp.state.delivered).toEqual([]);
    const attempts = await MailRetryModel.find({}).sort({ attempt: 1 }).lean();
    expect(attempts.map(({ attempt, status }) => `${attempt} ${status}`)).toEqual(['1 retried', '2 retried', '3 retried', '4 retried', '5 gave_up']);
    const given = lines.map((line) => JSON.parse(line) as { level: number; msg: string }).filter((line) => line.msg.startsWith('mail given up'));
    expect(given.map((line) => line.level)).toEqual([50]);
    expect(lines.join('\n')).not.toContain('lumenworks.example');

    clock.advance({ days: 31 });
    await retryFailedMail(dependencies);
    expect(await MailRetryModel.countDocuments({}))
      .withContext('finished attempts are removed after 30 days')
      .toBe(0);
  });
});
