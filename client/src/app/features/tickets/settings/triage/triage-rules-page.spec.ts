import { HttpTestingController } from '@angular/common/http/testing';
import type { ComponentFixture } from '@angular/core/testing';
import type { TriagePreview, TriageRulesSettings } from '@portico/shared/tickets/triage-editor.schemas';
import type { ManagedCatalogue } from '@portico/shared/tickets/catalogue.schemas';
import type { TriageRules } from '@portico/shared/tickets/tickets.schemas';

import { openSettingsPage, text } from '../settings-testing';
import { TriageRulesPage } from './triage-rules-page';

const RULES = '/api/tickets/triage-rules';
const PREVIEW = '/api/tickets/triage-rules/preview';
const CATALOGUE = '/api/tickets/catalogue/manage';

const t = (en: string, es = en) => ({ en, es });
const catalogue: ManagedCatalogue = {
  types: [
    {
      id: 'payroll-question',
      category: 'pay',
      name: t('Payroll question', 'Consulta de nómina'),
      description: t('Pay.'),
      fields: [
        {
          id: 'topic',
          kind: 'choice',
          label: t('Topic', 'Tema'),
          required: true,
          options: [
            { value: 'missing-pay', label: t('Missing or late pay', 'Falta o retraso') },
            { value: 'tax', label: t('Tax', 'Impuestos') },
          ],
        },
        { id: 'details', kind: 'longText', label: t('Details', 'Detalles'), required: true },
      ],
      defaultPriority: 'normal',
      teamId: 'payroll',
      sla: { firstResponseMinutes: 480, resolutionMinutes: 1440 },
      confidential: false,
      articleSlugs: [],
      active: true,
      order: 1,
    } as never,
    {
      id: 'general-question',
      category: 'other',
      name: t('General question', 'Consulta general'),
      description: t('Anything.'),
      fields: [{ id: 'subject', kind: 'text', label: t('Subject', 'Asunto'), required: true }],
      defaultPriority: 'low',
      teamId: 'people-ops',
      sla: { firstResponseMinutes: 960, resolutionMinutes: 4800 },
      confidential: false,
      articleSlugs: [],
      active: true,
      order: 10,
    } as never,
  ],
  teams: [
    { id: 'payroll', name: t('Payroll', 'Nóminas'), lead: { id: 'E10103', displayName: 'Priya Nair' }, members: [], updatedAt: '2026-01-01T00:00:00.000Z' },
    {
      id: 'employee-relations',
      name: t('Employee Relations', 'Relaciones laborales'),
      lead: { id: 'E10104', displayName: 'Olivia Brooks' },
      members: [],
      updatedAt: '2026-01-01T00:00:00.000Z',
    },
  ],
};
const rules: TriageRules = {
  typeDefaults: [{ requestTypeId: 'payroll-question', complexity: 'medium', severity: 'medium', effort: 'medium', reason: 'pay' }],
  fallback: { complexity: 'medium', severity: 'low', effort: 'medium' },
  answerRules: [{ requestTypeId: 'payroll-question', fieldId: 'topic', value: 'missing-pay', dimension: 'severity', level: 'high', reason: 'missing-pay' }],
  keywordRules: [{ pattern: 'harass|acos', dimension: 'severity', level: 'high', reason: 'misconduct', teamId: 'employee-relations' }],
};
const settings: TriageRulesSettings = { rules, updatedAt: '2026-11-01T10:00:00.000Z', updatedBy: { id: 'E10104', name: 'Olivia Brooks' } };

