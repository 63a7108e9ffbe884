import { SamlBrowser, identityOf } from '../../../test/saml-browser';
import { startTestServer, type TestServer } from '../../../test/test-app';
import { testDatabase } from '../../../test/test-database';
import { seedDemoPeople } from '../../../test/demo-company';
import { saveArticleVariant } from '../content/save-article';
import { SearchEventModel } from '../search/search-events.model';
import { FeedbackModel } from './feedback.model';
import { deleteArticles } from '../testing';
import { HandbookArticleModel } from '../handbook.models';
import { personas } from '../../directory';

const slugs = ['spec-report-helpful', 'spec-report-unhelpful'];

describe('handbook feedback and gaps reports', () => {
  let server: TestServer;
  let employee: SamlBrowser;
  let colleague: SamlBrowser;
  let admin: SamlBrowser;

  beforeAll(async () => {
    await seedDemoPeople();
    // The reports count everything stored, and the searches must find only this suite's
    // articles: start from nothing (searches other suites made may still be buffered).
    await testDatabase.handbook!.searchLog.flush();
    await deleteArticles((await HandbookArticleModel.find({}, { _id: 1 }).lean()).map((article) => article._id));
    await Promise.all([FeedbackModel.deleteMany({}), SearchEventModel.deleteMany({})]);
    for (const [index, slug] of slugs.entries()) {
      await saveArticleVariant({
        slug,
        kind: 'article',
        category: 'Help / Using Portico',
        audience: 'everyone',
        status: 'published',
        language: 'en',
        title: index ? 'Capybara lounge booking' : 'Capybara lounge rules',
        summary: '',
        tags: [],
        markdown: 'Book the capybara lounge a day ahead.',
        change: 'minor',
        authorId: null,
      });
    }
    await testDatabase.handbook!.refresh();
    server = await startTestServer();
    employee = new SamlBrowser(server);
    await employee.signIn();
    colleague = new SamlBrowser(server);
    await colleague.signIn(await identityOf(personas.manager.id));
    admin = new SamlBrowser(server);
    await admin.signIn(await identityOf(personas.hrAdmin.id, ['portico-hr-admins']));
  });

  afterAll(async () => {
    await deleteArticles(slugs);
    await Promise.all([FeedbackModel.deleteMany({}), SearchEventModel.deleteMany({})]);
    await testDatabase.handbook!.refresh(true);
    await server.close();
  });

  it('counts feedback per article, least helpful first, with the comments and no reader id', async () => {
    const feedback = (slug: string, body: object) => employee.sendWithXsrf('post', `/api/handbook/articles/${slug}/feedback`, body);
    expect((await feedback('spec-report-unhelpful', { helpful: false, comment: 'Which floor is the lounge on?', language: 'en' })).status).toBe(204);
    await feedback('spec-report-unhelpful', { helpful: false, comment: 'No booking link.', language: 'en' });
    await feedback('spec-report-unhelpful', { helpful: false, language: 'en' });
    await feedback('spec-report-unhelpful', { helpful: true, language: 'en' });
    await feedback('spec-report-helpful', { helpful: true, comment: 'Clear, thanks.', language: 'en' });
    await feedback('spec-report-helpful', { helpful: false, language: 'en' });
    expect((await feedback('no-such-article', { helpful: true, language: 'en' })).status).toBe(404);

    expect((await employee.get('/api/handbook/reports/feedback')).status).toBe(403);
    const report = await admin.get('/api/handbook/reports/feedback');
    expect(report.status).toBe(200);
    expect(report.body.articles.map((article: { slug: string }) => article.slug)).toEqual(['spec-report-unhelpful', 'spec-report-helpful']);
    const [unhelpful, helpful] = report.body.articles;
    expect(unhelpful).toEqual(jasmine.objectContaining({ title: 'Capybara lounge booking', helpful: 1, notHelpful: 3 }));
    expect(unhelpful.comments.map((comment: { comment: string }) => comment.comment)).toEqual(
      jasmine.arrayWithExactContents(['Which floor is the lounge on?', 'No booking link.']),
    );
    expect(helpful).toEqual(
      jasmine.objectContaining({ helpful: 1, notHelpful: 1, comments: [jasmine.objectContaining({ helpful: true, comment: 'Clear, thanks.' })] }),
    );
    expect(Object.keys((await FeedbackModel.findOne({ slug: 'spec-report-unhelpful' }).lean())!)).not.toContain('employeeId');
  });

  const searchAs = async (browser: SamlBrowser, query: string) => (await browser.get(`/api/handbook/search?q=${encodeURIComponent(query)}`)).body;
  const gaps = async () => {
    await testDatabase.handbook!.searchLog.flush();
    return (await admin.get('/api/handbook/reports/gaps')).body;
  };

  it('lists what was searched, what found nothing and what found results nobody opened, each query once per person and day', async () => {
    await SearchEventModel.deleteMany({});
    expect((await searchAs(employee, 'Zebra crossing permit')).total).toBe(0);
    await searchAs(employee, 'zebra crossing permit');
    await searchAs(colleague, 'zebra crossing permit');
    const opened = await searchAs(employee, 'capybara rules');
    expect(opened.total).toBeGreaterThan(0);
    expect((await employee.sendWithXsrf('post', `/api/handbook/search/${opened.searchId}/opened`, { slug: 'spec-report-helpful' })).status).toBe(204);
    expect((await searchAs(employee, 'capybara booking')).total).toBeGreaterThan(0);
    await searchAs(employee, 'capybara booking');

    expect((await employee.get('/api/handbook/reports/gaps')).status).toBe(403);
    const report = await gaps();
    expect(report.searches).toBe(6);
    expect(report.topQueries).toEqual([
      { query: 'zebra crossing permit', count: 2 },
      { query: 'capybara booking', count: 1 },
      { query: 'capybara rules', count: 1 },
    ]);
    expect(report.noResults).toEqual([{ query: 'zebra crossing permit', count: 2 }]);
    expect(report.nothingOpened).toEqual([{ query: 'capybara booking', count: 1 }]);
    const stored = await SearchEventModel.find({ query: 'zebra crossing permit' }).lean();
    expect(new Set(stored.map((event) => event.searcher)).size)
      .withContext('one pseudonym per person')
      .toBe(2);
    expect(JSON.stringify(stored)).not.toContain(personas.employee.id);
  });

  it('does not let one person flood it: sixty searches of one query count once', async () => {
    await SearchEventModel.deleteMany({});
    for (const person of [employee, colleague]) await searchAs(person, 'quokka parking');
    for (let index = 0; index < 60; index++) await searchAs(employee, 'wallaby parking');
    const report = await gaps();
    expect(report.searches).toBe(62);
    expect(report.topQueries).toEqual([
      { query: 'quokka parking', count: 2 },
      { query: 'wallaby parking', count: 1 },
    ]);
    expect(report.noResults).toEqual(report.topQueries);
  });
});
