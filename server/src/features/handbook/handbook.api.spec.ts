import { SamlBrowser, identityOf } from '../../test/saml-browser';
import { silentLogger, startTestServer, type TestServer } from '../../test/test-app';
import { testDatabase } from '../../test/test-database';
import { eventually } from '../../test/helpers';
import { seedDemoPeople } from '../../test/demo-company';
import { HandbookArticleModel, HandbookContentModel, HandbookVersionModel } from './handbook.models';
import { importHandbook } from './import/import-handbook';
import { HandbookIndex } from './search/handbook-index';
import { InProcessHandbookSearch } from './search/in-process-handbook-search';
import { SearchEventModel } from './search/search-events.model';
import { personas } from '../directory';

const article = (slug: string, language: string, title: string, body: string, extra = '', status = 'published') => ({
  name: `${slug}.${language}.md`,
  content: `---\ntitle: ${title}\nsummary: ${title} in short.\ncategory: Time off / Vacation\nlanguage: ${language}\nstatus: ${status}${extra}\n---\n${body}\n`,
});

describe('handbook API', () => {
  let server: TestServer;
  let employee: SamlBrowser;

  beforeAll(async () => {
    await seedDemoPeople();
    await Promise.all([HandbookArticleModel.deleteMany({}), HandbookContentModel.deleteMany({}), HandbookVersionModel.deleteMany({})]);
    await importHandbook(
      [
        article('api-annual-leave', 'en', 'Annual leave', '## Days\n\nYou get 25 vacation days a year.'),
        article('api-annual-leave', 'es', 'Vacaciones', '## Días\n\nTienes 23 días laborables de vacaciones.'),
        article('api-manager-guide', 'en', 'Approving vacation', 'Managers approve vacation requests.', '\naudience: managers'),
        article('api-draft', 'en', 'Draft vacation plan', 'Not ready: vacation draft.', '', 'draft'),
        article('api-only-portuguese', 'pt', 'Vale-refeição', 'O benefício de vale-refeição em São Paulo.'),
      ],
      null,
    );
    await testDatabase.handbook!.refresh(true);
    server = await startTestServer();
    employee = new SamlBrowser(server);
    await employee.signIn();
  });

  afterAll(() => server.close());

  it('searches with the shape the client uses, records the search without a user id', async () => {
    const response = await employee.get('/api/handbook/search?q=vacaton');
    expect(response.status).toBe(200);
    expect(response.body.total).toBe(1);
    expect(response.body.hits[0]).toEqual(
      jasmine.objectContaining({ slug: 'api-annual-leave', language: 'en', category: 'Time off / Vacation', type: 'article', title: 'Annual leave' }),
    );
    expect(response.body.hits[0].snippet).toContain('<mark>');
    await testDatabase.handbook!.searchLog.flush();
    const event = await SearchEventModel.findById(response.body.searchId).lean();
    expect(event).toEqual(jasmine.objectContaining({ query: 'vacaton', results: 1, opened: false }));
    expect(Object.keys(event!)).not.toContain('employeeId');

    expect((await employee.sendWithXsrf('post', `/api/handbook/search/${response.body.searchId}/opened`, { slug: 'api-annual-leave' })).status).toBe(204);
    expect((await SearchEventModel.findById(response.body.searchId).lean())?.opened).toBeTrue();
  });

  it('never returns drafts or other audiences\u2019 articles, not even through suggestions', async () => {
    const search = await employee.get('/api/handbook/search?q=vacation%20draft%20approving&limit=50');
    expect(search.body.hits.map((hit: { slug: string }) => hit.slug)).toEqual(['api-annual-leave']);
    const suggest = await employee.get('/api/handbook/suggest?q=appro');
    expect(suggest.body.suggestions).toEqual([]);
    expect((await employee.get('/api/handbook/articles/api-manager-guide')).status).toBe(404);
    expect((await employee.get('/api/handbook/articles/api-draft')).status).toBe(404);

    const manager = new SamlBrowser(server);
    await manager.signIn(await identityOf(personas.manager.id));
    expect((await manager.get('/api/handbook/suggest?q=appro')).body.suggestions[0]).toEqual({
      text: 'Approving vacation',
      kind: 'article',
      slug: 'api-manager-guide',
    });
  });

  it('gives an article in the reader\u2019s language, or says which language it falls back to', async () => {
    const spanish = await employee.get('/api/handbook/articles/api-annual-leave?lang=es');
    expect(spanish.body).toEqual(
      jasmine.objectContaining({ title: 'Vacaciones', language: 'es', requestedLanguage: 'es', availableLanguages: ['en', 'es'], version: '1.0' }),
    );
    expect(spanish.body.headings).toEqual([{ id: 'dias', text: 'Días', level: 2 }]);
    const portuguese = await employee.get('/api/handbook/articles/api-only-portuguese?lang=en');
    expect(portuguese.body).toEqual(jasmine.objectContaining({ language: 'pt', requestedLanguage: 'en' }));
  });

  it('shows the handbook home with category counts and recent updates for this reader', async () => {
    const home = await employee.get('/api/handbook/home');
    expect(home.body.categories).toEqual([{ name: 'Time off', count: 2, children: [{ name: 'Vacation', count: 2 }] }]);
    expect(home.body.recentlyUpdated.map((summary: { slug: string }) => summary.slug)).toEqual(
      jasmine.arrayWithExactContents(['api-annual-leave', 'api-only-portuguese']),
    );
  });

  it('finds a newly published article on a second instance sharing the database within seconds', async () => {
    const secondInstance = new HandbookIndex(new InProcessHandbookSearch(), silentLogger);
    await secondInstance.start(200);
    try {
      const query = { query: 'sabbatical', audiences: ['everyone'] as const, limit: 5 };
      expect(secondInstance.search.search(query).total).toBe(0);
      await importHandbook([article('api-sabbatical', 'en', 'Sabbaticals', 'Take a sabbatical after five years.')], null);
      const published = Date.now();
      await eventually(() => secondInstance.search.search(query).total === 1, 5_000, 50);
      expect(Date.now() - published).toBeLessThan(5_000);
    } finally {
      secondInstance.stop();
      await Promise.all([HandbookArticleModel.deleteOne({ _id: 'api-sabbatical' }), HandbookContentModel.deleteOne({ _id: 'api-sabbatical:en' })]);
    }
  });

  it('imports files through the API for HR admins only, reporting errors by file and field', async () => {
    const files = [article('api-imported', 'en', 'Imported article', 'From the old wiki.'), { name: 'broken.md', content: '---\ntitle: x\n---\ntext' }];
    expect((await employee.sendWithXsrf('post', '/api/handbook/import', { files })).status).toBe(403);
    const admin = new SamlBrowser(server);
    await admin.signIn(await identityOf(personas.hrAdmin.id, ['portico-hr-admins']));
    const report = await admin.sendWithXsrf('post', '/api/handbook/import', { files });
    expect(report.status).toBe(200);
    expect(report.body.created).toEqual(['api-imported.en.md']);
    expect(report.body.errors.map((error: { file: string; field: string }) => `${error.file}:${error.field}`)).toEqual([
      'broken.md:category',
      'broken.md:language',
    ]);
    const again = await admin.sendWithXsrf('post', '/api/handbook/import', { files: files.slice(0, 1) });
    expect(again.body.unchanged).toEqual(['api-imported.en.md']);
    await Promise.all([HandbookArticleModel.deleteOne({ _id: 'api-imported' }), HandbookContentModel.deleteOne({ _id: 'api-imported:en' })]);
  });

  it('lists a category by title without words, for this reader only, and counts neither that nor "show more" as a search', async () => {
    await testDatabase.handbook!.searchLog.flush();
    const before = await SearchEventModel.countDocuments({});
    const browse = await employee.get(`/api/handbook/search?category=${encodeURIComponent('Time off')}`);
    expect(browse.status).toBe(200);
    expect(browse.body.hits.map((hit: { slug: string }) => hit.slug))
      .withContext('no draft, no managers\u2019 article')
      .toEqual(['api-annual-leave', 'api-only-portuguese']);

    const first = await employee.get('/api/handbook/search?q=vacation');
    const more = await employee.get(`/api/handbook/search?q=vacation&limit=20&searchId=${first.body.searchId}`);
    expect(more.body.searchId).toBe(first.body.searchId);
    await testDatabase.handbook!.searchLog.flush();
    expect(await SearchEventModel.countDocuments({})).toBe(before + 1);
  });

  it('refuses a search with neither words nor a category, and without a session', async () => {
    expect((await employee.get('/api/handbook/search?q=')).status).toBe(400);
    expect((await employee.get('/api/handbook/search?type=policy')).status).toBe(400);
    expect((await new SamlBrowser(server).get('/api/handbook/search?q=vacation')).status).toBe(401);
  });
});
