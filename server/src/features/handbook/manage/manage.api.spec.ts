import { MAX_IMAGE_BYTES, type SaveVariant } from '@portico/shared/handbook/handbook.schemas';
import { DatabaseFileStore } from '../../../platform/files/file-store';
import { eventually } from '../../../test/helpers';
import { expectInert } from '../../../test/inert';
import { SamlBrowser, identityOf } from '../../../test/saml-browser';
import { silentLogger, startTestServer, type TestServer } from '../../../test/test-app';
import { testDatabase } from '../../../test/test-database';
import { seedDemoPeople } from '../../../test/demo-company';
import { HandbookRedirectModel } from '../handbook.models';
import { announceScheduledPolicies } from '../policies/policies';
import { HandbookIndex } from '../search/handbook-index';
import { InProcessHandbookSearch } from '../search/in-process-handbook-search';
import { SearchEventModel } from '../search/search-events.model';
import { deleteArticles } from '../testing';
import { personas } from '../../directory';
import { NotificationModel } from '../../notifications';

const DAY = 86_400_000;
/** A 1×1 PNG. */
const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

const variant = (overrides: Partial<SaveVariant> = {}): SaveVariant => ({
  type: 'article',
  category: 'Working here / Growth',
  audience: 'everyone',
  status: 'draft',
  title: 'Quokka care',
  summary: 'Looking after the office quokka.',
  tags: ['quokka'],
  markdown: 'The quokka eats leaves daily.',
  change: 'minor',
  ...overrides,
});

