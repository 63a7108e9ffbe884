import { createHmac } from 'node:crypto';

import { SamlBrowser, identityOf } from '../../test/saml-browser';
import { startTestServer, type TestServer } from '../../test/test-app';
import { currentDatabase } from '../../test/test-database';
import { seedDemoPeople } from '../../test/demo-company';
import { AuditEventModel } from '../audit';
import { EmployeeModel, personas } from '../directory';
import { createEmployee, removeEmployees } from '../directory/testing';

describe('SAML sign-in with the development IdP', () => {
  let server: TestServer;

  beforeAll(async () => {
    await seedDemoPeople();
    server = await startTestServer();
  });

  afterAll(() => server.close());

  const sessions = () => currentDatabase().connection.db!.collection('sessions');

  it('round trip: a signed response creates a session, /api/me answers, sign-out ends it through single logout', async () => {
    const browser = new SamlBrowser(server);
    const acs = await browser.signIn(undefined, { returnTo: '/payslips?year=2026' });
    expect(acs.status).toBe(303);
    expect(acs.headers['location']).toBe('/payslips?year=2026');
    const sessionCookie = (acs.headers['set-cookie'] as unknown as string[]).find((line) => line.startsWith('portico.sid='))!;
    expect(sessionCookie).toMatch(/HttpOnly/i);
    expect(sessionCookie).toMatch(/SameSite=Lax/i);

    const me = await browser.me();
    expect(me.status).toBe(200);
    expect(me.body.employee).toEqual(jasmine.objectContaining({ employeeNumber: personas.employee.id, displayName: 'Emma López', department: 'Engineering' }));
    expect(me.body.roles).toEqual(['employee']);
    expect(me.body.actions).toContain('payslips.readOwn');
    expect(me.body.actions).not.toContain('approvals.decide');
    expect(me.body.session.idleTimeoutMinutes).toBe(30);

    const logout = await browser.sendWithXsrf('post', '/auth/logout');
    expect(logout.status).toBe(200);
    const toIdp = new URL(logout.body.redirectTo as string);
    expect(toIdp.pathname).toBe('/dev-idp/slo');
    expect((await browser.me()).status).toBe(401);

    // The IdP answers with a signed LogoutResponse, which lands on the signed-out page.
    const idpAnswer = await browser.get(toIdp.pathname + toIdp.search);
    const back = new URL(idpAnswer.headers['location'] as string);
    const completed = await browser.get(back.pathname + back.search);
    expect(completed.status).toBe(303);
    expect(completed.headers['location']).toBe('/signed-out');

    const events = await AuditEventModel.find({ employeeId: personas.employee.id, type: { $in: ['auth.sign_in', 'auth.sign_out'] } }).lean();
    expect(events.map((event) => `${event.type}:${event.outcome}`)).toEqual(jasmine.arrayContaining(['auth.sign_in:success', 'auth.sign_out:success']));
  });

  it('gives each persona the roles the directory and IdP groups grant', async () => {
    const cases: [string, string[], string[]][] = [
      [personas.manager.id, [], ['employee', 'manager']],
      [personas.hrAgent.id, ['portico-hr-agents'], ['employee', 'hr_agent']],
      [personas.hrAdmin.id, ['portico-hr-agents', 'portico-hr-admins'], ['employee', 'manager', 'hr_agent', 'hr_admin']],
    ];
    for (const [employeeId, groups, roles] of cases) {
      const browser = new SamlBrowser(server);
      await browser.signIn(await identityOf(employeeId, groups));
      const me = await browser.me();
      expect(me.body.roles).withContext(employeeId).toEqual(roles);
    }
    const admin = new SamlBrowser(server);
    await admin.signIn(await identityOf(personas.hrAdmin.id, ['portico-hr-admins']));
    expect((await admin.me()).body.actions).toEqual(jasmine.arrayContaining(['handbook.publish', 'tickets.work', 'reports.read']));
  });

  it('makes a handbook editor of the IdP group: handbook authoring, and not the help desk', async () => {
    const strategist = await createEmployee({ firstName: 'Cleo', jobTitle: 'Content Strategist', departmentId: 'marketing' });
    const editor = new SamlBrowser(server);
    await editor.signIn(await identityOf(strategist._id, ['portico-handbook-editors']));
    const me = (await editor.me()).body;
    expect(me.roles).toEqual(['employee', 'handbook_editor']);
    expect(me.actions).toContain('handbook.publish');
    expect(me.actions).not.toContain('tickets.work');
    expect((await editor.get('/api/handbook/manage/articles')).status).toBe(200);
    expect((await editor.get('/api/tickets/agent/queue')).status).toBe(403);
    expect((await editor.get('/api/handbook/reports/gaps')).status).toBe(403);

    const agent = new SamlBrowser(server);
    await agent.signIn(await identityOf(personas.hrAgent.id, ['portico-hr-agents']));
    expect((await agent.get('/api/tickets/agent/queue')).status).toBe(200);
    expect((await agent.get('/api/handbook/manage/articles')).status).toBe(403);
    await removeEmployees(strategist._id);
  });

  it('matches by work email when the IdP sends no employee number', async () => {
    const browser = new SamlBrowser(server);
    const identity = await identityOf(personas.manager.id);
    await browser.signIn({ ...identity, employeeNumber: undefined, email: identity.email.toUpperCase() });
    expect((await browser.me()).body.employee.employeeNumber).toBe(personas.manager.id);
  });

  it('shows someone the IdP knows but the directory does not a page with a way to reach HR', async () => {
    const browser = new SamlBrowser(server);
    const response = await browser.signIn({ email: 'visitor@lumenworks.example', displayName: 'Val Visitor', groups: [] });
    expect(response.status).toBe(403);
    expect(response.text).toContain('You are not in the HR directory');
    expect(response.text).toContain('mailto:people@lumenworks.example');
    expect((await browser.me()).status).toBe(401);
    const event = await AuditEventModel.findOne({ type: 'auth.sign_in', reason: 'not_in_directory' }).lean();
    expect(event?.employeeId).toBeNull();
  });

  it('answers the not-in-directory page in Spanish to a Spanish browser', async () => {
    const browser = new SamlBrowser(server);
    const { requestId } = await browser.startLogin();
    const reply = await browser.idp.loginResponse(requestId, { email: 'nadie@lumenworks.example', displayName: 'Nadie', groups: [] });
    const acs = await browser.postResponse(reply.samlResponse, { 'Accept-Language': 'es-ES,es;q=0.9,en;q=0.5' });
    expect(acs.status).toBe(403);
    expect(acs.text).toContain('No figuras en el directorio de RR. HH.');
    expect(acs.text).toContain('lang="es"');
  });

  it('sends returnTo only to a path on this site', async () => {
    for (const returnTo of ['https://evil.example/', '//evil.example', '/\\evil.example']) {
      const browser = new SamlBrowser(server);
      const acs = await browser.signIn(undefined, { returnTo });
      expect(acs.headers['location']).withContext(returnTo).toBe('/');
    }
  });

  it('regenerates the session id at sign-in (no session fixation)', async () => {
    const secret = server.authentication.auth.settings.secret;
    const fixed = 'attacker-chosen-session-id';
    await sessions().insertOne({ _id: fixed as never, expires: new Date(Date.now() + 3_600_000), session: { cookie: { originalMaxAge: null } } });
    const signature = createHmac('sha256', secret).update(fixed).digest('base64').replace(/=+$/, '');
    const browser = new SamlBrowser(server);
    browser.setCookie('portico.sid', encodeURIComponent(`s:${fixed}.${signature}`));
    await browser.signIn();
    expect(decodeURIComponent(browser.cookie('portico.sid')!)).not.toContain(fixed);
    expect((await browser.me()).status).toBe(200);
    const old = await sessions().findOne({ _id: fixed as never });
    expect(old?.['session']?.passport).toBeUndefined();
  });

  it('refuses a state-changing API call without the XSRF header, and accepts it with', async () => {
    const browser = new SamlBrowser(server);
    await browser.signIn();
    const refused = await browser.send('patch', '/api/me/preferences', { language: 'es' });
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('xsrf_token_invalid');
    const wrong = await browser.send('patch', '/api/me/preferences', { language: 'es' }, { 'X-XSRF-TOKEN': 'guess' });
    expect(wrong.status).toBe(403);
    const accepted = await browser.sendWithXsrf('patch', '/api/me/preferences', { language: 'es' });
    expect(accepted.status).toBe(200);
    expect((await EmployeeModel.findById(personas.employee.id).lean())?.preferredLanguage).toBe('es');
    await browser.sendWithXsrf('patch', '/api/me/preferences', { language: 'en' });
  });

  it('answers 401 signed_out without a session, and 401 session_expired after the idle timeout', async () => {
    const anonymous = await new SamlBrowser(server).me();
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.code).toBe('signed_out');
    expect((await new SamlBrowser(server).get('/api/session')).body).toEqual({ status: 'signedOut' });

    const browser = new SamlBrowser(server);
    await browser.signIn();
    const sid = decodeURIComponent(browser.cookie('portico.sid')!).slice(2).split('.')[0]!;
    expect((await browser.get('/api/session')).body.status).toBe('signedIn');
    await sessions().updateOne({ _id: sid as never }, { $set: { 'session.lastSeenAt': Date.now() - 31 * 60_000 } });
    expect((await browser.get('/api/session')).body).toEqual({ status: 'expired' });
    await browser.signIn();
    const again = decodeURIComponent(browser.cookie('portico.sid')!).slice(2).split('.')[0]!;
    await sessions().updateOne({ _id: again as never }, { $set: { 'session.lastSeenAt': Date.now() - 31 * 60_000 } });
    const expired = await browser.me();
    expect(expired.status).toBe(401);
    expect(expired.body.code).toBe('session_expired');
    expect(await sessions().findOne({ _id: again as never })).toBeNull();
    const event = await AuditEventModel.findOne({ type: 'session.expired', reason: 'idle_timeout', employeeId: personas.employee.id }).lean();
    expect(event).not.toBeNull();
  });

  it('ends a session at the absolute timeout however active it is', async () => {
    const browser = new SamlBrowser(server);
    await browser.signIn();
    const sid = decodeURIComponent(browser.cookie('portico.sid')!).slice(2).split('.')[0]!;
    await sessions().updateOne({ _id: sid as never }, { $set: { 'session.authenticatedAt': Date.now() - 13 * 3_600_000 } });
    const expired = await browser.me();
    expect(expired.body.code).toBe('session_expired');
    expect(await AuditEventModel.findOne({ type: 'session.expired', reason: 'absolute_timeout' }).lean()).not.toBeNull();
  });

  it('lands an unsigned LogoutResponse (SimpleSAMLphp sends those) on the signed-out page and changes nothing', async () => {
    const browser = new SamlBrowser(server);
    await browser.signIn();
    const logout = await browser.sendWithXsrf('post', '/auth/logout');
    const idpAnswer = await browser.get(new URL(logout.body.redirectTo as string).pathname + new URL(logout.body.redirectTo as string).search);
    const back = new URL(idpAnswer.headers['location'] as string);
    back.searchParams.delete('Signature');
    back.searchParams.delete('SigAlg');
    const completed = await browser.get(back.pathname + back.search);
    expect(completed.status).toBe(303);
    expect(completed.headers['location']).toBe('/signed-out');
    expect((await browser.me()).status).toBe(401);
  });

  it('honours a signed IdP-initiated LogoutRequest', async () => {
    const browser = new SamlBrowser(server);
    await browser.signIn();
    expect((await browser.me()).status).toBe(200);
    const identity = await identityOf(personas.employee.id);
    const url = new URL(browser.idp.logoutRequestUrl(identity.email));
    const response = await browser.get(url.pathname + url.search);
    expect(response.status).toBe(302);
    expect(new URL(response.headers['location'] as string).pathname).toBe('/dev-idp/slo');
    expect((await browser.me()).status).toBe(401);
  });

  it('publishes service provider metadata with ACS, SLO and certificates', async () => {
    const response = await new SamlBrowser(server).get('/auth/saml/metadata');
    expect(response.status).toBe(200);
    expect(response.type).toBe('application/samlmetadata+xml');
    const xml = response.text;
    expect(xml).toContain(`entityID="${server.url}/auth/saml/metadata"`);
    expect(xml).toContain(`Location="${server.url}/auth/saml/acs"`);
    expect(xml).toContain(`Location="${server.url}/auth/saml/slo"`);
    expect(xml).toContain('use="signing"');
    expect(xml).toContain('use="encryption"');
    expect(xml).toContain('WantAssertionsSigned="true"');
  });
});