describe('TriageRulesPage', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<TriageRulesPage>;
  let element: HTMLElement;

  beforeEach(async () => {
    ({ http, fixture, element } = await openSettingsPage(TriageRulesPage, (http) => {
      http.expectOne(RULES).flush(settings);
      http.expectOne(CATALOGUE).flush(catalogue);
    }));
  });

  const rule = (testId: string) => element.querySelector<HTMLElement>(`[data-testid="${testId}"]`)!;
  const selects = (testId: string) => Array.from(rule(testId).querySelectorAll('select'));
  const chosen = (select: HTMLSelectElement) => text(select.selectedOptions[0] ?? null);
  async function change(control: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement, value: string, event = 'change') {
    control.value = value;
    control.dispatchEvent(new Event(event));
    await fixture.whenStable();
  }
  const save = () => element.querySelector<HTMLButtonElement>('[data-testid="save-triage"]')!;

  it('shows each kind of rule with names from the catalogue, and who changed them last', () => {
    expect(text(element.querySelector('.stamp'))).toContain('Last changed by Olivia Brooks');
    expect(selects('typeDefaults-0').map(chosen)).toEqual(['Payroll question', 'Medium', 'Medium', 'Medium']);
    expect(selects('fallback').map(chosen)).toEqual(['Medium', 'Low', 'Medium']);
    expect(selects('answerRules-0').map(chosen)).toEqual(['Payroll question', 'Topic', 'Missing or late pay', 'Severity', 'High']);
    expect(rule('keywordRules-0').querySelector('input')!.value).toBe('harass|acos');
    expect(selects('keywordRules-0').map(chosen)).toEqual(['Severity', 'High', 'Employee Relations']);
    expect(save().disabled).toBeTrue();
  });

  it('checks the rules with the server\u2019s schema before saving: a bad pattern and reason are named on their rule', async () => {
    await change(rule('keywordRules-0').querySelector('input')!, 'harass(', 'input');
    await change(rule('answerRules-0').querySelectorAll('input')[0]!, '!!!');
    expect(fixture.componentInstance.canLeave()).not.toBeTrue();
    save().click();
    await fixture.whenStable();
    http.expectNone({ method: 'PUT', url: RULES });
    expect(text(element.querySelector('[data-testid="triage-invalid"]'))).toContain('2 problem(s)');
    expect(text(rule('keywordRules-0').querySelector('.error'))).toContain('not a valid pattern');
    expect(text(rule('answerRules-0').querySelector('.error'))).toContain('lower-case words joined by hyphens');
  });

  it('adds a word rule, moves it first and saves the rules; the server\u2019s refusal is shown on the rule it names', async () => {
    element.querySelector<HTMLButtonElement>('[data-testid="add-keywordRules"]')!.click();
    await fixture.whenStable();
    await change(rule('keywordRules-1').querySelector('input')!, 'visa|permiso de trabajo', 'input');
    await change(rule('keywordRules-1').querySelectorAll('input')[1]!, 'Immigration');
    await change(selects('keywordRules-1')[2]!, 'payroll');
    rule('keywordRules-1').querySelector<HTMLButtonElement>('.order button')!.click();
    await fixture.whenStable();
    save().click();
    const request = http.expectOne({ method: 'PUT', url: RULES });
    const expected: TriageRules = {
      ...rules,
      keywordRules: [
        { pattern: 'visa|permiso de trabajo', dimension: 'severity', level: 'medium', reason: 'immigration', teamId: 'payroll' },
        ...rules.keywordRules,
      ],
    };
    expect(request.request.body).toEqual(expected);
    request.flush(
      {
        type: 'about:blank',
        title: 'The request is not valid',
        status: 400,
        code: 'validation_failed',
        errors: [{ path: 'body.keywordRules.0.teamId', code: 'unknown_team', params: { value: 'payroll' }, message: 'there is no team "payroll"' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await fixture.whenStable();
    expect(text(rule('keywordRules-0').querySelector('.error'))).toBe('There is no team “payroll”.');

    save().click();
    http.expectOne({ method: 'PUT', url: RULES }).flush({ ...settings, rules: expected });
    await fixture.whenStable();
    expect(fixture.componentInstance.canLeave()).toBeTrue();
    expect(element.querySelector('.error')).toBeNull();
  });

  it('tries the rules on the page on a made-up request and explains the result in words', async () => {
    await change(rule('keywordRules-0').querySelector('input')!, 'harass|acos|bully', 'input');
    await change(element.querySelector<HTMLSelectElement>('[data-testid="try-answer-topic"]')!, 'missing-pay');
    await change(element.querySelector<HTMLTextAreaElement>('[data-testid="try-question"]')!, 'My manager bullies me about my pay', 'input');
    element.querySelector<HTMLButtonElement>('[data-testid="try-run"]')!.click();
    const request = http.expectOne({ method: 'POST', url: PREVIEW });
    expect(request.request.body).toEqual({
      requestTypeId: 'payroll-question',
      answers: { topic: 'missing-pay' },
      question: 'My manager bullies me about my pay',
      rules: { ...rules, keywordRules: [{ ...rules.keywordRules[0]!, pattern: 'harass|acos|bully' }] },
    });
    const result: TriagePreview = {
      complexity: 'medium',
      severity: 'high',
      effort: 'medium',
      priority: 'urgent',
      teamId: 'employee-relations',
      explanation: [
        { key: 'triage.priority', params: { priority: 'urgent' } },
        { key: 'triage.dimension', params: { dimension: 'complexity', level: 'medium', source: 'type', reason: 'pay' } },
        {
          key: 'triage.dimension',
          params: { dimension: 'severity', level: 'high', source: 'answer', reason: 'missing-pay', field: 'topic', value: 'missing-pay' },
        },
        { key: 'triage.dimension', params: { dimension: 'effort', level: 'medium', source: 'type', reason: 'pay' } },
        { key: 'triage.team', params: { teamId: 'employee-relations', source: 'keyword', reason: 'misconduct', match: 'bully' } },
      ],
    };
    request.flush(result);
    await fixture.whenStable();
    expect(text(element.querySelector('[data-testid="try-sentence"]'))).toBe(
      'Urgent: severity high — missing pay; complexity medium — pay; effort medium — pay',
    );
    const entry = (testId: string) => [
      text(element.querySelector(`[data-testid="${testId}"] dt`)),
      text(element.querySelector(`[data-testid="${testId}"] dd`)),
    ];
    expect(entry('try-severity')).toEqual(['Severity', 'High — from the answer “Missing or late pay” to “Topic”']);
    expect(entry('try-team')).toEqual(['Team', 'Employee Relations — routed by the words “bully” (misconduct)']);
  });
});
