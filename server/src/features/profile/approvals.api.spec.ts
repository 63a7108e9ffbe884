import type { Inbox, MyData, Submitted } from '@portico/shared/profile/profile.schemas';
import { composeIBAN } from 'ibantools';

import { SamlBrowser, identityOf } from '../../test/saml-browser';
import { startTestServer, type TestServer } from '../../test/test-app';
import { seedDemoPeople } from '../../test/demo-company';
import { AuditEventModel } from '../audit';
import { OutboxMessageModel } from '../../platform/mail/outbox-mailer';
import { EmployeeModel, personas } from '../directory';
import { createEmployee, removeEmployees } from '../directory/testing';
import { NotificationModel } from '../notifications';
import { PersonalRevisionModel } from './personal-record.models';
import { ChangeApplicationModel, ChangeDecisionModel } from './requests/change-request.models';
import { setDelegation } from './requests/delegations';
import { createChangeRequests } from './requests/change-requests';
import { INBOX_PAGE } from './requests/inbox';
import { recordOf } from './my-data';
import { toStored } from './own-changes';

describe('approvals API', () => {
  let server: TestServer;
  let marcus: SamlBrowser;
  let priya: SamlBrowser;
  let olivia: SamlBrowser;
  const made: string[] = [];

  const address = (line1: string) => ({ country: 'ES', line1, line2: '', city: 'Madrid', region: '', postalCode: '28013' });
  const iban = { scheme: 'iban', holder: 'Sam Spec', iban: 'ES91 2100 0418 4502 0005 1332' };

  async function signedIn(id: string, groups: string[] = [], on = server): Promise<SamlBrowser> {
    const browser = new SamlBrowser(on);
    await browser.signIn(await identityOf(id, groups));
    return browser;
  }

  /** Someone new, reporting to `managerId`, signed in. */
  async function report(managerId: string = personas.manager.id): Promise<{ id: string; browser: SamlBrowser }> {
    const employee = await createEmployee({ managerId });
    made.push(employee._id);
    return { id: employee._id, browser: await signedIn(employee._id) };
  }

  async function ask(browser: SamlBrowser, changes: object, extra: object = {}): Promise<string> {
    const response = await browser.sendWithXsrf('post', '/api/profile/me/changes', { changes, ...extra });
    expect(response.status).withContext(JSON.stringify(response.body)).toBe(200);
    return (response.body as Submitted).requests[0]!.id;
  }

  const decide = (browser: SamlBrowser, id: string, body: object) =>
    browser.sendWithXsrf('post', `/api/profile/approvals/${encodeURIComponent(id)}/decision`, body);
  const inboxOf = async (browser: SamlBrowser) => (await browser.get('/api/profile/approvals')).body as Inbox;
  const myData = async (browser: SamlBrowser) => (await browser.get('/api/profile/me')).body as MyData;

  beforeAll(async () => {
    await seedDemoPeople();
    server = await startTestServer();
    marcus = await signedIn(personas.manager.id);
    priya = await signedIn(personas.hrAgent.id, ['portico-hr-agents']);
    olivia = await signedIn(personas.hrAdmin.id, ['portico-hr-admins']);
  });

  afterAll(async () => {
    await setDelegation(personas.manager.id, null, new Date());
    await removeEmployees(...made);
    await server.close();
  });

  it('lets the manager approve a report\u2019s move: in the record at once, in the person\u2019s requests and trail, out of the inbox', async () => {
    const sam = await report();
    const id = await ask(sam.browser, { homeAddress: address('Calle Nueva 5') });
    expect(await NotificationModel.exists({ employeeId: personas.manager.id, type: 'profile.request_received', link: '/approvals' })).not.toBeNull();

    const waiting = (await inboxOf(marcus)).items.find((item) => item.id === id);
    expect(waiting?.employee.id).toBe(sam.id);
    expect(waiting?.fields).toEqual([{ field: 'homeAddress', before: null, after: address('Calle Nueva 5'), current: null, conflict: false }]);
    expect((await inboxOf(priya)).items.map((item) => item.id))
      .withContext('not HR\u2019s')
      .not.toContain(id);

    const decided = await decide(marcus, id, { outcome: 'approved' });
    expect(decided.body).toEqual({ id, state: 'applied', problem: null });
    const data = await myData(sam.browser);
    expect(data.personal.homeAddress?.line1).toBe('Calle Nueva 5');
    expect(data.requests[0]).toEqual(
      jasmine.objectContaining({ id, state: 'applied', decidedBy: { id: personas.manager.id, name: 'Marcus Chen' }, onBehalfOf: null }),
    );
    expect((await inboxOf(marcus)).items.map((item) => item.id)).not.toContain(id);
    expect(await AuditEventModel.exists({ type: 'profile.changed', 'details.subject': sam.id, 'details.changeRequest': id })).not.toBeNull();
    expect(await NotificationModel.exists({ employeeId: sam.id, type: 'profile.change_applied' })).not.toBeNull();
    expect((await NotificationModel.findById(`profile.received:${id}`).lean())?.readAt)
      .withContext('the manager\u2019s notice falls')
      .not.toBeNull();
    await sam.browser.get('/api/profile/me');
    expect(await NotificationModel.exists({ employeeId: sam.id, readAt: null }))
      .withContext('seen on My data')
      .toBeNull();
  });

  it('refuses a decision by the requester, by a manager of someone else and by an employee, and changes nothing', async () => {
    const outsider = await report(personas.hrAdmin.id);
    const id = await ask(outsider.browser, { homeAddress: address('Calle Ajena 1') });
    expect((await decide(marcus, id, { outcome: 'approved' })).status).toBe(403);
    const stranger = await report();
    expect((await decide(stranger.browser, id, { outcome: 'approved' })).status)
      .withContext('no approvals.decide')
      .toBe(403);
    expect((await stranger.browser.get('/api/profile/approvals')).status).toBe(403);

    const hrOwn = await ask(priya, { bankAccount: { ...iban, holder: 'Priya Nair' } });
    const own = await decide(priya, hrOwn, { outcome: 'approved' });
    expect([own.status, own.body.code]).toEqual([403, 'own_request']);
    expect(await ChangeDecisionModel.exists({ _id: { $in: [id, hrOwn] } })).toBeNull();
    expect((await inboxOf(priya)).items.map((item) => item.id)).not.toContain(hrOwn);
    await decide(olivia, hrOwn, { outcome: 'rejected', reason: 'Spec clean-up' });
  });

  it('asks why when rejecting, and tells the person', async () => {
    const since = new Date();
    const sam = await report();
    const id = await ask(sam.browser, { homeAddress: address('Calle Quizás 2') });
    const bare = await decide(marcus, id, { outcome: 'rejected' });
    expect(bare.status).toBe(400);
    expect(bare.body.errors).toEqual([jasmine.objectContaining({ path: 'body.reason', code: 'reason_required' })]);
    const rejected = await decide(marcus, id, { outcome: 'rejected', reason: 'That street is in Barcelona.' });
    expect(rejected.body.state).toBe('rejected');
    const [request] = (await myData(sam.browser)).requests;
    expect([request?.state, request?.reason]).toEqual(['rejected', 'That street is in Barcelona.']);
    expect((await myData(sam.browser)).personal.homeAddress).toBeNull();
    // Marcus heard of it by email, and Sam of the answer; neither mail holds the address or the reason.
    const [samEmail, marcusEmail] = await Promise.all([sam.id, personas.manager.id].map(async (id) => (await EmployeeModel.findById(id).lean())!.workEmail));
    const told = await OutboxMessageModel.find({ createdAt: { $gte: since }, to: { $in: [samEmail, marcusEmail] } }).lean();
    expect(told.map((mail) => `${mail.kind} ${mail.to}`)).toEqual(
      jasmine.arrayWithExactContents([`profile.request_received ${marcusEmail}`, `profile.request_rejected ${samEmail}`]),
    );
    expect(JSON.stringify(told)).not.toContain('Quizás');
    expect(JSON.stringify(told)).not.toContain('Barcelona');
  });

  it('decides and applies once when two approvers decide at the same moment, also on two servers', async () => {
    const other = await startTestServer();
    try {
      const oliviaThere = await signedIn(personas.hrAdmin.id, ['portico-hr-admins'], other);
      const sam = await report();
      const id = await ask(sam.browser, { nationalId: { country: 'ES', number: '12345678Z' } });
      const answers = await Promise.all([decide(priya, id, { outcome: 'approved' }), decide(oliviaThere, id, { outcome: 'approved' })]);
      expect(answers.map((answer) => answer.status).sort()).toEqual([200, 409]);
      expect(answers.find((answer) => answer.status === 409)?.body.code).toBe('already_decided');
      expect(await PersonalRevisionModel.countDocuments({ employeeId: sam.id, requestId: id })).toBe(1);
      expect(await ChangeApplicationModel.countDocuments({ _id: id })).toBe(1);
      expect((await myData(sam.browser)).personal.nationalId?.last4).toBe('678Z');
    } finally {
      await other.close();
    }
  });

  it('lets the requester withdraw while nobody has decided, and not after', async () => {
    const sam = await report();
    const id = await ask(sam.browser, { homeAddress: address('Calle Atrás 3') });
    expect((await marcus.sendWithXsrf('post', `/api/profile/me/requests/${id}/withdraw`)).status)
      .withContext('not his')
      .toBe(404);
    const withdrawn = await sam.browser.sendWithXsrf('post', `/api/profile/me/requests/${id}/withdraw`);
    expect(withdrawn.body.state).toBe('withdrawn');
    expect((await decide(marcus, id, { outcome: 'approved' })).status).toBe(409);
    expect((await inboxOf(marcus)).items.map((item) => item.id)).not.toContain(id);
  });

  it('shows the approver what changed in the record since the request was made', async () => {
    const sam = await report();
    await olivia.sendWithXsrf('put', '/api/profile/field-policy', {
      ...(await olivia.get('/api/profile/field-policy')).body.defaults,
      homeAddress: 'immediate',
    });
    try {
      await sam.browser.sendWithXsrf('post', '/api/profile/me/changes', { changes: { homeAddress: address('Calle Vieja 1') } });
      await olivia.sendWithXsrf('put', '/api/profile/field-policy', (await olivia.get('/api/profile/field-policy')).body.defaults);
      const id = await ask(sam.browser, { homeAddress: address('Calle Nueva 9') });
      await olivia.sendWithXsrf('put', '/api/profile/field-policy', {
        ...(await olivia.get('/api/profile/field-policy')).body.defaults,
        homeAddress: 'immediate',
      });
      await sam.browser.sendWithXsrf('post', '/api/profile/me/changes', { changes: { homeAddress: address('Calle Otra 7') } });
      const item = (await inboxOf(marcus)).items.find((entry) => entry.id === id)!;
      expect(item.fields[0]).toEqual({
        field: 'homeAddress',
        before: address('Calle Vieja 1'),
        after: address('Calle Nueva 9'),
        current: address('Calle Otra 7'),
        conflict: true,
      });
    } finally {
      await olivia.sendWithXsrf('put', '/api/profile/field-policy', (await olivia.get('/api/profile/field-policy')).body.defaults);
    }
  });

  it('shows HR a bank account in full in the approval, and flags one another person already uses', async () => {
    // An account of this spec's own: other specs pay people into the usual one.
    const own = composeIBAN({ countryCode: 'GB', bban: `NWBK${String(Date.now()).slice(-14).padStart(14, '0')}` })!;
    const iban = { scheme: 'iban', holder: 'Sam Spec', iban: own };
    const first = await report();
    await olivia.sendWithXsrf('put', '/api/profile/approval-timing', { bankAccountDelayHours: 0, remindAfterDays: 3, escalateAfterDays: 5 });
    try {
      expect((await decide(priya, await ask(first.browser, { bankAccount: iban }), { outcome: 'approved' })).body.state).toBe('applied');
    } finally {
      await olivia.sendWithXsrf('put', '/api/profile/approval-timing', (await olivia.get('/api/profile/approval-timing')).body.defaults);
    }
    const second = await report();
    const id = await ask(second.browser, { bankAccount: { ...iban, holder: 'Someone Else' } });
    const item = (await inboxOf(priya)).items.find((entry) => entry.id === id)!;
    expect(item.fields[0]?.after).toEqual({ scheme: 'iban', holder: 'Someone Else', iban: own });
    expect(item.sharedAccountWith.map((person) => person.id)).toEqual([first.id]);
    await decide(priya, id, { outcome: 'rejected', reason: 'Spec clean-up' });
  });

  it('keeps a change dated later scheduled until its day', async () => {
    const sam = await report();
    const id = await ask(sam.browser, { homeAddress: address('Calle Futura 8') }, { effectiveDate: '2099-01-01' });
    expect((await decide(marcus, id, { outcome: 'approved' })).body.state).toBe('scheduled');
    const data = await myData(sam.browser);
    expect(data.personal.homeAddress).toBeNull();
    expect(data.requests[0]?.state).toBe('scheduled');
  });

  it('lets a delegate decide for the manager, and says so', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const bad = await marcus.sendWithXsrf('put', '/api/profile/me/delegation', { delegation: { delegateId: personas.employee.id, from: today, to: today } });
    expect(bad.body.errors)
      .withContext('Emma manages nobody and is not HR')
      .toEqual([jasmine.objectContaining({ code: 'not_a_delegate' })]);
    const candidates = (await marcus.get('/api/profile/me/delegation/candidates')).body.people.map((person: { id: string }) => person.id);
    expect(candidates).toContain(personas.hrAdmin.id);
    expect(candidates).withContext('in HR, manages nobody').toContain(personas.hrAgent.id);
    expect(candidates).not.toContain(personas.manager.id);
    expect(candidates).not.toContain(personas.employee.id);
    const named = await marcus.sendWithXsrf('put', '/api/profile/me/delegation', { delegation: { delegateId: personas.hrAdmin.id, from: today, to: today } });
    expect(named.body).toEqual({ delegate: { id: personas.hrAdmin.id, name: 'Olivia Brooks' }, from: today, to: today });

    const sam = await report();
    const id = await ask(sam.browser, { homeAddress: address('Calle Delegada 4') });
    const inbox = await inboxOf(olivia);
    expect(inbox.delegatedBy).toEqual([{ id: personas.manager.id, name: 'Marcus Chen' }]);
    expect(inbox.items.find((item) => item.id === id)?.onBehalfOf).toEqual({ id: personas.manager.id, name: 'Marcus Chen' });
    expect((await decide(olivia, id, { outcome: 'approved' })).body.state).toBe('applied');
    expect((await myData(sam.browser)).requests[0]?.onBehalfOf).toEqual({ id: personas.manager.id, name: 'Marcus Chen' });
    expect(
      await AuditEventModel.exists({ type: 'profile.request_decided', 'details.changeRequest': id, 'details.onBehalfOf': personas.manager.id }),
    ).not.toBeNull();
    await marcus.sendWithXsrf('put', '/api/profile/me/delegation', { delegation: null });
  });

  it('replaces a waiting change when the person asks again for the same field', async () => {
    const sam = await report();
    const first = await ask(sam.browser, { homeAddress: address('Calle Primera 1') });
    const second = await ask(sam.browser, { homeAddress: address('Calle Segunda 2') });
    const items = (await inboxOf(marcus)).items.map((item) => item.id);
    expect(items).toContain(second);
    expect(items).not.toContain(first);
    const requests = (await myData(sam.browser)).requests;
    expect(requests.map((request) => [request.id, request.state])).toEqual([
      [second, 'pending'],
      [first, 'withdrawn'],
    ]);
  });

  it('decides several at once, each on its own', async () => {
    const a = await report();
    const b = await report();
    const outsider = await report(personas.hrAdmin.id);
    const ids = [await ask(a.browser, { homeAddress: address('Calle A 1') }), await ask(b.browser, { homeAddress: address('Calle B 2') })];
    const foreign = await ask(outsider.browser, { homeAddress: address('Calle C 3') });
    const response = await marcus.sendWithXsrf('post', '/api/profile/approvals/decisions', { ids: [...ids, foreign], outcome: 'approved' });
    expect(response.body.results).toEqual([
      { id: ids[0], state: 'applied', problem: null },
      { id: ids[1], state: 'applied', problem: null },
      { id: foreign, state: null, problem: 'not_your_approval' },
    ]);
  });

  it('shows the oldest 50 waiting, oldest first, and says when more wait behind them', async () => {
    const ids: string[] = [];
    const gone: string[] = [];
    // The first five ask, then leave the directory: their requests take no place on the page.
    for (let n = 0; n < INBOX_PAGE + 6; n++) {
      const employee = await createEmployee({ managerId: personas.manager.id });
      (n < 5 ? gone : made).push(employee._id);
      const record = await recordOf(employee);
      const number = String(10_000_000 + n).slice(-8);
      const [request] = await createChangeRequests(
        employee,
        record,
        [{ route: 'hr', fields: ['nationalId'] }],
        toStored(employee._id, { nationalId: { country: 'ES', number: `${number}Z` } }),
        { effectiveDate: null, documentId: null, sharedAccountWith: [], now: new Date(Date.now() + n) },
      );
      if (n >= 5) ids.push(request!._id);
    }
    await removeEmployees(...gone);
    try {
      const page = await inboxOf(priya);
      expect(page.items.length).toBe(INBOX_PAGE);
      expect(page.more).toBeTrue();
      const times = page.items.map((item) => Date.parse(item.createdAt));
      expect(times).toEqual([...times].sort((a, b) => a - b));
    } finally {
      const done = await olivia.sendWithXsrf('post', '/api/profile/approvals/decisions', { ids, outcome: 'rejected', reason: 'Spec clean-up' });
      expect(done.body.results.every((result: { state: string }) => result.state === 'rejected')).toBeTrue();
    }
  });
});
