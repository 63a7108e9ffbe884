import type { EmployeeRecord, People, RecordHistory, Team } from '@portico/shared/profile/profile.schemas';

import { SamlBrowser, identityOf } from '../../test/saml-browser';
import { startTestServer, type TestServer } from '../../test/test-app';
import { seedDemoPeople } from '../../test/demo-company';
import { AuditEventModel } from '../audit';
import { personas } from '../directory';
import { createEmployee, removeEmployees } from '../directory/testing';

describe('history, team, HR view and export API', () => {
  let server: TestServer;
  let admin: SamlBrowser;
  let priya: SamlBrowser;
  let marcus: SamlBrowser;
  const made: string[] = [];
  const iban = 'ES91 2100 0418 4502 0005 1332';

  async function signedIn(employeeId: string, groups: string[] = []): Promise<SamlBrowser> {
    const browser = new SamlBrowser(server);
    await browser.signIn(await identityOf(employeeId, groups));
    return browser;
  }

  /** Someone new reporting to Marcus, signed in, with a few changes to their record. */
  async function newcomer(): Promise<{ id: string; browser: SamlBrowser }> {
    const employee = await createEmployee({ managerId: personas.manager.id });
    made.push(employee._id);
    const browser = await signedIn(employee._id);
    await browser.sendWithXsrf('post', '/api/profile/me/changes', { changes: { pronouns: 'they/them' } });
    await browser.sendWithXsrf('post', '/api/profile/me/changes', { changes: { pronouns: 'she/her', preferredName: 'Sammy' } });
    return { id: employee._id, browser };
  }

  beforeAll(async () => {
    await seedDemoPeople();
    server = await startTestServer();
    admin = await signedIn(personas.hrAdmin.id, ['portico-hr-admins']);
    priya = await signedIn(personas.hrAgent.id, ['portico-hr-agents']);
    marcus = await signedIn(personas.manager.id);
  });

  afterAll(async () => {
    await removeEmployees(...made);
    await server.close();
  });

  it('lists each version of my record, newest first, with what it changed before and after', async () => {
    const { id, browser } = await newcomer();
    const history = (await browser.get('/api/profile/me/history')).body as RecordHistory;
    expect(history.entries.map((entry) => entry.version)).toEqual([2, 1]);
    expect(history.entries[0]!.by).toEqual({ id, name: jasmine.any(String) as unknown as string });
    expect(history.entries[0]!.changes).toEqual(
      jasmine.arrayWithExactContents([
        { field: 'pronouns', before: 'they/them', after: 'she/her' },
        { field: 'preferredName', before: '', after: 'Sammy' },
      ]),
    );
    expect(history.next).toBeNull();
    const older = (await browser.get('/api/profile/me/history?before=2')).body as RecordHistory;
    expect(older.entries.map((entry) => entry.version)).toEqual([1]);
    expect((await browser.get('/api/profile/me/history?before[$gt]=1')).status).toBe(400);
  });

  it('shows a manager their direct reports with work facts and waiting requests, and nothing private', async () => {
    const { id, browser } = await newcomer();
    await browser.sendWithXsrf('post', '/api/profile/me/changes', {
      changes: { homeAddress: { country: 'ES', line1: 'Calle Secreta 9', line2: '', city: 'Madrid', region: '', postalCode: '28013' } },
    });
    const team = (await marcus.get('/api/profile/team')).body as Team;
    const member = team.members.find((person) => person.id === id)!;
    expect(member).toEqual(jasmine.objectContaining({ jobTitle: 'Software Engineer', location: 'Madrid' }));
    expect(member.waiting.map((request) => request.fields)).toEqual([['homeAddress']]);
    const raw = JSON.stringify(team);
    for (const secret of ['Calle Secreta', 'Sammy', 'dateOfBirth', 'bankAccount', 'nationalId', 'salary']) expect(raw).not.toContain(secret);
    expect((await browser.get('/api/profile/team')).status)
      .withContext('an employee who manages nobody')
      .toBe(403);
  });

  it('lets HR search the directory, forgiving accents and case, and open anyone’s record masked, audited', async () => {
    const { id, browser } = await newcomer();
    const found = (await priya.get('/api/profile/people?q=emma%20LOPEZ')).body as People;
    expect(found.people.map((person) => person.id)).toContain(personas.employee.id);
    expect((await priya.get('/api/profile/people?q=e')).status).toBe(400);
    expect((await marcus.get('/api/profile/people?q=emma')).status).toBe(403);
    expect((await browser.get(`/api/profile/people/${personas.employee.id}`)).status).toBe(403);

    const opened = await priya.get(`/api/profile/people/${id}`);
    expect(opened.status).toBe(200);
    const record = opened.body as EmployeeRecord;
    expect(record.personal.preferredName).toBe('Sammy');
    expect(await AuditEventModel.exists({ type: 'profile.record_opened', employeeId: personas.hrAgent.id, 'details.subject': id })).not.toBeNull();
    expect(((await priya.get(`/api/profile/people/${id}/history`)).body as RecordHistory).entries.length).toBe(2);
    expect((await priya.get('/api/profile/people/E99999999')).status).toBe(404);
  });

  it('exports everything held about me as one file after a recent sign-in, and nothing of anyone else', async () => {
    const other = await newcomer();
    const { id, browser } = await newcomer();
    await admin.sendWithXsrf('put', '/api/profile/field-policy', { ...(await admin.get('/api/profile/field-policy')).body.defaults, nationalId: 'immediate' });
    try {
      await browser.sendWithXsrf('post', '/api/profile/me/changes', { changes: { nationalId: { country: 'ES', number: '12345678Z' } } });
      await browser.sendWithXsrf('post', '/api/profile/me/changes', { changes: { bankAccount: { scheme: 'iban', holder: 'Sam Spec', iban } } });
    } finally {
      await admin.sendWithXsrf('put', '/api/profile/field-policy', (await admin.get('/api/profile/field-policy')).body.defaults);
    }

    const response = await browser.get('/api/profile/me/export');
    expect(response.status).toBe(200);
    expect(response.headers['content-disposition']).toMatch(new RegExp(`^attachment; filename="portico-${id}-\\d{4}-\\d{2}-\\d{2}\\.json"$`));
    expect(response.headers['cache-control']).toBe('no-store');
    const data = JSON.parse(response.text) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(Object.keys(data)).toEqual(jasmine.arrayContaining(['directory', 'handbook', 'tickets', 'profile', 'notifications']));
    expect(data['directory']._id).toBe(id);
    expect(data['profile'].record.nationalId).toEqual({ country: 'ES', number: '12345678Z' });
    expect(data['profile'].record.preferredName).toBe('Sammy');
    expect(data['profile'].history.length).toBe(3);
    expect(data['profile'].changeRequests[0].asked.bankAccount).toEqual({ scheme: 'iban', country: 'ES', last4: '1332' });
    expect(Array.isArray(data['tickets'].filed)).toBeTrue();
    expect(Array.isArray(data['handbook'].acknowledgements)).toBeTrue();
    expect(data['notifications'].some((notice: { type: string }) => notice.type === 'profile.bank_requested')).toBeTrue();
    expect(response.text).not.toContain(other.id);
    expect(await AuditEventModel.exists({ type: 'profile.exported', employeeId: id, 'details.subject': id })).not.toBeNull();

    // HR admins export anyone, masked; agents cannot.
    const byHr = await admin.get(`/api/profile/people/${id}/export`);
    expect(byHr.status).toBe(200);
    expect(JSON.parse(byHr.text).profile.record.nationalId).toEqual({ country: 'ES', last4: '678Z' });
    expect(byHr.text).not.toContain('12345678Z');
    expect((await priya.get(`/api/profile/people/${id}/export`)).status).toBe(403);
  });

  it('asks for a recent sign-in before the export', async () => {
    const employee = await createEmployee({ managerId: personas.manager.id });
    made.push(employee._id);
    const browser = new SamlBrowser(server);
    const checked = new Date(Date.now() - 20 * 60_000).toISOString();
    await browser.signIn(await identityOf(employee._id), { xml: (xml) => xml.replace(/AuthnInstant="[^"]+"/, `AuthnInstant="${checked}"`) });
    const refused = await browser.get('/api/profile/me/export');
    expect([refused.status, refused.body.code]).toEqual([403, 'sign_in_again']);
  });
});
