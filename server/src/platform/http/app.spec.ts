import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import request from 'supertest';

import { testApp, testConfig } from '../../test/test-app';

describe('the application', () => {
  describe('API basics', () => {
    it('answers an unknown API route with a 404 problem, never the web client', async () => {
      const response = await request(testApp()).get('/api/no-such-thing').expect(404);
      expect(response.type).toBe('application/problem+json');
      expect(response.body).toEqual(jasmine.objectContaining({ code: 'not_found', instance: '/api/no-such-thing' }));
    });

    it('sends security headers with a strict Content-Security-Policy', async () => {
      const response = await request(testApp()).get('/healthz');
      const csp = response.headers['content-security-policy'] as string;
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toMatch(/style-src 'self' 'nonce-[A-Za-z0-9+/=]{24}'/);
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toContain('unsafe-inline');
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['x-powered-by']).toBeUndefined();
    });

    it('gives each request an id, and keeps a sane one the caller sent', async () => {
      const generated = await request(testApp()).get('/healthz');
      expect(generated.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
      const kept = await request(testApp()).get('/healthz').set('X-Request-Id', 'lb-42');
      expect(kept.headers['x-request-id']).toBe('lb-42');
      const replaced = await request(testApp()).get('/healthz').set('X-Request-Id', '<script>');
      expect(replaced.headers['x-request-id']).not.toBe('<script>');
    });
  });

  describe('OpenAPI document', () => {
    it('is OpenAPI 3.1 and lists the routes declared so far with their schemas', async () => {
      const response = await request(testApp()).get('/api/openapi.json').expect(200);
      expect(response.body.openapi).toBe('3.1.0');
      expect(Object.keys(response.body.paths)).toEqual(
        jasmine.arrayContaining([
          '/healthz',
          '/readyz',
          '/api/openapi.json',
          '/api/me',
          '/api/session',
          '/api/me/preferences',
          '/api/public/hr-contact',
          '/auth/logout',
          '/api/handbook/search',
          '/api/handbook/articles/{slug}',
        ]),
      );
      expect(response.body.paths['/api/me'].get.security).toEqual([{ session: [] }]);
      expect(response.body.components.securitySchemes.session).toEqual(jasmine.objectContaining({ in: 'cookie', name: 'portico.sid' }));
      expect(Object.keys(response.body.components.schemas)).toEqual(jasmine.arrayContaining(['Problem', 'Liveness', 'Readiness']));
      expect(response.body.paths['/readyz'].get.responses['503']).toBeDefined();
    });
  });

  describe('web client', () => {
    let clientDist: string;

    beforeAll(async () => {
      clientDist = await mkdtemp(path.join(tmpdir(), 'portico-client-'));
      await mkdir(path.join(clientDist, 'media'));
      await writeFile(path.join(clientDist, 'index.html'), '<html><body><app-root ngCspNonce="CSP_NONCE"></app-root></body></html>');
      await writeFile(path.join(clientDist, 'main-ABCD1234.js'), 'console.log("portico")');
      await writeFile(path.join(clientDist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    });

    afterAll(() => rm(clientDist, { recursive: true, force: true }));

    const app = () => testApp({ config: testConfig({ CLIENT_DIST: clientDist }) });

    it('serves hashed assets for a year and unhashed ones with revalidation', async () => {
      const hashed = await request(app()).get('/main-ABCD1234.js').expect(200);
      expect(hashed.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      const plain = await request(app()).get('/favicon.svg').expect(200);
      expect(plain.headers['cache-control']).toBe('no-cache');
    });

    it('answers app routes with index.html, uncached, carrying the nonce of its CSP', async () => {
      const response = await request(app()).get('/handbook/leave-policy').set('Accept', 'text/html').expect(200);
      expect(response.type).toBe('text/html');
      expect(response.headers['cache-control']).toBe('no-cache');
      const nonce = /'nonce-([^']+)'/.exec(response.headers['content-security-policy'] as string)![1];
      expect(response.text).toContain(`ngCspNonce="${nonce}"`);
      expect(response.text).not.toContain('CSP_NONCE');
    });

    it('does not answer a missing asset with index.html', async () => {
      await request(app()).get('/main-OLDHASH1.js').expect(404);
    });
  });
});
