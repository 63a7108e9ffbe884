import request from 'supertest';

import type { NewRequestType, RequestTypeInput, TeamInput } from '@portico/shared/tickets/catalogue.schemas';
import { createArticles, deleteArticles } from '../../handbook/testing';
import { SamlBrowser, identityOf } from '../../../test/saml-browser';
import { startTestServer, type TestServer } from '../../../test/test-app';
import { seedDemoPeople } from '../../../test/demo-company';
import { RequestTypeModel, TeamModel } from './catalogue.models';
import { seedDemoCatalogue } from './seed/seed-demo-catalogue';
import { AuditEventModel } from '../../audit';
import { EmployeeModel, personas } from '../../directory';

const SPEC = 'catalogue-spec';
const articles = [`${SPEC}-payslips`, `${SPEC}-draft`, `${SPEC}-archived`, `${SPEC}-hr-only`];

const team: TeamInput = { name: { en: 'Spec desk', es: 'Mesa de prueba' }, leadId: personas.hrAdmin.id, memberIds: [personas.hrAgent.id] };

const specType = (overrides: Partial<RequestTypeInput> = {}): RequestTypeInput => ({
  category: 'pay',
  name: { en: 'Spec question', es: 'Consulta de prueba' },
  description: { en: 'Ask the spec desk.', es: 'Pregunta a la mesa de prueba.' },
  fields: [
    {
      id: 'topic',
      kind: 'choice',
      label: { en: 'Topic', es: 'Tema' },
      required: true,
      options: [
        { value: 'tax', label: { en: 'Tax', es: 'Impuestos' } },
        { value: 'bonus', label: { en: 'Bonus', es: 'Bonus' } },
      ],
    },
    {
      id: 'details',
      kind: 'longText',
      label: { en: 'Details', es: 'Detalles' },
      hint: { en: 'Say more.', es: 'Cuéntanos más.' },
      required: true,
      maxLength: 500,
    },
  ],
  defaultPriority: 'normal',
  teamId: `${SPEC}-desk`,
  sla: { firstResponseMinutes: 240, resolutionMinutes: 960 },
  confidential: false,
  articleSlugs: [`${SPEC}-payslips`, `${SPEC}-draft`, `${SPEC}-hr-only`],
  active: true,
  order: 5,
  ...overrides,
});

interface ReaderType {
  id: string;
  name: string;
  fields: { id: string; label: string; hint: string | null; options?: { value: string; label: string }[] }[];
  team: { name: string };
  articles: { slug: string; title: string }[];
  confidential: boolean;
}
interface ReaderCategory {
  id: string;
  name: string;
  types: ReaderType[];
}
const typeIn = (body: { categories: ReaderCategory[] }, id: string) => body.categories.flatMap((category) => category.types).find((type) => type.id === id);

