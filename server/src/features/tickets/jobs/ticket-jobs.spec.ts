import mongoose from 'mongoose';

import { currentDatabase } from '../../../test/test-database';
import { silentLogger } from '../../../test/test-app';
import { createJobs, jobCollections, type Jobs } from '../../../platform/jobs/jobs';
import { OutboxMessageModel, OutboxMailer } from '../../../platform/mail/outbox-mailer';
import {
  type Cast,
  clearTickets,
  file,
  type HelpDeskServer,
  leaveQuestion,
  misconductReport,
  resetRateLimit,
  useHelpDesk,
  workEmailOf,
} from '../help-desk.testing';
import { TicketMessageModel, TicketModel, TicketQueueModel } from '../ticket.models';
import { AutoCloseClaimModel, autoCloseResolved } from './auto-close';
import { sweepSlaBreaches, type JobContext } from './sla-sweep';
import { scheduleTicketJobs, ticketJobs } from './ticket-jobs';
import { EmployeeModel, personas } from '../../directory';
import { NotificationModel } from '../../notifications';

/*
 * The help desk's timed work against the real database: a test clock jumps, and the sweeps
 * run directly, twice at once, or through two schedulers on separate connections (two API
 * instances), as `runDue()` does it in production's place.
 */
describe('help desk jobs', () => {
  let server: HelpDeskServer;
  let cast: Cast;
  let other: mongoose.Connection;
  const schedulers: Jobs[] = [];

  const agentUrl = (id: string, action = '') => `/api/tickets/agent/tickets/${id}${action ? `/${action}` : ''}`;
  const context = (): JobContext => ({
    now: server.clock.now(),
    messenger: { mailer: new OutboxMailer(silentLogger, () => server.clock.now()), publicUrl: server.url, logger: silentLogger },
  });
  const breachMails = (id: string) => OutboxMessageModel.find({ kind: 'ticket.breach', link: `${server.url}/hr/tickets/${id}` }).lean();
  const breachNotices = (id: string) => NotificationModel.find({ type: 'ticket.breach', link: `/hr/tickets/${id}` }).lean();
  const stateEvents = async (id: string) =>
    (await TicketMessageModel.find({ ticketId: id, kind: 'event' }).lean())
      .filter((message) => message.event?.key === 'ticket.event.state')
      .map((message) => ({ ...message.event!.params, by: message.authorId }));

  /** Two API instances' schedulers on the spec clock, the help desk's jobs defined on each. */
  async function twoInstances(): Promise<[Jobs, Jobs]> {
    const dependencies = { clock: server.clock, mailer: new OutboxMailer(silentLogger, () => server.clock.now()), logger: silentLogger, publicUrl: server.url };
    const first = createJobs({ clock: server.clock, logger: silentLogger });
    const second = createJobs({ clock: server.clock, logger: silentLogger, db: other.db! });
    schedulers.push(first, second);
    await Promise.all([scheduleTicketJobs(first, dependencies), scheduleTicketJobs(second, dependencies)]);
    return [first, second];
  }
  const removeJobs = async () => {
    const db = currentDatabase().connection.db!;
    await db.collection(jobCollections.jobs).deleteMany({ name: { $in: Object.values(ticketJobs) } });
    await db.collection(jobCollections.claims).deleteMany({ job: { $in: Object.values(ticketJobs) } });
  };

  useHelpDesk(async (started, signedIn) => {
    server = started;
    cast = signedIn;
    const uri = currentDatabase().embedded?.uri ?? process.env['TEST_MONGODB_URI'];
    other = await mongoose.createConnection(uri!, { dbName: currentDatabase().connection.name }).asPromise();
  });

  beforeEach(async () => {
    await clearTickets();
    await resetRateLimit();
    await AutoCloseClaimModel.deleteMany({});
    await removeJobs();
    // Monday 2 March 2026, 10:00 in Madrid, Emma's office (09:00–18:00).
    server.clock.set('2026-03-02T09:00:00Z');
  });

  afterEach(async () => {
    await Promise.all(schedulers.splice(0).map((jobs) => jobs.stop()));
  });

  afterAll(async () => {
    await AutoCloseClaimModel.deleteMany({});
    await removeJobs();
    await other.close();
  });

  describe('SLA breaches', () => {
    it('breach after a time jump notifies once: the team lead in the portal and by one mail, however often and on however many instances the sweep runs', async () => {
      // A leave question: first response in 1 business day (17:00 UTC), resolution in 5 (Friday 13:00 UTC); People Operations, led by Olivia.
      const id = await file(cast.employee, leaveQuestion());
      server.clock.set('2026-03-02T17:00:00Z');
      expect(await sweepSlaBreaches(context()))
        .withContext('due, not yet missed')
        .toBe(0);

      server.clock.set('2026-03-02T17:01:00Z');
      await Promise.all([sweepSlaBreaches(context()), sweepSlaBreaches(context())]);
      await sweepSlaBreaches(context());
      server.clock.advance({ hours: 1 });
      await sweepSlaBreaches(context());

      const notices = await breachNotices(id);
      expect(notices.length).toBe(1);
      expect(notices[0]).toEqual(
        jasmine.objectContaining({
          _id: `ticket.breach:${id}:first-response`,
          employeeId: personas.hrAdmin.id,
          params: { reference: id, title: 'How many days of annual leave do I have left?', target: 'first-response' },
        }),
      );
      const mails = await breachMails(id);
      expect(mails.length).toBe(1);
      expect(mails[0]).toEqual(
        jasmine.objectContaining({
          to: await workEmailOf(personas.hrAdmin.id),
          language: 'en',
          subject: `[${id}] Missed first response target: How many days of annual leave do I have left?`,
        }),
      );
      expect(mails[0]!.text).toContain(`${server.url}/hr/tickets/${id}`);

      const ticket = await TicketModel.findById(id).lean();
      expect(ticket!.firstResponseBreachedAt).toEqual(new Date('2026-03-02T17:00:00Z'));
      expect(ticket!.resolutionBreachedAt).toBeNull();
      expect((await TicketQueueModel.findById(id).lean())!.firstResponseBreachedAt).toEqual(new Date('2026-03-02T17:00:00Z'));

      // The resolution target (Friday 13:00 UTC), through two instances' schedulers racing for the same occurrence.
      const [first, second] = await twoInstances();
      server.clock.set('2026-03-06T13:01:00Z');
      await Promise.all([first.runDue(), second.runDue()]);
      server.clock.advance({ minutes: 1 });
      await Promise.all([first.runDue(), second.runDue()]);
      expect((await breachNotices(id)).map((notice) => notice._id).sort()).toEqual([`ticket.breach:${id}:first-response`, `ticket.breach:${id}:resolution`]);
      expect((await breachMails(id)).map((mail) => mail.subject).sort()).toEqual([
        `[${id}] Missed first response target: How many days of annual leave do I have left?`,
        `[${id}] Missed resolution target: How many days of annual leave do I have left?`,
      ]);
      expect((await TicketModel.findById(id).lean())!.resolutionBreachedAt).toEqual(new Date('2026-03-06T13:00:00Z'));

      // Agents see it: the queue and the ticket say "breached", with the dates missed.
      const breach = { breached: true, firstResponseBreachedAt: '2026-03-02T17:00:00.000Z', resolutionBreachedAt: '2026-03-06T13:00:00.000Z' };
      const queue = await cast.admin.get('/api/tickets/agent/queue?view=unassigned');
      expect(queue.body.tickets.find((entry: { id: string }) => entry.id === id)).toEqual(jasmine.objectContaining(breach));
      expect((await cast.admin.get(agentUrl(id))).body).toEqual(jasmine.objectContaining(breach));
    });

    it('never breaches while waiting on the employee, and does once the clock runs again past the moved due date', async () => {
      const id = await file(cast.employee, leaveQuestion());
      server.clock.advance({ hours: 1 });
      const asked = await cast.admin.sendWithXsrf('post', agentUrl(id, 'messages'), { kind: 'reply', body: 'Which year?', state: 'waiting_on_employee' });
      expect(asked.status).toBe(201);
      expect((await cast.admin.get(agentUrl(id))).body)
        .withContext('answered in time, paused')
        .toEqual(jasmine.objectContaining({ breached: false, firstResponseBreachedAt: null, resolutionBreachedAt: null }));

      // A month waiting: the resolution target (5 business days) would long be missed if the clock ran.
      server.clock.set('2026-04-01T08:00:00Z');
      expect(await sweepSlaBreaches(context())).toBe(0);
      expect(await breachNotices(id)).toEqual([]);

      // Wednesday 1 April, 10:00 in Madrid: the clock runs again with the 4 business days and 7 hours left.
      const answered = await cast.employee.sendWithXsrf('post', `/api/tickets/${id}/replies`, { body: '2026, please.' });
      expect(answered.body.state).toBe('open');
      const dueAt = new Date(answered.body.resolutionDueAt as string);
      expect(dueAt > server.clock.now()).toBeTrue();
      expect(await sweepSlaBreaches(context())).toBe(0);

      server.clock.set(dueAt).advance({ minutes: 1 });
      expect(await sweepSlaBreaches(context())).toBe(1);
      expect((await breachNotices(id)).map((notice) => notice._id)).toEqual([`ticket.breach:${id}:resolution`]);
      expect((await TicketModel.findById(id).lean())!.resolutionBreachedAt).toEqual(dueAt);
    });

    it('tells the lead of a confidential ticket its reference only, in the lead\u2019s language', async () => {
      await EmployeeModel.updateOne({ _id: personas.hrAdmin.id }, { $set: { interfaceLanguage: 'es' } });
      try {
        // Employee Relations, led by Olivia: first response in 2 business hours.
        const id = await file(cast.employee, misconductReport('I want to report harassment by my team lead Marcus.'));
        server.clock.set('2026-03-02T11:01:00Z');
        expect(await sweepSlaBreaches(context())).toBe(1);

        const [notice] = await breachNotices(id);
        expect(notice!.params).toEqual({ reference: id, target: 'first-response' });
        const [mail] = await breachMails(id);
        expect(mail).toEqual(jasmine.objectContaining({ language: 'es', to: await workEmailOf(personas.hrAdmin.id) }));
        expect(mail!.subject).toContain(id);
        const everything = [mail!.subject, mail!.text, mail!.html ?? ''].join('\n');
        for (const detail of ['harass', 'Marcus', 'team lead']) expect(everything).not.toContain(detail);
      } finally {
        await EmployeeModel.updateOne({ _id: personas.hrAdmin.id }, { $set: { interfaceLanguage: null } });
      }
    });
  });

  describe('auto-close', () => {
    const resolve = (id: string) => cast.admin.sendWithXsrf('post', agentUrl(id, 'state'), { state: 'resolved' });

    it('auto-close after a time jump: 7 days after its resolution, not before, a ticket closes with its event and leaves the queue', async () => {
      const id = await file(cast.employee, leaveQuestion());
      server.clock.advance({ hours: 2 });
      expect((await resolve(id)).status).toBe(200);
      const resolvedAt = server.clock.now();

      server.clock.advance({ days: 7, minutes: -1 });
      expect(await autoCloseResolved(context())).toBe(0);
      expect((await TicketModel.findById(id).lean())!.state).toBe('resolved');

      server.clock.advance({ minutes: 1 });
      const closed = await Promise.all([autoCloseResolved(context()), autoCloseResolved(context())]);
      expect(closed[0] + closed[1])
        .withContext('one of two sweeps at once closes it')
        .toBe(1);
      const ticket = await TicketModel.findById(id).lean();
      expect(ticket!.state).toBe('closed');
      expect(ticket!.closedAt).toEqual(new Date(resolvedAt.getTime() + 7 * 86_400_000));
      expect(await TicketQueueModel.exists({ _id: id })).toBeNull();
      expect(await stateEvents(id)).toEqual([
        { from: 'new', to: 'resolved', by: personas.hrAdmin.id },
        { from: 'resolved', to: 'closed', by: null },
      ]);
      // The requester sees it closed and may still reopen within 14 days of the resolution.
      const mine = await cast.employee.get(`/api/tickets/${id}`);
      expect(mine.body.state).toBe('closed');
      expect(mine.body.actions).toContain('reopen');

      server.clock.advance({ days: 1 });
      expect(await autoCloseResolved(context())).toBe(0);
      expect((await stateEvents(id)).length).toBe(2);
    });

    it('does not close a ticket that was reopened, and counts 7 days from its next resolution', async () => {
      const id = await file(cast.employee, leaveQuestion());
      expect((await resolve(id)).status).toBe(200);
      server.clock.advance({ days: 2 });
      expect((await cast.employee.sendWithXsrf('post', `/api/tickets/${id}/reopen`)).status).toBe(200);

      server.clock.advance({ days: 8 });
      expect(await autoCloseResolved(context())).toBe(0);
      expect((await TicketModel.findById(id).lean())!.state).toBe('open');

      expect((await resolve(id)).status).toBe(200);
      server.clock.advance({ days: 6 });
      expect(await autoCloseResolved(context())).toBe(0);
      server.clock.advance({ days: 1 });
      expect(await autoCloseResolved(context())).toBe(1);
      expect((await TicketModel.findById(id).lean())!.state).toBe('closed');
    });

    it('runs hourly on the scheduler: two instances close a week-old resolution once', async () => {
      const id = await file(cast.employee, leaveQuestion());
      expect((await resolve(id)).status).toBe(200);
      const [first, second] = await twoInstances();
      await Promise.all([first.runDue(), second.runDue()]);
      expect((await TicketModel.findById(id).lean())!.state).toBe('resolved');

      server.clock.advance({ days: 7, hours: 1 });
      await Promise.all([first.runDue(), second.runDue()]);
      expect((await TicketModel.findById(id).lean())!.state).toBe('closed');
      expect(await stateEvents(id)).toEqual([
        { from: 'new', to: 'resolved', by: personas.hrAdmin.id },
        { from: 'resolved', to: 'closed', by: null },
      ]);
    });
  });
});
