import type { CreateTicket, TriageRules } from '@portico/shared/tickets/tickets.schemas';
import {
  clearTickets,
  dismissCast,
  file,
  freshHelpDesk,
  resetRateLimit,
  signInCast,
  startHelpDeskServer,
  type Cast,
  type HelpDeskServer,
} from '../help-desk.testing';
import { defaultTriageRules } from './default-rules';
import { TriageRulesModel } from './triage-rules';
import { AuditEventModel } from '../../audit';
import { personas } from '../../directory';

const payrollQuestion = {
  requestTypeId: 'payroll-question',
  question: 'I have not been paid this month and my landlord is threatening me',
  answers: { payPeriod: '2026-02-01', topic: 'missing-pay', details: '  Nothing arrived on the 28th.  ' },
};

/** The defaults with one more word rule at the top: "visa" raises severity and routes to People Operations. */
const withVisaRule = (): TriageRules => ({
  ...defaultTriageRules,
  keywordRules: [
    { pattern: 'visa|permiso de trabajo', dimension: 'severity', level: 'high', reason: 'immigration', teamId: 'people-ops' },
    ...defaultTriageRules.keywordRules,
  ],
});

describe('help desk triage rules API', () => {
  let server: HelpDeskServer;
  let cast: Cast;

  const put = (body: object) => cast.admin.sendWithXsrf('put', '/api/tickets/triage-rules', body);
  const preview = (body: object) => cast.admin.sendWithXsrf('post', '/api/tickets/triage-rules/preview', body);
  const paths = (body: { errors: { path: string }[] }) => body.errors.map((error) => error.path).sort();

  beforeAll(async () => {
    await freshHelpDesk();
    server = await startHelpDeskServer();
    cast = await signInCast(server);
  });

  beforeEach(async () => {
    // Each spec starts from the defaults, as a new installation does.
    await TriageRulesModel.deleteMany({});
    await clearTickets();
    await resetRateLimit();
  });

  afterAll(async () => {
    await TriageRulesModel.deleteMany({});
    await clearTickets();
    await dismissCast(cast);
    await server.close();
  });

  it('is only for HR admins (tickets.configure)', async () => {
    for (const browser of [cast.employee, cast.manager, cast.agent]) {
      expect((await browser.get('/api/tickets/triage-rules')).status).toBe(403);
      expect((await browser.sendWithXsrf('put', '/api/tickets/triage-rules', defaultTriageRules)).status).toBe(403);
      expect((await browser.sendWithXsrf('post', '/api/tickets/triage-rules/preview', payrollQuestion)).status).toBe(403);
    }
  });

  it('shows the rules in force: the defaults, which fit the demo catalogue and nobody has changed', async () => {
    const response = await cast.admin.get('/api/tickets/triage-rules');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ rules: defaultTriageRules, updatedAt: null, updatedBy: null } as never);
    // Saving them unchanged passes every check and records nothing.
    const events = await AuditEventModel.countDocuments({ type: 'tickets.triage_rules_updated' });
    expect((await put(defaultTriageRules)).status).toBe(200);
    expect(await AuditEventModel.countDocuments({ type: 'tickets.triage_rules_updated' })).toBe(events);
  });

  it('refuses rules that break the schema, naming the path of each bad rule', async () => {
    const rules = structuredClone(defaultTriageRules) as unknown as {
      typeDefaults: Record<string, unknown>[];
      keywordRules: Record<string, unknown>[];
      answerRules: Record<string, unknown>[];
    };
    rules.typeDefaults[1]!['complexity'] = 'huge';
    rules.keywordRules[2]!['pattern'] = 'harass(';
    rules.keywordRules[3]!['reason'] = 'Missing pay!';
    rules.answerRules[0]!['extra'] = true;
    const response = await put(rules);
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('validation_failed');
    expect(paths(response.body)).toEqual(['body.answerRules.0', 'body.keywordRules.2.pattern', 'body.keywordRules.3.reason', 'body.typeDefaults.1.complexity']);
    expect(response.body.errors).toContain({ path: 'body.keywordRules.2.pattern', code: 'pattern', message: 'must be a valid regular expression' });
    expect((await cast.admin.get('/api/tickets/triage-rules')).body.rules).toEqual(defaultTriageRules as never);
  });

  it('refuses rules about request types, fields, choices and teams the catalogue does not have', async () => {
    const rules = structuredClone(defaultTriageRules);
    rules.typeDefaults.push({ ...rules.typeDefaults[0]! });
    rules.typeDefaults[2] = { ...rules.typeDefaults[2]!, requestTypeId: 'leave-questions' };
    rules.answerRules[0] = { ...rules.answerRules[0]!, fieldId: 'subject' };
    rules.answerRules[1] = { ...rules.answerRules[1]!, value: 'sick' };
    rules.keywordRules[0] = { ...rules.keywordRules[0]!, teamId: 'employee-relation' };
    const response = await put(rules);
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([
      {
        path: 'body.typeDefaults.2.requestTypeId',
        code: 'unknown_request_type',
        params: { value: 'leave-questions' },
        message: 'there is no request type "leave-questions"',
      },
      {
        path: `body.typeDefaults.${rules.typeDefaults.length - 1}.requestTypeId`,
        code: 'default_twice',
        params: { value: 'employment-verification-letter' },
        message: '"employment-verification-letter" has defaults already; only the first would count',
      },
      { path: 'body.answerRules.0.fieldId', code: 'unknown_choice_field', params: { value: 'subject' }, message: '"payroll-question" has no field "subject"' },
      { path: 'body.answerRules.1.value', code: 'not_a_choice', params: { value: 'sick' }, message: '"sick" is not one of the choices of "leaveType"' },
      { path: 'body.keywordRules.0.teamId', code: 'unknown_team', params: { value: 'employee-relation' }, message: 'there is no team "employee-relation"' },
    ]);
  });

  it('saves new rules: tickets filed from then on follow them, and an audit event lists the rules that changed', async () => {
    const rules = withVisaRule();
    rules.fallback = { complexity: 'low', severity: 'low', effort: 'low' };
    const saved = await put(rules);
    expect(saved.status).toBe(200);
    expect(saved.body.rules).toEqual(rules as never);
    expect(saved.body.updatedBy).toEqual({ id: personas.hrAdmin.id, name: 'Olivia Brooks' });
    expect(typeof saved.body.updatedAt).toBe('string');

    const [event] = await AuditEventModel.find({ type: 'tickets.triage_rules_updated' }).sort({ at: -1 }).limit(1).lean();
    expect(event).toEqual(jasmine.objectContaining({ employeeId: personas.hrAdmin.id, outcome: 'success' }));
    // One rule added at the top moves every word rule down a place.
    expect(event!.details!['changed']).toEqual(['fallback', ...rules.keywordRules.map((_rule, index) => `keywordRules.${index}`)]);

    const id = await file(cast.employee, {
      requestTypeId: 'general-question',
      question: 'My visa expires next month',
      answers: { subject: 'Visa', details: 'I need a letter.' },
    });
    const ticket = (await cast.admin.get(`/api/tickets/agent/tickets/${id}`)).body;
    expect(ticket.triage).toEqual(jasmine.objectContaining({ severity: 'high', teamId: 'people-ops' }));
    expect(ticket.triage.explanation).toContain({
      key: 'triage.team',
      params: { teamId: 'people-ops', source: 'keyword', reason: 'immigration', match: 'visa' },
    });
  });

  it('"Try it" gives exactly the triage that filing the same request gives', async () => {
    const requests: CreateTicket[] = [
      payrollQuestion,
      { requestTypeId: 'leave-question', question: 'Sufro acoso de mi responsable', answers: { leaveType: 'parental-leave', details: 'Urgente' } },
      {
        requestTypeId: 'report-harassment-or-misconduct',
        question: 'Something happened at the offsite',
        answers: { concern: 'safety', description: 'At the bar.' },
      },
    ];
    for (const request of requests) {
      const tried = await preview(request);
      expect(tried.status).withContext(JSON.stringify(tried.body)).toBe(200);
      const id = await file(cast.employee, request);
      const { triage } = (await cast.admin.get(`/api/tickets/agent/tickets/${id}`)).body;
      const { override, ...filed } = triage;
      expect(override).toBeNull();
      expect(tried.body).withContext(request.requestTypeId).toEqual(filed);
    }
  });

  it('"Try it" with rules being edited uses them without saving; incomplete answers still count; bad rules are named', async () => {
    const question = { requestTypeId: 'general-question', question: 'Question about my visa', answers: {} };
    expect((await preview(question)).body).toEqual(jasmine.objectContaining({ severity: 'low', teamId: 'people-ops' }));
    const edited = await preview({ ...question, rules: withVisaRule() });
    expect(edited.status).toBe(200);
    expect(edited.body).toEqual(jasmine.objectContaining({ severity: 'high', priority: 'high' }));
    expect(edited.body.explanation).toContain({
      key: 'triage.dimension',
      params: { dimension: 'severity', level: 'high', source: 'keyword', reason: 'immigration', match: 'visa' },
    });
    expect((await cast.admin.get('/api/tickets/triage-rules')).body.rules).toEqual(defaultTriageRules as never);

    // Only the answer a rule looks at: the payroll form is not complete, the rule still applies.
    const partial = await preview({ requestTypeId: 'payroll-question', answers: { topic: 'missing-pay' } });
    expect(partial.body).toEqual(jasmine.objectContaining({ severity: 'high', priority: 'high' }));

    const broken = withVisaRule();
    broken.keywordRules[0]!.pattern = '(visa';
    const refused = await preview({ ...question, rules: broken });
    expect(refused.status).toBe(400);
    expect(paths(refused.body)).toEqual(['body.rules.keywordRules.0.pattern']);
    const unknownType = await preview({ ...question, requestTypeId: 'no-such-type' });
    expect(unknownType.body.errors).toEqual([
      { path: 'body.requestTypeId', code: 'unknown_request_type', params: { value: 'no-such-type' }, message: 'there is no request type "no-such-type"' },
    ]);
  });
});
