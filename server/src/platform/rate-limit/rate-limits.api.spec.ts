import request from 'supertest';

import { seedDemoPeople } from '../../test/demo-company';
import { capturedLogger } from '../../test/helpers';
import { identityOf, SamlBrowser } from '../../test/saml-browser';
import { startTestServer, type TestServer } from '../../test/test-app';
import { testDatabase } from '../../test/test-database';
import { removeRecords, SlidingWindowLimit } from './sliding-window-limit';
import { personas } from '../../features/directory';

/** An address of this spec's own (behind TRUST_PROXY), so other specs' sign-ins never count with it. */
const address = () => `198.51.100.${Math.floor(Math.random() * 250) + 1}`;

describe('rate limits with their defaults', () => {
  let server: TestServer;
  let lines: Record<string, unknown>[];

  beforeAll(async () => {
    await seedDemoPeople();
    const captured = capturedLogger();
    lines = captured.lines;
    // Empty means unset: the defaults apply (50 in 10 s per address, 30 and 40 in 10 s per person).
    server = await startTestServer({ RATE_LIMIT_SIGN_IN: '', RATE_LIMIT_SEARCH: '', RATE_LIMIT_SUGGEST: '', TRUST_PROXY: 'true' }, { logger: captured.logger });
  });

  afterAll(() => server.close());

  beforeEach(async () => {
    await Promise.all(['auth.login', 'auth.acs', 'handbook.search', 'handbook.suggest'].map((name) => removeRecords(name)));
    lines.length = 0;
  });

  const limitedLines = () => lines.filter((line) => line['msg'] === 'rate limit reached');

  it('stop a flood of sign-in starts from one address with 429, Retry-After and one log line without the address; others sign in', async () => {
    const flooder = address();
    const statuses: number[] = [];
    let refused: request.Response | undefined;
    for (let attempt = 0; attempt < 150; attempt++) {
      const response = await request(server.url).get('/auth/login').set('X-Forwarded-For', flooder).set('Accept-Language', 'es').redirects(0);
      statuses.push(response.status);
      refused ??= response.status === 429 ? response : undefined;
    }
    expect(statuses.filter((status) => status === 302).length).toBe(50);
    expect(statuses.slice(50).every((status) => status === 429)).toBeTrue();
    expect(Number(refused!.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(refused!.headers['retry-after'])).toBeLessThanOrEqual(10);
    expect(refused!.type).toBe('text/html');
    expect(refused!.text).toContain('Demasiados inicios de sesión');
    expect(limitedLines().length).toBe(1);
    expect(limitedLines()[0]).toEqual(jasmine.objectContaining({ limit: 'auth.login', client: jasmine.stringMatching(/^[\w-]{22}$/) }));
    expect(JSON.stringify(lines)).not.toContain(flooder);

    expect((await request(server.url).get('/auth/login').set('X-Forwarded-For', address()).redirects(0)).status).toBe(302);
  });

  it('stop a flood of SAML answers from one address before any is checked', async () => {
    const flooder = address();
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 150; attempt++) {
      statuses.push(
        (
          await request(server.url)
            .post('/auth/saml/acs')
            .set('X-Forwarded-For', flooder)
            .type('form')
            .send({ SAMLResponse: 'bm90IGEgcmVzcG9uc2U=' })
            .redirects(0)
        ).status,
      );
    }
    expect(statuses.slice(0, 50).every((status) => status === 401)).toBeTrue();
    expect(statuses.slice(50).every((status) => status === 429)).toBeTrue();
    expect(limitedLines().map((line) => line['limit'])).toEqual(['auth.acs']);
  });

  describe('per person', () => {
    let employee: SamlBrowser;
    let colleague: SamlBrowser;

    beforeAll(async () => {
      employee = new SamlBrowser(server);
      await employee.signIn(await identityOf(personas.employee.id));
      colleague = new SamlBrowser(server);
      await colleague.signIn(await identityOf(personas.manager.id));
    });

    afterAll(() => testDatabase.handbook!.searchLog.flush());

    it('stop 300 handbook searches in a row after 30, and 100 suggestions after 40, for that person only', async () => {
      const searches: number[] = [];
      for (let index = 0; index < 300; index++) searches.push((await employee.get(`/api/handbook/search?q=vacation${index % 3}`)).status);
      expect(searches.filter((status) => status === 200).length).toBe(30);
      const refused = await employee.get('/api/handbook/search?q=vacation');
      expect(refused.status).toBe(429);
      expect(refused.body.code).toBe('rate_limited');
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
      expect(Number(refused.headers['retry-after'])).toBeLessThanOrEqual(10);

      const suggestions: number[] = [];
      for (let index = 0; index < 100; index++) suggestions.push((await employee.get(`/api/handbook/suggest?q=vac${'a'.repeat(index % 5)}`)).status);
      expect(suggestions.filter((status) => status === 200).length).toBe(40);

      expect((await colleague.get('/api/handbook/search?q=vacation')).status).toBe(200);
      expect((await colleague.get('/api/handbook/suggest?q=vac')).status).toBe(200);
      expect(
        limitedLines()
          .map((line) => line['limit'])
          .sort(),
      ).toEqual(['handbook.search', 'handbook.suggest']);
      expect(JSON.stringify(limitedLines())).not.toContain(personas.employee.id);
    });
  });
});

