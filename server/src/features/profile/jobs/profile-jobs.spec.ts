import { defaultApprovalTiming, type Inbox, type MyData, type Submitted } from '@portico/shared/profile/profile.schemas';

import { silentLogger, startTestServer, type TestServer } from '../../../test/test-app';
import { SamlBrowser, identityOf } from '../../../test/saml-browser';
import { seedDemoPeople } from '../../../test/demo-company';
import { AuditEventModel } from '../../audit';
import { EmployeeModel, personas } from '../../directory';
import { createEmployee, removeEmployees } from '../../directory/testing';
import { NotificationModel } from '../../notifications';
import { workingCalendars } from '../../settings';
import { OutboxMailer, OutboxMessageModel } from '../../../platform/mail/outbox-mailer';
import { PersonalRevisionModel } from '../personal-record.models';
import { ChangeApplicationModel, ToApplyModel } from '../requests/change-request.models';
import { applyDue, remindAndEscalate, workingDaysBetween } from './profile-jobs';

const DAY = 24 * 3_600_000;

describe('profile jobs', () => {
  let server: TestServer;
  let marcus: SamlBrowser;
  let priya: SamlBrowser;
  const made: string[] = [];

  const address = (line1: string) => ({ country: 'ES', line1, line2: '', city: 'Madrid', region: '', postalCode: '28013' });
  const context = (now: Date) => ({
    now,
    log: silentLogger,
    messenger: { mailer: new OutboxMailer(silentLogger), publicUrl: server.url, logger: silentLogger },
  });

  async function report(): Promise<{ id: string; browser: SamlBrowser }> {
    const employee = await createEmployee({ managerId: personas.manager.id });
    made.push(employee._id);
    const browser = new SamlBrowser(server);
    await browser.signIn(await identityOf(employee._id));
    return { id: employee._id, browser };
  }

  async function ask(browser: SamlBrowser, changes: object, extra: object = {}): Promise<string> {
    const response = await browser.sendWithXsrf('post', '/api/profile/me/changes', { changes, ...extra });
    return (response.body as Submitted).requests[0]!.id;
  }

  /** The first moment at least `days` working days (in Marcus's office calendar) after `from`. */
  async function afterWorkingDays(from: Date, days: number): Promise<Date> {
    const calendar = (await workingCalendars())((await EmployeeModel.findById(personas.manager.id).lean())!.locationId);
    let at = from;
    while (workingDaysBetween(from, at, calendar) < days) at = new Date(at.getTime() + DAY);
    return at;
  }

  beforeAll(async () => {
    await seedDemoPeople();
    server = await startTestServer();
    marcus = new SamlBrowser(server);
    await marcus.signIn(await identityOf(personas.manager.id));
    priya = new SamlBrowser(server);
    await priya.signIn(await identityOf(personas.hrAgent.id, ['portico-hr-agents']));
  });

  afterAll(async () => {
    await removeEmployees(...made);
    await server.close();
  });

  it('counts working days in an office calendar: weekdays, less holidays', () => {
    const calendar = { timeZone: 'Europe/Madrid', days: [1, 2, 3, 4, 5], hours: { start: '09:00', end: '17:00' }, holidays: ['2026-12-08'] };
    // Friday 4 December to Friday 11 December: Monday 7, Wednesday 9, Thursday 10, Friday 11 (Tuesday 8 is a holiday).
    expect(workingDaysBetween(new Date('2026-12-04T10:00:00Z'), new Date('2026-12-11T10:00:00Z'), calendar)).toBe(4);
    expect(workingDaysBetween(new Date('2026-12-04T10:00:00Z'), new Date('2026-12-06T20:00:00Z'), calendar)).toBe(0);
  });

  it('applies a change on its effective day, once, even when two runs meet', async () => {
    const sam = await report();
    const day = (offset: number) => new Date(Date.now() + offset * DAY).toISOString().slice(0, 10);
    const id = await ask(sam.browser, { homeAddress: address('Calle del Futuro 1') }, { effectiveDate: day(2) });
    expect((await marcus.sendWithXsrf('post', `/api/profile/approvals/${id}/decision`, { outcome: 'approved' })).body.state).toBe('scheduled');

    expect(await applyDue(context(new Date(Date.now() + DAY))))
      .withContext('not yet')
      .toBe(0);
    const due = new Date(`${day(2)}T12:00:00Z`);
    const runs = await Promise.all([applyDue(context(due)), applyDue(context(due))]);
    expect(runs.reduce((sum, count) => sum + count, 0)).toBe(1);
    expect(await applyDue(context(due))).toBe(0);
    expect(await PersonalRevisionModel.countDocuments({ employeeId: sam.id, requestId: id })).toBe(1);
    const data = (await sam.browser.get('/api/profile/me')).body as MyData;
    expect(data.personal.homeAddress?.line1).toBe('Calle del Futuro 1');
    expect(data.requests[0]?.state).toBe('applied');
    expect(await ToApplyModel.exists({ _id: id })).toBeNull();
  });

  it('finishes an application a stopped process left half done, without writing it twice', async () => {
    const sam = await report();
    const id = await ask(sam.browser, { homeAddress: address('Calle Interrumpida 2') });
    await marcus.sendWithXsrf('post', `/api/profile/approvals/${id}/decision`, { outcome: 'approved' });
    // As if the process had stopped after claiming and writing, before noting it done.
    await ChangeApplicationModel.updateOne({ _id: id }, { $set: { appliedAt: null, version: null, claimedAt: new Date(Date.now() - 3_600_000) } });
    await ToApplyModel.create({ _id: id, due: '2000-01-01', by: personas.manager.id, onBehalfOf: null });

    expect(await applyDue(context(new Date()))).toBe(1);
    expect(await PersonalRevisionModel.countDocuments({ employeeId: sam.id, requestId: id })).toBe(1);
    expect((await ChangeApplicationModel.findById(id).lean())?.appliedAt).not.toBeNull();
  });

  it('holds an approved bank account change for the safety delay, then applies it once', async () => {
    const sam = await report();
    const id = await ask(sam.browser, { bankAccount: { scheme: 'iban', holder: 'Sam Spec', iban: 'GB33BUKB20201555555555' } });
    const approved = await priya.sendWithXsrf('post', `/api/profile/approvals/${id}/decision`, { outcome: 'approved' });
    expect(approved.body.state).toBe('scheduled');
    const mine = ((await sam.browser.get('/api/profile/me')).body as MyData).requests.find((request) => request.id === id)!;
    const held = Date.parse(mine.holdUntil!) - Date.parse(mine.decidedAt!);
    expect(held).toBe(defaultApprovalTiming.bankAccountDelayHours * 3_600_000);

    expect(await applyDue(context(new Date(Date.parse(mine.holdUntil!) - 60_000))))
      .withContext('within the delay')
      .toBe(0);
    const after = new Date(Date.parse(mine.holdUntil!) + 60_000);
    expect((await Promise.all([applyDue(context(after)), applyDue(context(after))])).reduce((sum, count) => sum + count, 0)).toBe(1);
    expect(await PersonalRevisionModel.countDocuments({ employeeId: sam.id, requestId: id })).toBe(1);
    expect(((await sam.browser.get('/api/profile/me')).body as MyData).personal.bankAccount?.last4).toBe('5555');
    // Told at the work address when it was asked for and when it reached the record, naming no account.
    const mails = await OutboxMessageModel.find({ to: (await EmployeeModel.findById(sam.id).lean())!.workEmail }).lean();
    expect(mails.map((mail) => mail.kind).sort()).toEqual(['profile.bank_applied', 'profile.bank_requested', 'profile.request_approved']);
    expect(JSON.stringify(mails)).not.toContain('5555');
  });

  it('reminds the manager once after three working days, and offers the request to HR once after five', async () => {
    const sam = await report();
    const id = await ask(sam.browser, { homeAddress: address('Calle Olvidada 3') });
    const asked = new Date();
    const reminders = () => NotificationModel.countDocuments({ _id: `profile.reminder:${id}` });

    await remindAndEscalate(context(new Date(asked.getTime() + DAY)));
    expect(await reminders()).toBe(0);

    const third = await afterWorkingDays(asked, defaultApprovalTiming.remindAfterDays);
    await remindAndEscalate(context(third));
    await remindAndEscalate(context(third));
    expect(await reminders()).toBe(1);
    expect(((await priya.get('/api/profile/approvals')).body as Inbox).items.map((item) => item.id)).not.toContain(id);

    const fifth = await afterWorkingDays(asked, defaultApprovalTiming.escalateAfterDays);
    await Promise.all([remindAndEscalate(context(fifth)), remindAndEscalate(context(fifth))]);
    await remindAndEscalate(context(fifth));
    const offered = ((await priya.get('/api/profile/approvals')).body as Inbox).items.filter((item) => item.id === id);
    expect(offered.length).toBe(1);
    expect(offered[0]?.escalated).toBeTrue();
    expect(await AuditEventModel.countDocuments({ type: 'profile.request_escalated', 'details.changeRequest': id })).toBe(1);

    // HR may decide it now; the manager's inbox no longer shows it.
    expect((await priya.sendWithXsrf('post', `/api/profile/approvals/${id}/decision`, { outcome: 'approved' })).body.state).toBe('applied');
    expect(((await marcus.get('/api/profile/approvals')).body as Inbox).items.map((item) => item.id)).not.toContain(id);
  });
});