describe('help desk catalogue API', () => {
  let server: TestServer;
  let employee: SamlBrowser;
  let spanishReader: SamlBrowser;
  let agent: SamlBrowser;
  let admin: SamlBrowser;

  const create = (body: NewRequestType) => admin.sendWithXsrf('post', '/api/tickets/catalogue/manage/types', body);
  const update = (id: string, body: RequestTypeInput) => admin.sendWithXsrf('put', `/api/tickets/catalogue/manage/types/${id}`, body);
  const saveTeam = (id: string, body: TeamInput) => admin.sendWithXsrf('put', `/api/tickets/catalogue/manage/teams/${id}`, body);
  const paths = (response: request.Response) => (response.body.errors as { path: string }[]).map((error) => error.path).sort();

  beforeAll(async () => {
    await seedDemoPeople();
    await seedDemoCatalogue();
    await createArticles([
      { slug: articles[0]!, title: 'Spec payslips' },
      { slug: articles[0]!, language: 'es', title: 'Nóminas de prueba' },
      { slug: articles[1]!, title: 'Spec draft', status: 'draft' },
      { slug: articles[2]!, title: 'Spec archived', status: 'archived' },
      { slug: articles[3]!, title: 'Spec HR only', audience: 'hr' },
    ]);
    server = await startTestServer();
    employee = new SamlBrowser(server);
    await employee.signIn();
    const spanish = await EmployeeModel.findOne({ preferredLanguage: 'es', interfaceLanguage: null, status: 'active' }).lean();
    spanishReader = new SamlBrowser(server);
    await spanishReader.signIn(await identityOf(spanish!._id));
    agent = new SamlBrowser(server);
    await agent.signIn(await identityOf(personas.hrAgent.id, ['portico-hr-agents']));
    admin = new SamlBrowser(server);
    await admin.signIn(await identityOf(personas.hrAdmin.id, ['portico-hr-admins']));
    expect((await saveTeam(`${SPEC}-desk`, team)).status).toBe(200);
    expect((await create({ id: `${SPEC}-question`, ...specType() })).status).toBe(201);
  });

  afterAll(async () => {
    await RequestTypeModel.deleteMany({ _id: { $regex: `^${SPEC}-` } });
    await TeamModel.deleteMany({ _id: { $regex: `^${SPEC}-` } });
    await deleteArticles(articles);
    await server.close();
  });

  it('lists active request types by category in English, with their fields, team and the linked articles the reader may open', async () => {
    const response = await employee.get('/api/tickets/catalogue');
    expect(response.status).toBe(200);
    expect(response.body.language).toBe('en');
    const categories = (response.body.categories as ReaderCategory[]).map((category) => category.id);
    expect(categories).toEqual(['pay', 'time-off', 'benefits', 'documents', 'working-arrangements', 'conduct', 'other']);
    expect(response.body.categories[0].name).toBe('Pay');

    const payroll = typeIn(response.body, 'payroll-question')!;
    expect(payroll.name).toBe('Payroll question');
    expect(payroll.team.name).toBe('Payroll');
    expect(payroll.fields.map((field) => field.id)).toEqual(['payPeriod', 'topic', 'details', 'payslip']);
    expect(payroll.fields[1]!.options!.map((option) => option.value)).toEqual(['missing-pay', 'deductions', 'tax', 'bonus', 'other']);
    expect(payroll.fields[1]!.options![0]!.label).toBe('Missing or late pay');
    // Confidential types are offered to everyone: anyone may report misconduct.
    expect(typeIn(response.body, 'report-harassment-or-misconduct')).toEqual(jasmine.objectContaining({ confidential: true }));

    const spec = typeIn(response.body, `${SPEC}-question`)!;
    expect(spec).toEqual(jasmine.objectContaining({ name: 'Spec question', team: { id: `${SPEC}-desk`, name: 'Spec desk' } }));
    expect(spec.fields[1]).toEqual({ id: 'details', kind: 'longText', label: 'Details', hint: 'Say more.', required: true, maxLength: 500 } as never);
    // The draft is not shown, nor HR's own article to an employee.
    expect(spec.articles).toEqual([{ slug: `${SPEC}-payslips`, title: 'Spec payslips' }]);
    const forHr = typeIn((await agent.get('/api/tickets/catalogue')).body, `${SPEC}-question`)!;
    expect(forHr.articles.map((article) => article.slug)).toEqual([`${SPEC}-payslips`, `${SPEC}-hr-only`]);
  });

  it('speaks Spanish to a Spanish reader: categories, types, fields, options, team and article titles', async () => {
    const response = await spanishReader.get('/api/tickets/catalogue');
    expect(response.body.language).toBe('es');
    expect(response.body.categories[0].name).toBe('Nómina y salario');
    const payroll = typeIn(response.body, 'payroll-question')!;
    expect(payroll.name).toBe('Consulta sobre la nómina');
    expect(payroll.team.name).toBe('Nóminas');
    expect(payroll.fields[1]!.label).toBe('Tema');
    expect(payroll.fields[1]!.options![2]!.label).toBe('Impuestos');
    const spec = typeIn(response.body, `${SPEC}-question`)!;
    expect(spec.fields[1]!.hint).toBe('Cuéntanos más.');
    expect(spec.articles).toEqual([{ slug: `${SPEC}-payslips`, title: 'Nóminas de prueba' }]);
  });

  it('is for signed-in people only, and configuring it is for HR admins only', async () => {
    expect((await request(server.url).get('/api/tickets/catalogue')).status).toBe(401);
    for (const browser of [employee, agent]) {
      expect((await browser.get('/api/tickets/catalogue/manage')).status).toBe(403);
      expect((await browser.sendWithXsrf('post', '/api/tickets/catalogue/manage/types', { id: `${SPEC}-nope`, ...specType() })).status).toBe(403);
      expect((await browser.sendWithXsrf('put', `/api/tickets/catalogue/manage/types/${SPEC}-question`, specType({ confidential: true }))).status).toBe(403);
      expect((await browser.sendWithXsrf('put', `/api/tickets/catalogue/manage/teams/${SPEC}-desk`, team)).status).toBe(403);
    }
    expect((await RequestTypeModel.findById(`${SPEC}-question`).lean())!.confidential).toBeFalse();
    expect((await employee.me()).body.actions).not.toContain('tickets.configure');
    expect((await admin.me()).body.actions).toContain('tickets.configure');
  });

  it('lets an HR admin change a type: readers see it at once, an audit event names what changed, an unchanged save records nothing', async () => {
    const id = `${SPEC}-edited`;
    expect((await create({ id, ...specType() })).status).toBe(201);
    const changed = specType({ name: { en: 'Spec bonus question', es: 'Consulta de bonus' }, sla: { firstResponseMinutes: 120, resolutionMinutes: 960 } });
    const response = await update(id, changed);
    expect(response.status).withContext(JSON.stringify(response.body)).toBe(200);
    expect(response.body).toEqual(jasmine.objectContaining({ id, name: changed.name, sla: changed.sla, updatedBy: personas.hrAdmin.id }));
    expect(typeIn((await employee.get('/api/tickets/catalogue')).body, id)!.name).toBe('Spec bonus question');

    const events = await AuditEventModel.find({ type: 'tickets.request_type_updated', employeeId: personas.hrAdmin.id }).lean();
    const mine = events.filter((event) => (event.details as { typeId?: string } | null)?.typeId === id);
    expect(mine.length).toBe(1);
    expect(mine[0]!.details).toEqual({ typeId: id, changed: ['name', 'sla'] });
    expect(mine[0]!.outcome).toBe('success');
    expect(await AuditEventModel.countDocuments({ type: 'tickets.request_type_created', 'details.typeId': id })).toBe(1);

    expect((await update(id, changed)).status).toBe(200);
    expect(await AuditEventModel.countDocuments({ type: 'tickets.request_type_updated', 'details.typeId': id })).toBe(1);
  });

  it('hides an inactive type from readers but keeps it for HR', async () => {
    const id = `${SPEC}-retired`;
    expect((await create({ id, ...specType({ active: false }) })).status).toBe(201);
    expect(typeIn((await employee.get('/api/tickets/catalogue')).body, id)).toBeUndefined();
    const managed = await admin.get('/api/tickets/catalogue/manage');
    expect(managed.status).toBe(200);
    expect(managed.body.types.find((type: { id: string }) => type.id === id)).toEqual(jasmine.objectContaining({ active: false }));
  });

  it('refuses a taken id (409) and an unknown one (404)', async () => {
    const taken = await create({ id: `${SPEC}-question`, ...specType() });
    expect(taken.status).toBe(409);
    expect(taken.body.code).toBe('request_type_exists');
    expect((await update(`${SPEC}-missing`, specType())).status).toBe(404);
  });

  it('names each field of a bad definition: a choice without options, misplaced limits, repeated ids, SLA out of order, unknown keys', async () => {
    const response = await create({
      id: `${SPEC}-bad`,
      ...specType({
        fields: [
          { id: 'topic', kind: 'choice', label: { en: 'Topic', es: 'Tema' }, required: true },
          { id: 'when', kind: 'date', label: { en: 'When', es: 'Cuándo' }, required: false, maxLength: 10 },
          { id: 'topic', kind: 'text', label: { en: 'Again', es: 'Otra vez' }, required: false, options: [] },
          { id: 'Bad id', kind: 'text', label: { en: '', es: 'Vacío' }, required: false },
        ],
        sla: { firstResponseMinutes: 600, resolutionMinutes: 60 },
      }),
      updatedBy: 'E99999',
    } as NewRequestType);
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('validation_failed');
    expect(paths(response)).toEqual(
      [
        'body',
        'body.fields.0.options',
        'body.fields.1.maxLength',
        'body.fields.2.id',
        'body.fields.2.options',
        'body.fields.3.id',
        'body.fields.3.label.en',
        'body.sla.resolutionMinutes',
      ].sort(),
    );
    expect(response.body.errors.find((error: { path: string }) => error.path === 'body.fields.0.options').message).toBe(
      'a choice field needs at least two options',
    );
    expect(await RequestTypeModel.exists({ _id: `${SPEC}-bad` })).toBeNull();
  });

  it('refuses a team that does not exist and linked articles that do not exist or are archived, naming them', async () => {
    const response = await update(
      `${SPEC}-question`,
      specType({ teamId: 'no-such-team', articleSlugs: [`${SPEC}-payslips`, 'no-such-article', `${SPEC}-archived`] }),
    );
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([
      { path: 'body.teamId', code: 'unknown_team', params: { value: 'no-such-team' }, message: 'there is no team "no-such-team"' },
      { path: 'body.articleSlugs.1', code: 'unknown_article', params: { value: 'no-such-article' }, message: 'there is no handbook article "no-such-article"' },
      {
        path: 'body.articleSlugs.2',
        code: 'archived_article',
        params: { value: `${SPEC}-archived` },
        message: `the handbook article "${SPEC}-archived" is archived`,
      },
    ]);
    expect((await RequestTypeModel.findById(`${SPEC}-question`).lean())!.teamId).toBe(`${SPEC}-desk`);
  });

  it('creates and changes teams with people from the directory, audited; unknown people are refused by field', async () => {
    const id = `${SPEC}-second-desk`;
    const created = await saveTeam(id, team);
    expect(created.status).toBe(200);
    expect(created.body).toEqual(
      jasmine.objectContaining({
        id,
        lead: { id: personas.hrAdmin.id, displayName: 'Olivia Brooks' },
        members: [{ id: personas.hrAgent.id, displayName: 'Priya Nair' }],
      }),
    );
    const changed = await saveTeam(id, { ...team, leadId: personas.hrAgent.id });
    expect(changed.body.lead.id).toBe(personas.hrAgent.id);
    expect(await AuditEventModel.countDocuments({ type: 'tickets.team_created', 'details.teamId': id })).toBe(1);
    const updates = await AuditEventModel.find({ type: 'tickets.team_updated', 'details.teamId': id }).lean();
    expect(updates.map((event) => event.details)).toEqual([{ teamId: id, changed: ['leadId'] }]);

    const refused = await saveTeam(id, { ...team, leadId: 'E99999', memberIds: [personas.hrAgent.id, 'E99998'] });
    expect(refused.status).toBe(400);
    expect(paths(refused)).toEqual(['body.leadId', 'body.memberIds.1']);

    const managed = await admin.get('/api/tickets/catalogue/manage');
    expect(managed.body.teams.map((entry: { id: string }) => entry.id)).toEqual(
      jasmine.arrayContaining(['payroll', 'benefits', 'people-ops', 'employee-relations', id]),
    );
  });

  it('documents its routes in the OpenAPI document, with the action they need', async () => {
    const document = (await employee.get('/api/openapi.json')).body;
    expect(document.paths['/api/tickets/catalogue'].get['x-portico-access']).toBe('signedIn');
    expect(document.paths['/api/tickets/catalogue/manage/types/{id}'].put['x-portico-access']).toBe('tickets.configure');
    expect(document.paths['/api/tickets/catalogue/manage/teams/{id}'].put).toBeDefined();
  });
});