describe('handbook authoring API', () => {
  let server: TestServer;
  let employee: SamlBrowser;
  let admin: SamlBrowser;
  const created = new Set<string>();

  /** A new draft through the API; its slug is cleaned up after the suite. */
  async function draft(title: string, extra: { fromQuery?: string; language?: string } = {}): Promise<string> {
    const response = await admin.sendWithXsrf('post', '/api/handbook/manage/articles', {
      title,
      language: extra.language ?? 'en',
      ...(extra.fromQuery ? { fromQuery: extra.fromQuery } : {}),
    });
    expect(response.status).withContext(JSON.stringify(response.body)).toBe(201);
    created.add(response.body.slug);
    return response.body.slug;
  }
  const save = (slug: string, body: SaveVariant, language = 'en') =>
    admin.sendWithXsrf('put', `/api/handbook/manage/articles/${slug}/variants/${language}`, body);
  const act = (slug: string, action: string, body?: object) => admin.sendWithXsrf('post', `/api/handbook/manage/articles/${slug}/${action}`, body ?? {});
  const found = async (query: string) =>
    (await employee.get(`/api/handbook/search?q=${encodeURIComponent(query)}`)).body.hits.map((hit: { slug: string }) => hit.slug);

  beforeAll(async () => {
    await seedDemoPeople();
    server = await startTestServer();
    employee = new SamlBrowser(server);
    await employee.signIn();
    admin = new SamlBrowser(server);
    await admin.signIn(await identityOf(personas.hrAdmin.id, ['portico-hr-admins']));
  });

  afterAll(async () => {
    await deleteArticles(created);
    await testDatabase.handbook!.refresh(true);
    await server.close();
  });

  it('refuses every authoring endpoint to employees', async () => {
    const calls: [string, string, object?][] = [
      ['get', '/api/handbook/manage/articles'],
      ['post', '/api/handbook/manage/articles', { title: 'Nope', language: 'en' }],
      ['get', '/api/handbook/manage/articles/anything'],
      ['put', '/api/handbook/manage/articles/anything/variants/en', variant()],
      ['post', '/api/handbook/manage/articles/anything/publish', {}],
      ['post', '/api/handbook/manage/articles/anything/unpublish'],
      ['post', '/api/handbook/manage/articles/anything/archive'],
      ['post', '/api/handbook/manage/articles/anything/review'],
      ['get', '/api/handbook/manage/articles/anything/diff?language=en&from=1&to=2'],
      ['post', '/api/handbook/manage/preview', { markdown: 'x' }],
      ['post', '/api/handbook/manage/bulk', { action: 'publish', slugs: ['anything'] }],
      ['get', '/api/handbook/manage/synonyms'],
      ['put', '/api/handbook/manage/synonyms', { groups: [] }],
    ];
    for (const [method, path, body] of calls) {
      const response = method === 'get' ? await employee.get(path) : await employee.sendWithXsrf(method as 'post' | 'put', path, body);
      expect(response.status).withContext(`${method} ${path}`).toBe(403);
    }
    expect((await employee.upload('/api/handbook/manage/images', png, 'image/png')).status).toBe(403);
  });

  it('starts drafts at unique slugs made from their titles, unseen by readers', async () => {
    const slug = await draft('Quokka parking permits', { fromQuery: 'quokka parking' });
    expect(slug).toBe('quokka-parking-permits');
    expect(await draft('Quokka parking permits!')).toBe('quokka-parking-permits-2');
    expect(await draft('Días de ñandú en Málaga', { language: 'es' })).toBe('dias-de-nandu-en-malaga');

    const managed = await admin.get(`/api/handbook/manage/articles/${slug}`);
    expect(managed.body).toEqual(
      jasmine.objectContaining({ slug, type: 'article', status: 'draft', category: 'General', audience: 'everyone', version: '1.0', publishAt: null }),
    );
    expect(managed.body.variants[0].markdown).toMatch(/^# Quokka parking permits\n/);
    expect(managed.body.variants[0].markdown).toContain('“quokka parking”');
    expect(managed.body.versions).toEqual([
      jasmine.objectContaining({ language: 'en', number: 1, label: '1.0', authorId: personas.hrAdmin.id, authorName: 'Olivia Brooks' }),
    ]);
    expect(managed.body.owner).toEqual({ id: personas.hrAdmin.id, name: 'Olivia Brooks' });

    expect((await employee.get(`/api/handbook/articles/${slug}`)).status).toBe(404);
    expect(await found('quokka parking permits')).not.toContain(slug);
    expect((await admin.get('/api/handbook/manage/articles/no-such-article')).status).toBe(404);
  });

  it('saves a language as a new version: minor 1.1, another language, major 2.0; 404 for an unknown article', async () => {
    const slug = await draft('Quokka feeding');
    const minor = await save(slug, variant({ title: 'Quokka feeding' }));
    expect(minor.status).withContext(JSON.stringify(minor.body)).toBe(200);
    expect(minor.body.version).toBe('1.1');
    expect(minor.body.category).toBe('Working here / Growth');

    const spanish = await save(slug, variant({ title: 'Alimentar al quokka', markdown: 'El quokka come hojas.' }), 'es');
    expect(spanish.body.variants.map((entry: { language: string }) => entry.language).sort()).toEqual(['en', 'es']);
    expect(spanish.body.variants.find((entry: { language: string }) => entry.language === 'es').markdown).toBe('El quokka come hojas.');

    const major = await save(slug, variant({ title: 'Quokka feeding', markdown: 'Only leaves, never bread.', change: 'major' }));
    expect(major.body.version).toBe('2.0');
    expect(major.body.versions.filter((entry: { language: string }) => entry.language === 'en').map((entry: { label: string }) => entry.label)).toEqual([
      '2.0',
      '1.1',
      '1.0',
    ]);

    const same = await save(slug, variant({ title: 'Quokka feeding', markdown: 'Only leaves, never bread.', change: 'major' }));
    expect(same.body.version).withContext('the same text again is no new version').toBe('2.0');

    expect((await save('no-such-article', variant())).status).toBe(404);
    expect((await save(slug, { ...variant(), title: '' })).status).toBe(400);
  });

  it('publishes into search and the article page; unpublishing and archiving take it out again', async () => {
    const slug = await draft('Wombat crossings');
    await save(slug, variant({ title: 'Wombat crossings', markdown: 'Slow down for wombats near the car park.' }));
    const published = await act(slug, 'publish', {});
    expect(published.status).toBe(200);
    expect(published.body).toEqual(jasmine.objectContaining({ status: 'published', publishAt: null }));
    expect(await found('wombat crossings')).toContain(slug);
    expect((await employee.get(`/api/handbook/articles/${slug}`)).status).toBe(200);

    expect((await act(slug, 'unpublish')).body.status).toBe('draft');
    expect(await found('wombat crossings')).not.toContain(slug);
    expect((await employee.get(`/api/handbook/articles/${slug}`)).status).toBe(404);

    await act(slug, 'publish', {});
    expect(await found('wombat crossings')).toContain(slug);
    expect((await act(slug, 'archive')).body.status).toBe('archived');
    expect(await found('wombat crossings')).not.toContain(slug);
    expect((await act('no-such-article', 'archive')).status).toBe(404);
  });

  it('schedules a publication: nobody reads or is told before its time, then the policy is announced once', async () => {
    const slug = await draft('Echidna safety policy');
    await save(slug, variant({ type: 'policy', title: 'Echidna safety policy', markdown: 'Never pick up an echidna.' }));
    const publishAt = new Date(Date.now() + DAY).toISOString();
    const scheduled = await act(slug, 'publish', { publishAt });
    expect(scheduled.body).toEqual(jasmine.objectContaining({ status: 'published', publishAt }));
    expect((await employee.get(`/api/handbook/articles/${slug}`)).status).toBe(404);
    expect(await found('echidna safety')).not.toContain(slug);
    const notificationId = `policy:${slug}:1:${personas.employee.id}`;
    expect(await NotificationModel.exists({ _id: notificationId })).toBeNull();

    expect(await announceScheduledPolicies(new Date(Date.now() + 2 * DAY))).toBeGreaterThan(0);
    expect(await NotificationModel.exists({ _id: notificationId })).not.toBeNull();
    expect(await announceScheduledPolicies(new Date(Date.now() + 2 * DAY)))
      .withContext('announced once')
      .toBe(0);
  });

  it('announces a policy published now to its audience', async () => {
    const slug = await draft('Platypus handling policy');
    await save(slug, variant({ type: 'policy', title: 'Platypus handling policy', markdown: 'Platypus spurs are venomous.' }));
    await act(slug, 'publish', {});
    expect(await NotificationModel.exists({ _id: `policy:${slug}:1:${personas.employee.id}` })).not.toBeNull();
  });

  it('keeps an article at its address when it is renamed, and serves a moved article at its old one', async () => {
    const slug = await draft('Quokka feeding times');
    await save(slug, variant({ status: 'published', title: 'Quokka feeding times' }));
    await save(slug, variant({ status: 'published', title: 'When to feed the quokka' }));
    const renamed = await employee.get(`/api/handbook/articles/${slug}`);
    expect(renamed.status).toBe(200);
    expect(renamed.body).toEqual(jasmine.objectContaining({ slug, title: 'When to feed the quokka' }));

    await HandbookRedirectModel.create({ _id: `${slug}-old-address`, slug });
    try {
      const moved = await employee.get(`/api/handbook/articles/${slug}-old-address`);
      expect(moved.status).toBe(200);
      expect(moved.body.slug).withContext('the client shows the current address').toBe(slug);
    } finally {
      await HandbookRedirectModel.deleteOne({ _id: `${slug}-old-address` });
    }
  });

  it('diffs two versions word by word', async () => {
    const slug = await draft('Quokka diet');
    await save(slug, variant({ title: 'Quokka diet', markdown: 'The quokka eats leaves daily.' }));
    await save(slug, variant({ title: 'Quokka diet', markdown: 'The quokka eats grass daily.' }));
    const diff = await admin.get(`/api/handbook/manage/articles/${slug}/diff?language=en&from=2&to=3`);
    expect(diff.status).toBe(200);
    expect(diff.body).toEqual(jasmine.objectContaining({ from: 2, to: 3 }));
    expect(diff.body.parts).toContain({ value: 'leaves', added: false, removed: true });
    expect(diff.body.parts).toContain({ value: 'grass', added: true, removed: false });
    expect(
      diff.body.parts
        .filter((part: { added: boolean; removed: boolean }) => !part.added && !part.removed)
        .map((part: { value: string }) => part.value)
        .join(''),
    ).toContain('The quokka eats ');

    expect((await admin.get(`/api/handbook/manage/articles/${slug}/diff?language=en&from=2&to=9`)).status).toBe(404);
    expect((await admin.get(`/api/handbook/manage/articles/${slug}/diff?language=es&from=1&to=2`)).status).toBe(404);
    expect((await admin.get(`/api/handbook/manage/articles/${slug}/diff?language=en&from=1.5&to=2`)).status).toBe(400);
    expect((await admin.get(`/api/handbook/manage/articles/${slug}/diff?language=en&from=one&to=2`)).status).toBe(400);
  });

  it('previews Markdown exactly as readers get it: scripts and javascript: links gone', async () => {
    const image = '/api/handbook/images/0b6f3c1e-8d1f-4a55-9a3e-2f6f1c0d9b7a';
    const preview = await admin.sendWithXsrf('post', '/api/handbook/manage/preview', {
      markdown: `# Getting there\n\n<script>alert(1)</script>\n\n[click me](javascript:alert(1)) <a href="javascript:alert(2)">raw</a>\n\n![map](${image})`,
    });
    expect(preview.status).toBe(200);
    expectInert(preview.body.html);
    // What is left of them is text, not markup.
    expect(preview.body.html).not.toMatch(/<script|href="javascript:/i);
    expect(preview.body.html).toContain(`<img src="${image}" alt="map">`);
    expect(preview.body.headings).toEqual([{ id: 'getting-there', text: 'Getting there', level: 2 }]);
  });

  it('applies a bulk action article by article and reports the slugs it could not', async () => {
    const first = await draft('Bilby burrows');
    const second = await draft('Bilby diet');
    const result = await admin.sendWithXsrf('post', '/api/handbook/manage/bulk', { action: 'publish', slugs: [first, 'no-such-article', second] });
    expect(result.status).toBe(200);
    expect(result.body.done).toEqual([first, second]);
    expect(result.body.failed).toEqual([{ slug: 'no-such-article', message: jasmine.stringContaining('no-such-article') }]);
    expect(await found('bilby')).toEqual(jasmine.arrayWithExactContents([first, second]));

    const archived = await admin.sendWithXsrf('post', '/api/handbook/manage/bulk', { action: 'archive', slugs: [first, second] });
    expect(archived.body).toEqual({ done: [first, second], failed: [] });
    expect(await found('bilby')).not.toContain(first);
    expect(await found('bilby')).not.toContain(second);
  });

  it('lists every article with its status, version and staleness; a review makes it current', async () => {
    const slug = await draft('Koala nap rules');
    const yesterday = new Date(Date.now() - DAY).toISOString().slice(0, 10);
    await save(slug, variant({ title: 'Koala nap rules', reviewBy: yesterday }));
    const row = async (query: string) =>
      (await admin.get(`/api/handbook/manage/articles?${query}`)).body.articles.find((entry: { slug: string }) => entry.slug === slug);
    expect(await row('q=koala%20NAP')).toEqual(
      jasmine.objectContaining({ slug, title: 'Koala nap rules', status: 'draft', version: '1.1', languages: ['en'], stale: true, type: 'article' }),
    );
    expect(await row('stale=true')).toBeDefined();
    expect(await row('status=published')).toBeUndefined();
    expect(await row('q=wallaby')).toBeUndefined();

    const reviewed = await act(slug, 'review');
    expect(reviewed.body.lastReviewedAt).not.toBeNull();
    expect(new Date(reviewed.body.reviewBy).getTime()).toBeGreaterThan(Date.now() + 360 * DAY);
    expect(await row('stale=true')).toBeUndefined();
    expect((await row('stale=false'))?.stale).toBeFalse();
    const list = (await admin.get('/api/handbook/manage/articles')).body.articles as { updatedAt: string }[];
    expect(list.map((entry) => entry.updatedAt)).toEqual(
      list
        .map((entry) => entry.updatedAt)
        .sort()
        .reverse(),
    );
  });

  it('saves synonyms that search on every instance uses within seconds', async () => {
    const before = (await admin.get('/api/handbook/manage/synonyms')).body;
    const slug = await draft('Wallaby sightings');
    await save(slug, variant({ title: 'Wallaby sightings', markdown: 'Report every wallaby you see.' }));
    await act(slug, 'publish', {});
    expect(await found('numbat')).not.toContain(slug);

    const otherInstance = new HandbookIndex(new InProcessHandbookSearch(), silentLogger);
    await otherInstance.start(200);
    try {
      const saved = await admin.sendWithXsrf('put', '/api/handbook/manage/synonyms', { groups: [...before.groups, ['numbat', ' Wallaby ', 'wallaby']] });
      expect(saved.status).toBe(200);
      expect(saved.body.groups.at(-1)).toEqual(['numbat', 'Wallaby']);
      expect(await found('numbat')).toContain(slug);
      await eventually(() => otherInstance.search.search({ query: 'numbat', audiences: ['everyone'], limit: 5 }).total === 1, 5_000, 50);
    } finally {
      await otherInstance.stop();
      await admin.sendWithXsrf('put', '/api/handbook/manage/synonyms', before);
    }
    expect((await admin.get('/api/handbook/manage/synonyms')).body).toEqual(before);
  });

  it('stores images by their content and serves them so that they can run nothing', async () => {
    const uploaded = await admin.upload('/api/handbook/manage/images?name=dot.png', png, 'application/octet-stream');
    expect(uploaded.status).withContext(JSON.stringify(uploaded.body)).toBe(201);
    expect(uploaded.body).toEqual({ url: jasmine.stringMatching(/^\/api\/handbook\/images\/[0-9a-f-]{36}$/), type: 'image/png', size: png.length });

    const served = await employee.get(uploaded.body.url);
    expect(served.status).toBe(200);
    expect(served.headers['content-type']).toBe('image/png');
    expect(served.headers['x-content-type-options']).toBe('nosniff');
    expect(served.headers['content-security-policy']).toMatch(/^default-src 'none'/);
    expect(served.headers['cache-control']).toContain('immutable');
    expect(Buffer.compare(served.body as Buffer, png)).toBe(0);

    const svg = '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>';
    const refusedSvg = await admin.upload('/api/handbook/manage/images', svg, 'image/svg+xml');
    expect(refusedSvg.status).toBe(415);
    expect(refusedSvg.body.detail).toContain('PNG, JPEG, GIF or WebP');
    expect((await admin.upload('/api/handbook/manage/images', 'just some text', 'image/png')).status).toBe(415);
    expect((await admin.upload('/api/handbook/manage/images', Buffer.alloc(0), 'image/png')).status).toBe(415);

    const large = Buffer.concat([png, Buffer.alloc(MAX_IMAGE_BYTES)]);
    const refusedLarge = await admin.upload('/api/handbook/manage/images', large, 'image/png');
    expect(refusedLarge.status).toBe(413);
    expect(refusedLarge.body.detail).toContain('2 MB');
    const huge = await admin.upload('/api/handbook/manage/images', Buffer.concat([png, Buffer.alloc(MAX_IMAGE_BYTES * 2)]), 'image/png');
    expect(huge.status).toBe(413);
    expect(huge.body.detail).toContain('2 MB');

    // Only handbook images come out of this address, whatever else the file store holds.
    const attachment = await new DatabaseFileStore().put({ content: png, type: 'image/png', name: 'private.png', ownerKind: 'ticket.attachment' });
    expect((await employee.get(`/api/handbook/images/${attachment.id}`)).status).toBe(404);
    expect((await employee.get('/api/handbook/images/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await employee.get('/api/handbook/images/not-an-id')).status).toBe(400);
  });

  it('suggests frequent searches with results that start with what is typed, after article titles', async () => {
    const slug = await draft('Wombat burrows');
    await save(slug, variant({ title: 'Wombat burrows', markdown: 'Wombat habitat: burrows in dry forest.' }));
    await act(slug, 'publish', {});
    const now = Date.now();
    // Each event by another person, unless `searcher` says whose they all are.
    const events = (query: string, times: number, results: number, daysAgo = 1, searcher?: string) =>
      Array.from({ length: times }, (_, index) => ({
        _id: `suggest-spec:${query}:${index}`,
        query,
        language: 'en',
        results,
        searcher: searcher ?? `person-${index}`,
        at: new Date(now - daysAgo * DAY),
      }));
    await SearchEventModel.insertMany([
      ...events('wombat burrows', 6, 2),
      ...events('wombat habitat', 5, 1),
      ...events('wombat zero', 9, 0),
      ...events('wombat rare', 4, 1),
      ...events('wombat ancient', 8, 1, 100),
      ...events('wombat flood', 50, 1, 1, 'one-person'),
    ]);
    try {
      await testDatabase.handbook!.topQueries.refresh();
      const suggestions = (await employee.get('/api/handbook/suggest?q=Womb')).body.suggestions as { text: string; kind: string }[];
      expect(suggestions[0]).toEqual({ text: 'Wombat burrows', kind: 'article', slug } as never);
      expect(suggestions).toContain({ text: 'wombat habitat', kind: 'query' });
      expect(suggestions.map((suggestion) => suggestion.text.toLowerCase()).filter((text) => text === 'wombat burrows').length)
        .withContext('once, whatever the case')
        .toBe(1);
      for (const absent of ['wombat zero', 'wombat rare', 'wombat ancient', 'wombat flood'])
        expect(suggestions.map((suggestion) => suggestion.text)).not.toContain(absent);
      expect(suggestions.length).toBeLessThanOrEqual(8);
    } finally {
      await SearchEventModel.deleteMany({ _id: { $regex: '^suggest-spec:' } });
      await testDatabase.handbook!.topQueries.refresh();
    }
  });
});
