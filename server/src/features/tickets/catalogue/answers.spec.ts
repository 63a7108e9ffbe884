import { answersSchema, FormFieldSchema, type AnswerRules } from '@portico/shared/tickets/catalogue.schemas';
import { demoRequestTypes } from './seed/demo-catalogue';

/** `path: message` of each problem, or 'ok'. */
function check(fields: readonly AnswerRules[], answers: unknown): string[] | 'ok' {
  const parsed = answersSchema({ fields }).safeParse(answers);
  return parsed.success ? 'ok' : parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('answersSchema (shared: the ticket form and the server apply the same rules)', () => {
  const payroll = demoRequestTypes.find((type) => type.id === 'payroll-question')!;

  it('accepts a complete answer to the payroll question, the optional payslip left out or given as uploaded file ids', () => {
    const answer = { payPeriod: '2026-03-31', topic: 'deductions', details: 'My pension deduction doubled.' };
    expect(check(payroll.fields, answer)).toBe('ok');
    expect(check(payroll.fields, { ...answer, payslip: ['3f1c2a9e-0d4b-4a57-9c1e-2b7d8e6f5a10'] })).toBe('ok');
  });

  it('says which required answers are missing or blank', () => {
    expect(check(payroll.fields, {})).toEqual(['payPeriod: is required', 'topic: choose one', 'details: is required']);
    expect(check(payroll.fields, { payPeriod: null, topic: 'tax', details: '   ' })).toEqual(['payPeriod: is required', 'details: is required']);
    const files: AnswerRules[] = [{ id: 'evidence', kind: 'file', required: true }];
    expect(check(files, {})).toEqual(['evidence: attach at least one file']);
    expect(check(files, { evidence: [] })).toEqual(['evidence: attach at least one file']);
    expect(check(files, { evidence: ['../etc/passwd'] })).toEqual(['evidence.0: must be the id of an uploaded file']);
  });

  it('takes only one of a choice’s options', () => {
    expect(check(payroll.fields, { payPeriod: '2026-03-31', topic: 'lottery', details: 'x' })).toEqual([
      'topic: must be one of: missing-pay, deductions, tax, bonus, other',
    ]);
  });

  it('takes dates as real YYYY-MM-DD dates', () => {
    for (const payPeriod of ['31/03/2026', '2026-02-30', '2026-3-1', 20260331]) {
      expect(check(payroll.fields, { payPeriod, topic: 'tax', details: 'x' }))
        .withContext(String(payPeriod))
        .toEqual(['payPeriod: must be a date (YYYY-MM-DD)']);
    }
  });

  it('keeps text within its maximum length (the field’s, else the kind’s default), after trimming', () => {
    const fields: AnswerRules[] = [
      { id: 'subject', kind: 'text', required: true, maxLength: 10 },
      { id: 'notes', kind: 'longText', required: false },
    ];
    expect(check(fields, { subject: '  ten chars  ' })).toBe('ok');
    expect(check(fields, { subject: 'eleven char' })).toEqual(['subject: must be at most 10 characters']);
    expect(check(fields, { subject: 'ok', notes: 'x'.repeat(5001) })).toEqual(['notes: must be at most 5000 characters']);
    expect(answersSchema({ fields }).parse({ subject: '  hi  ' })).toEqual({ subject: 'hi' });
  });

  it('lets optional answers be left out or null, and refuses answers to questions that were not asked', () => {
    const fields: AnswerRules[] = [
      { id: 'when', kind: 'date', required: false },
      { id: 'contact', kind: 'choice', required: false, options: [{ value: 'phone' }, { value: 'portal' }] },
    ];
    expect(check(fields, {})).toBe('ok');
    expect(check(fields, { when: null, contact: null })).toBe('ok');
    expect(check(fields, { contact: 'pigeon' })).toEqual(['contact: must be one of: phone, portal']);
    expect(check(fields, { salary: 'a lot' })).toEqual([': Unrecognized key: "salary"']);
  });
});

describe('form field definitions', () => {
  const issues = (field: unknown) => {
    const parsed = FormFieldSchema.safeParse(field);
    return parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  };
  const label = { en: 'Label', es: 'Etiqueta' };

  it('needs options on a choice (two at least, values once) and nowhere else', () => {
    expect(issues({ id: 'topic', kind: 'choice', label, required: true })).toEqual(['options: a choice field needs at least two options']);
    expect(issues({ id: 'topic', kind: 'choice', label, required: true, options: [{ value: 'a', label }] })).toEqual([
      'options: a choice field needs at least two options',
    ]);
    expect(
      issues({
        id: 'topic',
        kind: 'choice',
        label,
        required: true,
        options: [
          { value: 'a', label },
          { value: 'a', label },
        ],
      }),
    ).toEqual(['options.1.value: "a" is already an option of this field']);
    expect(
      issues({
        id: 'name',
        kind: 'text',
        label,
        required: true,
        options: [
          { value: 'a', label },
          { value: 'b', label },
        ],
      }),
    ).toEqual(['options: only choice fields have options']);
  });

  it('allows a maximum length on text only, within the kind’s ceiling', () => {
    expect(issues({ id: 'when', kind: 'date', label, required: true, maxLength: 10 })).toEqual([
      'maxLength: only text and long text fields have a maximum length',
    ]);
    expect(issues({ id: 'name', kind: 'text', label, required: true, maxLength: 5000 })).toEqual(['maxLength: must be at most 1000 for a text field']);
    expect(issues({ id: 'story', kind: 'longText', label, required: true, maxLength: 20_000 })).toEqual([]);
  });

  it('needs a label in every interface language and an id usable as an answer key', () => {
    expect(issues({ id: 'pay.period', kind: 'date', label: { en: 'Pay period' }, required: true })).toEqual([
      'id: must be letters and digits starting with a lower-case letter (payPeriod)',
      'label.es: is required',
    ]);
  });
});
