import { defaultTriageRules } from './default-rules';
import { explainInEnglish, foldText, priorityFor, triage } from './triage';
import { loadTriageRules, saveTriageRules, TriageRulesModel } from './triage-rules';

const type = (id: string, teamId = 'people-ops', defaultPriority: 'low' | 'normal' | 'high' | 'urgent' = 'low') => ({ id, teamId, defaultPriority });

describe('triage', () => {
  it('scores from the request type\u2019s defaults and explains each score by keys and values', () => {
    const result = triage(
      {
        requestType: type('report-harassment-or-misconduct', 'employee-relations', 'high'),
        answers: { concern: 'other' },
        question: 'Something happened at the offsite.',
      },
      defaultTriageRules,
    );
    expect(result).toEqual(
      jasmine.objectContaining({ complexity: 'high', severity: 'high', effort: 'medium', priority: 'high', teamId: 'employee-relations' }),
    );
    expect(result.explanation).toContain({
      key: 'triage.dimension',
      params: { dimension: 'severity', level: 'high', source: 'type', reason: 'misconduct-report' },
    });
    expect(result.explanation).toContain({ key: 'triage.team', params: { teamId: 'employee-relations', source: 'type' } });
    expect(explainInEnglish(result.explanation)).toBe(
      'High: complexity high — misconduct-report; severity high — misconduct-report; effort medium — misconduct-report',
    );
  });

  it('raises a score from a form answer', () => {
    const result = triage(
      { requestType: type('payroll-question', 'payroll', 'normal'), answers: { topic: 'missing-pay' }, question: 'About my March pay' },
      defaultTriageRules,
    );
    expect(result.severity).toBe('high');
    expect(result.priority).toBe('high');
    expect(result.explanation).toContain({
      key: 'triage.dimension',
      params: { dimension: 'severity', level: 'high', source: 'answer', reason: 'missing-pay', field: 'topic', value: 'missing-pay' },
    });
  });

  it('finds English and Spanish words, without regard to case or accents, and routes by them', () => {
    for (const question of ['My manager keeps HARASSING me', 'Sufro acoso de un compañero', 'Recibí una amenaza', 'He was threatening people']) {
      const result = triage({ requestType: type('general-question'), answers: {}, question }, defaultTriageRules);
      expect(result.severity).withContext(question).toBe('high');
      expect(result.teamId).withContext(question).toBe('employee-relations');
      expect(result.priority).withContext(question).toBe('high');
    }
    const spanish = triage({ requestType: type('general-question'), answers: {}, question: 'Me acosó en la reunión' }, defaultTriageRules);
    expect(spanish.explanation).toContain({
      key: 'triage.team',
      params: { teamId: 'employee-relations', source: 'keyword', reason: 'misconduct', match: 'acos' },
    });
    // Word beginnings only: "taxes" does not contain the word "axes", "sickness" does start with "sick".
    expect(triage({ requestType: type('general-question'), answers: {}, question: 'Necesito un certificado urgente' }, defaultTriageRules).severity).toBe(
      'medium',
    );
    expect(triage({ requestType: type('general-question'), answers: {}, question: 'Is my reimbursement on time?' }, defaultTriageRules).severity).toBe('low');
    expect(foldText('Baja Médica')).toBe('baja medica');
  });

  it('never lowers a score, and keeps the request type\u2019s priority as a floor', () => {
    const result = triage({ requestType: type('general-question', 'people-ops', 'normal'), answers: {}, question: 'A simple question' }, defaultTriageRules);
    expect([result.complexity, result.severity, result.effort]).toEqual(['low', 'low', 'low']);
    expect(result.priority).toBe('normal');
    expect(result.explanation[0]).toEqual({ key: 'triage.priority', params: { priority: 'normal', floor: 'type' } });
  });

  it('takes the priority from the table', () => {
    const cases: [string, string, string, string][] = [
      ['low', 'low', 'low', 'low'],
      ['high', 'low', 'high', 'normal'],
      ['low', 'medium', 'low', 'normal'],
      ['high', 'medium', 'medium', 'high'],
      ['low', 'high', 'low', 'high'],
      ['high', 'high', 'medium', 'high'],
      ['high', 'high', 'high', 'urgent'],
    ];
    for (const [complexity, severity, effort, priority] of cases) {
      expect(priorityFor({ complexity, severity, effort } as never))
        .withContext(`${complexity}/${severity}/${effort}`)
        .toBe(priority as never);
    }
  });

  it('keeps its rules in the database, seeded once, and uses what HR saved', async () => {
    await TriageRulesModel.deleteMany({});
    expect(await loadTriageRules()).toEqual(defaultTriageRules);
    expect(await TriageRulesModel.countDocuments()).toBe(1);
    await saveTriageRules(
      { ...defaultTriageRules, keywordRules: [{ pattern: 'quokka', dimension: 'severity', level: 'high', reason: 'quokka', teamId: 'benefits' }] },
      'E10104',
    );
    const rules = await loadTriageRules();
    const result = triage({ requestType: type('general-question'), answers: {}, question: 'The quokka bit me' }, rules);
    expect([result.severity, result.teamId]).toEqual(['high', 'benefits']);
    await expectAsync(
      saveTriageRules({ ...defaultTriageRules, keywordRules: [{ pattern: '(', dimension: 'severity', level: 'high', reason: 'x', teamId: null }] }, null),
    ).toBeRejected();
    await TriageRulesModel.deleteMany({});
  });
});
