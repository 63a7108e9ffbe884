import request from 'supertest';

import { seedDemoPeople } from '../../test/demo-company';
import { identityOf, SamlBrowser } from '../../test/saml-browser';
import { startTestServer, type TestServer } from '../../test/test-app';
import { personas } from '../../features/directory';

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
interface Operation {
  'x-portico-cache'?: string;
}

describe('API answers and writes', () => {
  let server: TestServer;
  let admin: SamlBrowser;

  beforeAll(async () => {
    await seedDemoPeople();
    server = await startTestServer();
    admin = new SamlBrowser(server);
    await admin.signIn(await identityOf(personas.hrAdmin.id, ['portico-hr-admins']));
  });

  afterAll(() => server.close());

  describe('caching', () => {
    it('every route of the OpenAPI document answers Cache-Control: no-store, signed in or not, unless it declares its own caching', async () => {
      const document = (await request(server.url).get('/api/openapi.json').expect(200)).body as { paths: Record<string, Partial<Record<Method, Operation>>> };
      const routes = Object.entries(document.paths).flatMap(([path, operations]) =>
        Object.entries(operations).map(([method, operation]) => ({ path, method: method as Method, operation: operation! })),
      );
      const api = routes.filter((route) => route.path.startsWith('/api/') || route.path.startsWith('/auth/'));
      expect(api.length).toBeGreaterThan(60);
      for (const { path, method, operation } of api) {
        // Any value for a parameter: a 400 or 404 answer must not be cached either.
        const url = path.replace(/\{[^}]+\}/g, 'HR-2026-00001');
        // Writes without the XSRF header stop at the guard: nothing is changed, yet the answer is checked.
        const asAdmin = method === 'get' ? await admin.get(url) : await admin.send(method, url, {});
        const signedOut = await request(server.url)[method](url);
        for (const [who, response] of [
          ['an HR admin', asAdmin],
          ['nobody signed in', signedOut],
        ] as const) {
          const declared = operation['x-portico-cache'] === 'immutable' && response.status < 300;
          const expected = declared ? jasmine.stringMatching(/immutable/) : 'no-store';
          expect(response.headers['cache-control']).withContext(`${method.toUpperCase()} ${url} as ${who} (${response.status})`).toEqual(expected);
        }
      }
    });

    it('also for answers no route gave: an unknown API path, a body that is not JSON', async () => {
      const unknown = await admin.get('/api/no-such-route');
      expect([unknown.status, unknown.headers['cache-control']]).toEqual([404, 'no-store']);
      const broken = await request(server.url).patch('/api/me/preferences').set('Content-Type', 'application/json').send('{');
      expect(broken.headers['cache-control']).toBe('no-store');
    });
  });

  describe('writes from another site', () => {
    let employee: SamlBrowser;

    beforeAll(async () => {
      employee = new SamlBrowser(server);
      await employee.signIn(await identityOf(personas.employee.id));
    });

    const readAll = (headers: Record<string, string>) =>
      employee.send('post', '/api/notifications/read-all', undefined, { 'X-XSRF-TOKEN': employee.cookie('XSRF-TOKEN') ?? '', ...headers });

    it('are refused, valid session and XSRF token notwithstanding, when Sec-Fetch-Site says cross-site or Origin is not the portal', async () => {
      const attempts: Record<string, string>[] = [
        { 'Sec-Fetch-Site': 'cross-site' },
        { Origin: 'https://evil.test' },
        { 'Sec-Fetch-Site': 'same-origin', Origin: 'https://evil.test' },
        { Origin: 'null' },
      ];
      for (const headers of attempts) {
        const response = await readAll(headers);
        expect(response.status).withContext(JSON.stringify(headers)).toBe(403);
        expect(response.body.code).toBe('cross_site_request');
      }
      const logout = await employee.send('post', '/auth/logout', undefined, {
        'X-XSRF-TOKEN': employee.cookie('XSRF-TOKEN') ?? '',
        Origin: 'https://evil.test',
      });
      expect(logout.status).toBe(403);
      expect((await employee.me()).status).toBe(200);
    });

    it('are accepted from the portal itself, and from clients that send neither header (the token still decides)', async () => {
      expect((await readAll({ 'Sec-Fetch-Site': 'same-origin', Origin: server.url })).status).toBe(204);
      expect((await readAll({})).status).toBe(204);
      expect((await readAll({ 'Sec-Fetch-Site': 'same-site' })).status).toBe(204);
      expect((await employee.send('post', '/api/notifications/read-all', undefined, { Origin: server.url })).status).toBe(403);
    });

    it('do not stop reads, nor the IdP posting its answers to the SAML endpoints', async () => {
      expect((await employee.get('/api/me', { 'Sec-Fetch-Site': 'cross-site', Origin: 'https://evil.test' })).status).toBe(200);
      const browser = new SamlBrowser(server);
      const { requestId } = await browser.startLogin();
      const reply = await browser.idp.loginResponse(requestId, await identityOf(personas.employee.id));
      const fromIdp = await browser.postResponse(reply.samlResponse, { 'Sec-Fetch-Site': 'cross-site', Origin: 'https://idp.lumenworks.example' });
      expect(fromIdp.status).toBe(303);
      expect((await browser.me()).status).toBe(200);
    });
  });
});
