import type { CannedResponseInput } from '@portico/shared/tickets/canned.schemas';
import { createArticles, deleteArticles } from '../../handbook/testing';
import { SamlBrowser, identityOf } from '../../../test/saml-browser';
import { startTestServer, type TestServer } from '../../../test/test-app';
import { seedDemoPeople } from '../../../test/demo-company';
import { CannedResponseModel } from './canned-responses.model';
import { demoCannedResponses, seedDemoCannedResponses } from './seed/demo-canned-responses';
import { AuditEventModel } from '../../audit';
import { personas } from '../../directory';

const SPEC = 'canned-spec';
const [published, draft, archived] = [`${SPEC}-payslips`, `${SPEC}-draft`, `${SPEC}-archived`];

const reply = (overrides: Partial<CannedResponseInput> = {}): CannedResponseInput => ({
  title: 'Spec: your payslip',
  body: 'Each line of your payslip is explained in the article below.',
  language: 'en',
  articleSlug: published,
  ...overrides,
});

interface Listed {
  id: string;
  title: string;
  language: string;
  articleSlug: string | null;
  articleTitle: string | null;
}

describe('help desk canned responses API', () => {
  let server: TestServer;
  let employee: SamlBrowser;
  let agent: SamlBrowser;
  let admin: SamlBrowser;

  const create = (body: object) => admin.sendWithXsrf('post', '/api/tickets/canned-responses', body);
  const list = async (browser = agent) => (await browser.get('/api/tickets/agent/canned-responses')).body.responses as Listed[];
  const paths = (body: { errors: { path: string }[] }) => body.errors.map((error) => error.path).sort();

  beforeAll(async () => {
    await seedDemoPeople();
    await createArticles([
      { slug: published, title: 'Spec payslips' },
      { slug: published, language: 'es', title: 'Nóminas de prueba' },
      { slug: draft, title: 'Spec draft', status: 'draft' },
      { slug: archived, title: 'Spec archived', status: 'archived' },
    ]);
    server = await startTestServer();
    employee = new SamlBrowser(server);
    await employee.signIn();
    agent = new SamlBrowser(server);
    await agent.signIn(await identityOf(personas.hrAgent.id, ['portico-hr-agents']));
    admin = new SamlBrowser(server);
    await admin.signIn(await identityOf(personas.hrAdmin.id, ['portico-hr-admins']));
  });

  afterAll(async () => {
    await CannedResponseModel.deleteMany({ title: { $regex: '^Spec' } });
    await deleteArticles([published, draft, archived]);
    await server.close();
  });

  it('seeds the demo replies once, when there are none, in English and Spanish with handbook links', async () => {
    const saved = await CannedResponseModel.find({}).lean();
    await CannedResponseModel.deleteMany({});
    try {
      expect(await seedDemoCannedResponses()).toBe(demoCannedResponses.length);
      expect(await seedDemoCannedResponses()).toBe(0);
      const languages = new Set(demoCannedResponses.map((response) => response.language));
      expect([...languages].sort()).toEqual(['en', 'es']);
      expect(demoCannedResponses.filter((response) => response.articleSlug).length).toBeGreaterThanOrEqual(5);
      expect((await list()).length).toBe(demoCannedResponses.length);
    } finally {
      await CannedResponseModel.deleteMany({});
      if (saved.length) await CannedResponseModel.insertMany(saved);
    }
  });

  it('lets agents read them and only HR admins change them', async () => {
    expect((await employee.get('/api/tickets/agent/canned-responses')).status).toBe(403);
    expect((await agent.get('/api/tickets/agent/canned-responses')).status).toBe(200);
    const created = await create(reply({ title: 'Spec: access' }));
    expect(created.status).toBe(201);
    for (const browser of [employee, agent]) {
      expect((await browser.sendWithXsrf('post', '/api/tickets/canned-responses', reply())).status).toBe(403);
      expect((await browser.sendWithXsrf('put', `/api/tickets/canned-responses/${created.body.id}`, reply())).status).toBe(403);
      expect((await browser.sendWithXsrf('delete', `/api/tickets/canned-responses/${created.body.id}`)).status).toBe(403);
    }
  });

  it('adds a reply linking a published article: agents see the article\u2019s title in the reply\u2019s language; audited', async () => {
    const english = await create(reply());
    expect(english.status).toBe(201);
    expect(english.body).toEqual(
      jasmine.objectContaining({ title: 'Spec: your payslip', language: 'en', articleSlug: published, articleTitle: 'Spec payslips' }),
    );
    const spanish = await create(reply({ title: 'Spec: tu nómina', body: 'Cada línea se explica abajo.', language: 'es' }));
    expect(spanish.body.articleTitle).toBe('Nóminas de prueba');
    // A draft may be linked (it may be published later), but agents get no title to show until then.
    const linkedToDraft = await create(reply({ title: 'Spec: draft link', articleSlug: draft }));
    expect(linkedToDraft.status).toBe(201);
    expect(linkedToDraft.body.articleTitle).toBeNull();
    const plain = await create(reply({ title: 'Spec: plain', articleSlug: null }));
    expect(plain.body).toEqual(jasmine.objectContaining({ articleSlug: null, articleTitle: null }));

    const listed = await list();
    const titles = listed.map((response) => response.title);
    expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b)));
    expect(listed.find((response) => response.id === spanish.body.id)).toEqual(jasmine.objectContaining({ articleTitle: 'Nóminas de prueba' }));
    expect(
      await AuditEventModel.countDocuments({
        type: 'tickets.canned_response_created',
        'details.cannedResponseId': english.body.id,
        employeeId: personas.hrAdmin.id,
      }),
    ).toBe(1);
  });

  it('refuses a reply that breaks a rule, naming each field; an unknown or archived article is named too', async () => {
    const invalid = await create({ title: ' ', body: '', language: 'fr', articleSlug: null, extra: 1 });
    expect(invalid.status).toBe(400);
    expect(paths(invalid.body)).toEqual(['body', 'body.body', 'body.language', 'body.title']);
    const unknown = await create(reply({ articleSlug: `${SPEC}-nowhere` }));
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors).toEqual([
      { path: 'body.articleSlug', code: 'unknown_article', params: { value: `${SPEC}-nowhere` }, message: `there is no handbook article "${SPEC}-nowhere"` },
    ]);
    const gone = await create(reply({ articleSlug: archived }));
    expect(gone.body.errors).toEqual([
      { path: 'body.articleSlug', code: 'archived_article', params: { value: archived }, message: `the handbook article "${archived}" is archived` },
    ]);
    expect((await list()).some((response) => response.articleSlug === `${SPEC}-nowhere` || response.articleSlug === archived)).toBeFalse();
  });

  it('changes and removes a reply, each audited with what changed; unknown ids are 404, malformed ones 400', async () => {
    const { body: created } = await create(reply({ title: 'Spec: to change' }));
    const changed = await admin.sendWithXsrf('put', `/api/tickets/canned-responses/${created.id}`, reply({ title: 'Spec: changed', articleSlug: null }));
    expect(changed.status).toBe(200);
    expect(changed.body).toEqual(jasmine.objectContaining({ id: created.id, title: 'Spec: changed', articleSlug: null, articleTitle: null }));
    const updates = await AuditEventModel.find({ type: 'tickets.canned_response_updated', 'details.cannedResponseId': created.id }).lean();
    expect(updates.map((event) => event.details)).toEqual([{ cannedResponseId: created.id, changed: ['title', 'articleSlug'] }]);
    // The same again changes nothing and records nothing.
    await admin.sendWithXsrf('put', `/api/tickets/canned-responses/${created.id}`, reply({ title: 'Spec: changed', articleSlug: null }));
    expect(await AuditEventModel.countDocuments({ type: 'tickets.canned_response_updated', 'details.cannedResponseId': created.id })).toBe(1);

    expect((await admin.sendWithXsrf('delete', `/api/tickets/canned-responses/${created.id}`)).status).toBe(204);
    expect(await AuditEventModel.countDocuments({ type: 'tickets.canned_response_deleted', 'details.cannedResponseId': created.id })).toBe(1);
    expect((await list()).some((response) => response.id === created.id)).toBeFalse();
    expect((await admin.sendWithXsrf('delete', `/api/tickets/canned-responses/${created.id}`)).status).toBe(404);
    expect((await admin.sendWithXsrf('put', `/api/tickets/canned-responses/${created.id}`, reply())).status).toBe(404);
    const malformed = await admin.sendWithXsrf('put', '/api/tickets/canned-responses/not-an-id', reply());
    expect(malformed.status).toBe(400);
    expect(paths(malformed.body)).toEqual(['params.id']);
  });
});
