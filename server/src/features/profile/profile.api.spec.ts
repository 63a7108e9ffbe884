import type { MyData, Submitted } from '@portico/shared/profile/profile.schemas';

import { SamlBrowser, identityOf } from '../../test/saml-browser';
import { startTestServer, type TestServer } from '../../test/test-app';
import { seedDemoPeople } from '../../test/demo-company';
import { AuditEventModel } from '../audit';
import { personas } from '../directory';
import { createEmployee, removeEmployees } from '../directory/testing';
import { PersonalRevisionModel } from './personal-record.models';
import { ChangeRequestModel, InboxEntryModel } from './requests/change-request.models';

describe('my data API', () => {
  let server: TestServer;
  let admin: SamlBrowser;
  let priya: SamlBrowser;
  let marcus: SamlBrowser;
  const made: string[] = [];

  const iban = 'ES91 2100 0418 4502 0005 1332';
  const address = { country: 'ES', line1: 'Calle Mayor 1', line2: '', city: 'Madrid', region: '', postalCode: '28013' };

  /** Someone new, reporting to Marcus, signed in. */
  async function newcomer(): Promise<{ id: string; browser: SamlBrowser }> {
    const employee = await createEmployee({ managerId: personas.manager.id });
    made.push(employee._id);
    const browser = new SamlBrowser(server);
    await browser.signIn(await identityOf(employee._id));
    return { id: employee._id, browser };
  }

  const submit = (browser: SamlBrowser, body: object) => browser.sendWithXsrf('post', '/api/profile/me/changes', body);

  beforeAll(async () => {
    await seedDemoPeople();
    server = await startTestServer();
    admin = new SamlBrowser(server);
    await admin.signIn(await identityOf(personas.hrAdmin.id, ['portico-hr-admins']));
    priya = new SamlBrowser(server);
    await priya.signIn(await identityOf(personas.hrAgent.id, ['portico-hr-agents']));
    marcus = new SamlBrowser(server);
    await marcus.signIn(await identityOf(personas.manager.id));
  });

  afterAll(async () => {
    await removeEmployees(...made);
    await server.close();
  });

  it('shows work facts read-only beside the personal record and who approves each field', async () => {
    const { id, browser } = await newcomer();
    const response = await browser.get('/api/profile/me');
    expect(response.status).toBe(200);
    const body = response.body as MyData;
    expect(body.work).toEqual(
      jasmine.objectContaining({ employeeNumber: id, jobTitle: 'Software Engineer', manager: { id: personas.manager.id, name: 'Marcus Chen' } }),
    );
    expect(body.work.location).toEqual({ id: 'madrid', name: 'Madrid' });
    expect(body.officeCountry).toBe('ES');
    expect(body.personal.version).toBe(0);
    expect(body.personal.legalName).toEqual({ first: 'Sam', last: jasmine.stringMatching(/^Spec/) as unknown as string });
    expect(body.policy).toEqual(jasmine.objectContaining({ preferredName: 'immediate', homeAddress: 'manager', bankAccount: 'hr' }));
    expect(body.requests).toEqual([]);
  });

  it('writes immediate fields at once, as the next version, in international form, with an audit event', async () => {
    const { id, browser } = await newcomer();
    const response = await submit(browser, { changes: { preferredName: 'Sammy', phones: [{ kind: 'mobile', number: '+34 612 34 56 78' }] } });
    expect(response.status).toBe(200);
    const body = response.body as Submitted;
    expect(body.applied).toEqual(['preferredName', 'phones']);
    expect(body.requests).toEqual([]);
    expect(body.data.personal.version).toBe(1);
    expect(body.data.personal.phones).toEqual([{ kind: 'mobile', number: '+34612345678' }]);
    const event = await AuditEventModel.findOne({ type: 'profile.changed', 'details.subject': id }).lean();
    expect(event?.details).toEqual(jasmine.objectContaining({ fields: ['preferredName', 'phones'], before: ['preferredName=', 'phones=[]'] }));

    const again = await submit(browser, { changes: { preferredName: 'Sammy' } });
    expect((again.body as Submitted).applied)
      .withContext('the same value is no change')
      .toEqual([]);
    expect((again.body as Submitted).data.personal.version).toBe(1);
  });

  it('splits a submission by approver and keeps what needs approval out of the record until it is decided', async () => {
    const { id, browser } = await newcomer();
    const response = await submit(browser, {
      changes: { pronouns: 'they/them', homeAddress: address, bankAccount: { scheme: 'iban', holder: 'Sam Spec', iban } },
    });
    expect(response.status).toBe(200);
    const body = response.body as Submitted;
    expect(body.applied).toEqual(['pronouns']);
    expect(body.requests.map((request) => [request.fields, request.route, request.approver?.id ?? null, request.state])).toEqual([
      [['homeAddress'], 'manager', personas.manager.id, 'pending'],
      [['bankAccount'], 'hr', null, 'pending'],
    ]);
    expect(body.data.personal.homeAddress).toBeNull();
    expect(body.data.personal.bankAccount).toBeNull();
    expect(body.data.requests.map((request) => request.id)).toEqual([`${id}:2`, `${id}:1`]);
    expect(await InboxEntryModel.exists({ inbox: `manager:${personas.manager.id}`, requestId: `${id}:1` })).not.toBeNull();
    expect(await InboxEntryModel.exists({ inbox: 'hr', requestId: `${id}:2` })).not.toBeNull();

    const stored = JSON.stringify(await ChangeRequestModel.find({ employeeId: id }).lean());
    expect(stored).withContext('no readable account number in a request').not.toContain('21000418');
    expect(stored).toContain('"last4":"1332"');
  });

  it('keeps bank accounts and national ids sealed at rest and masked in answers; the owner may show one, audited', async () => {
    const { id, browser } = await newcomer();
    await admin.sendWithXsrf('put', '/api/profile/field-policy', { ...(await admin.get('/api/profile/field-policy')).body.defaults, nationalId: 'immediate' });
    await admin.sendWithXsrf('put', '/api/profile/approval-timing', { bankAccountDelayHours: 0, remindAfterDays: 3, escalateAfterDays: 5 });
    try {
      const saved = await submit(browser, {
        changes: { bankAccount: { scheme: 'iban', holder: 'Sam Spec', iban }, nationalId: { country: 'ES', number: '12345678Z' } },
      });
      expect(saved.status).toBe(200);
      const bankRequest = (saved.body as Submitted).requests[0]!.id;
      expect((await priya.sendWithXsrf('post', `/api/profile/approvals/${bankRequest}/decision`, { outcome: 'approved' })).body.state)
        .withContext('no safety delay set')
        .toBe('applied');
      const personal = ((await browser.get('/api/profile/me')).body as MyData).personal;
      expect(personal.bankAccount).toEqual({ scheme: 'iban', country: 'ES', last4: '1332' });
      expect(personal.nationalId).toEqual({ country: 'ES', last4: '678Z' });
      expect(JSON.stringify(saved.body)).not.toContain('21000418');

      const raw = JSON.stringify(await PersonalRevisionModel.find({ employeeId: id }).lean());
      expect(raw).not.toContain('21000418');
      expect(raw).not.toContain('12345678');

      const shown = await browser.sendWithXsrf('post', '/api/profile/me/reveal', { field: 'bankAccount' });
      expect(shown.body).toEqual({ field: 'bankAccount', value: { scheme: 'iban', holder: 'Sam Spec', iban: 'ES9121000418450200051332' } });
      expect(await AuditEventModel.exists({ type: 'profile.sensitive_revealed', employeeId: id, 'details.field': 'bankAccount' })).not.toBeNull();
    } finally {
      await admin.sendWithXsrf('put', '/api/profile/field-policy', (await admin.get('/api/profile/field-policy')).body.defaults);
      await admin.sendWithXsrf('put', '/api/profile/approval-timing', (await admin.get('/api/profile/approval-timing')).body.defaults);
    }
  });

  it('asks for a sign-in within 5 minutes before a bank account change, and lets the IdP check again', async () => {
    const employee = await createEmployee({ managerId: personas.manager.id });
    made.push(employee._id);
    const browser = new SamlBrowser(server);
    // Signed in through the IdP's own session, checked 20 minutes ago.
    const checked = new Date(Date.now() - 20 * 60_000).toISOString();
    await browser.signIn(await identityOf(employee._id), { xml: (xml) => xml.replace(/AuthnInstant="[^"]+"/, `AuthnInstant="${checked}"`) });
    expect((await browser.me()).body.session.identityCheckedAt).toBe(checked);
    const bank = { changes: { bankAccount: { scheme: 'iban', holder: 'Sam Spec', iban } } };
    const refused = await submit(browser, bank);
    expect([refused.status, refused.body.code]).toEqual([403, 'sign_in_again']);
    expect(await ChangeRequestModel.exists({ employeeId: employee._id })).toBeNull();
    // Other fields do not ask for it.
    expect((await submit(browser, { changes: { pronouns: 'she/her' } })).status).toBe(200);

    // Signing in again while signed in asks the IdP to check again (ForceAuthn).
    const again = await browser.startLogin('/my-data', true);
    expect(again.xml).toMatch(/ForceAuthn="true"/);
    expect((await browser.get('/auth/login')).status)
      .withContext('without confirm=1, a signed-in person goes on')
      .toBe(303);
    await browser.signIn(await identityOf(employee._id), { confirm: true });
    expect(Date.now() - Date.parse((await browser.me()).body.session.identityCheckedAt)).toBeLessThan(60_000);
    expect((await submit(browser, bank)).status).toBe(200);
  });

  it('refuses fields outside the schema, work facts, operators and prototype keys, and changes nothing', async () => {
    const { browser } = await newcomer();
    for (const changes of [
      { jobTitle: 'CEO' },
      { managerId: 'E10101' },
      { roles: ['hr_admin'] },
      { salary: 1_000_000 },
      { preferredName: { $ne: null } },
      JSON.parse('{"__proto__": {"preferredName": "x"}}'),
      JSON.parse('{"constructor": {"prototype": {"x": 1}}}'),
      {},
    ]) {
      const response = await submit(browser, { changes });
      expect(response.status).withContext(JSON.stringify(changes)).toBe(400);
    }
    expect((await submit(browser, { changes: { preferredName: 'Sam' }, roles: ['hr_admin'] })).status).toBe(400);
    expect(((await browser.get('/api/profile/me')).body as MyData).personal.version).toBe(0);
  });

  it('names each invalid field with a code a form can translate', async () => {
    const { browser } = await newcomer();
    const response = await submit(browser, {
      changes: {
        phones: [{ kind: 'mobile', number: '12' }],
        homeAddress: { ...address, postalCode: '2801' },
        bankAccount: { scheme: 'iban', holder: 'Sam', iban: 'ES91 2100 0418 4502 0005 1333' },
        dateOfBirth: '2020-01-01',
        emergencyContacts: Array.from({ length: 6 }, () => ({ name: 'A', relationship: 'Friend', phone: '+34612345678' })),
      },
      effectiveDate: '2020-01-01',
    });
    expect(response.status).toBe(400);
    const codes = Object.fromEntries((response.body.errors as { path: string; code: string }[]).map((error) => [error.path, error.code]));
    expect(codes).toEqual({
      'body.changes.phones.0.number': 'phone',
      'body.changes.homeAddress.postalCode': 'postal_code',
      'body.changes.bankAccount.iban': 'iban',
      'body.changes.dateOfBirth': 'birth_date',
      'body.changes.emergencyContacts': 'too_many',
    });
    const past = await submit(browser, { changes: { homeAddress: address }, effectiveDate: '2020-01-01' });
    expect(past.body.errors).toEqual([jasmine.objectContaining({ path: 'body.effectiveDate', code: 'in_the_past' })]);
  });

  it('asks for a supporting document with a legal name change', async () => {
    const { browser } = await newcomer();
    const response = await submit(browser, { changes: { legalName: { first: 'Samantha', last: 'Spec' } } });
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([jasmine.objectContaining({ path: 'body.documentId', code: 'required' })]);
    const unknown = await submit(browser, { changes: { legalName: { first: 'Samantha', last: 'Spec' } }, documentId: 'nope' });
    expect(unknown.body.errors).toEqual([jasmine.objectContaining({ path: 'body.documentId', code: 'not_uploaded' })]);

    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
    const upload = await browser.upload('/api/profile/me/documents?name=deed-poll.png', png, 'image/png');
    expect(upload.status).toBe(201);
    const sent = await submit(browser, { changes: { legalName: { first: 'Samantha', last: 'Spec' } }, documentId: upload.body.id });
    expect(sent.status).toBe(200);
    const [request] = (sent.body as Submitted).requests;
    expect([request?.route, request?.fields]).toEqual(['hr', ['legalName']]);
    expect((await ChangeRequestModel.findById(request!.id).lean())?.documentId).toBe(upload.body.id);
    const document = await priya.get(`/api/profile/approvals/${encodeURIComponent(request!.id)}/document`);
    expect([document.status, document.headers['content-disposition']]).toEqual([200, jasmine.stringMatching(/^attachment/) as unknown as string]);
    expect((await marcus.get(`/api/profile/approvals/${encodeURIComponent(request!.id)}/document`)).status)
      .withContext('not his to decide')
      .toBe(404);
    const reused = await submit(browser, { changes: { legalName: { first: 'Sam', last: 'Other' } }, documentId: upload.body.id });
    expect(reused.body.errors)
      .withContext('one document, one request')
      .toEqual([jasmine.objectContaining({ code: 'not_uploaded' })]);
  });

  it('loses neither of two saves of different fields made at the same moment', async () => {
    const { browser } = await newcomer();
    const [a, b] = await Promise.all([submit(browser, { changes: { preferredName: 'Sammy' } }), submit(browser, { changes: { pronouns: 'he/him' } })]);
    expect([a.status, b.status]).toEqual([200, 200]);
    const personal = ((await browser.get('/api/profile/me')).body as MyData).personal;
    expect([personal.preferredName, personal.pronouns, personal.version]).toEqual(['Sammy', 'he/him', 2]);
  });

  it('lets only HR admins set the field policy, every field named and valid', async () => {
    const { browser } = await newcomer();
    expect((await browser.get('/api/profile/field-policy')).status).toBe(403);
    const defaults = (await admin.get('/api/profile/field-policy')).body.defaults;
    expect((await browser.sendWithXsrf('put', '/api/profile/field-policy', defaults)).status).toBe(403);
    expect((await admin.sendWithXsrf('put', '/api/profile/field-policy', { ...defaults, homeAddress: 'nobody' })).status).toBe(400);
    const missing = Object.fromEntries(Object.entries(defaults).filter(([field]) => field !== 'pronouns'));
    expect((await admin.sendWithXsrf('put', '/api/profile/field-policy', missing)).status).toBe(400);
    const saved = await admin.sendWithXsrf('put', '/api/profile/field-policy', { ...defaults, homeAddress: 'hr' });
    expect(saved.body.policy.homeAddress).toBe('hr');
    expect(await AuditEventModel.exists({ type: 'profile.field_policy_updated', 'details.changed': 'homeAddress:hr' })).not.toBeNull();
    await admin.sendWithXsrf('put', '/api/profile/field-policy', defaults);
    const immediateBank = await admin.sendWithXsrf('put', '/api/profile/field-policy', { ...defaults, bankAccount: 'immediate' });
    expect(immediateBank.status).withContext('a bank account change always needs an approval').toBe(400);
  });

  it('lets only HR admins set the timing of approvals, a reminder before the escalation', async () => {
    const { browser } = await newcomer();
    expect((await browser.get('/api/profile/approval-timing')).status).toBe(403);
    const timing = (await admin.get('/api/profile/approval-timing')).body;
    expect(timing.timing).toEqual({ bankAccountDelayHours: 24, remindAfterDays: 3, escalateAfterDays: 5 });
    const late = await admin.sendWithXsrf('put', '/api/profile/approval-timing', { bankAccountDelayHours: 24, remindAfterDays: 5, escalateAfterDays: 5 });
    expect(late.status).toBe(400);
    expect(late.body.errors[0]).toEqual(jasmine.objectContaining({ path: 'body.escalateAfterDays', code: 'escalate_after_reminder' }));
    expect((await admin.sendWithXsrf('put', '/api/profile/approval-timing', { ...timing.timing, bankAccountDelayHours: 1000 })).status).toBe(400);
    const saved = await admin.sendWithXsrf('put', '/api/profile/approval-timing', { ...timing.timing, bankAccountDelayHours: 48 });
    expect(saved.body.timing.bankAccountDelayHours).toBe(48);
    expect(await AuditEventModel.exists({ type: 'profile.approval_timing_updated' })).not.toBeNull();
    await admin.sendWithXsrf('put', '/api/profile/approval-timing', timing.defaults);
  });
});