describe('a sliding-window limit', () => {
  const secret = 'a secret for the spec, long enough to be one';
  const { logger } = capturedLogger();

  beforeEach(() => removeRecords('spec.limit'));

  it('lets exactly `limit` requests through when many race, from two instances at once', async () => {
    const first = new SlidingWindowLimit('spec.limit', { limit: 7, windowMs: 60_000 }, { secret, logger });
    const second = new SlidingWindowLimit('spec.limit', { limit: 7, windowMs: 60_000 }, { secret, logger });
    const now = new Date();
    const verdicts = await Promise.all(Array.from({ length: 30 }, (_, index) => (index % 2 ? first : second).take('someone', now)));
    expect(verdicts.filter((verdict) => verdict.allowed).length).toBe(7);
    expect(verdicts.filter((verdict) => !verdict.allowed).every((verdict) => !verdict.allowed && verdict.retryAfterSeconds === 60)).toBeTrue();
  });

  it('counts what other instances allowed, though each remembers its own requests', async () => {
    const first = new SlidingWindowLimit('spec.limit', { limit: 6, windowMs: 60_000 }, { secret, logger });
    const second = new SlidingWindowLimit('spec.limit', { limit: 6, windowMs: 60_000 }, { secret, logger });
    const at = (seconds: number) => new Date(Date.UTC(2026, 0, 1, 12, 0, seconds));
    for (const seconds of [0, 1, 2]) expect(await first.take('someone', at(seconds))).toEqual({ allowed: true });
    for (const seconds of [3, 4, 5]) expect(await second.take('someone', at(seconds))).toEqual({ allowed: true });
    expect(await first.take('someone', at(6))).toEqual({ allowed: false, retryAfterSeconds: 54 });
    expect(await second.take('someone', at(6))).toEqual({ allowed: false, retryAfterSeconds: 54 });
    expect(await second.take('someone', at(60))).toEqual({ allowed: true });
    expect(await first.take('someone', at(60))).toEqual({ allowed: false, retryAfterSeconds: 1 });
  });

  it('slides: a request is allowed again as soon as the oldest of the window leaves it', async () => {
    const limit = new SlidingWindowLimit('spec.limit', { limit: 2, windowMs: 10_000 }, { secret, logger });
    const at = (seconds: number) => new Date(Date.UTC(2026, 0, 1, 12, 0, seconds));
    expect(await limit.take('someone', at(0))).toEqual({ allowed: true });
    expect(await limit.take('someone', at(4))).toEqual({ allowed: true });
    expect(await limit.take('someone', at(9))).toEqual({ allowed: false, retryAfterSeconds: 1 });
    expect(await limit.take('someone', at(10))).toEqual({ allowed: true });
    expect(await limit.take('someone', at(11))).toEqual({ allowed: false, retryAfterSeconds: 3 });
    expect(await limit.take('someone else', at(11))).toEqual({ allowed: true });
  });
});
