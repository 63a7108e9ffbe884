import { answerErrors, normalizeAnswers, questionError } from './answers';
import { payrollQuestion } from '../help.fixture';

describe('answers by the shared answersSchema', () => {
  it('treats blank answers as none: required ones are asked for, optional ones left out', () => {
    const answers = normalizeAnswers(payrollQuestion, { payPeriod: '', topic: '', reference: '  ', details: '', payslip: [] });
    expect(answers).toEqual({ payPeriod: null, topic: null, reference: null, details: null, payslip: null });
    expect(answerErrors(payrollQuestion, answers)).toEqual({ payPeriod: { key: 'help.errors.required' }, topic: { key: 'help.errors.chooseOne' } });
  });

  it('says what is wrong with each kind of answer', () => {
    const answers = normalizeAnswers(payrollQuestion, {
      payPeriod: '2026-02-30',
      topic: 'bonus',
      reference: 'x'.repeat(21),
      details: 'Fine',
      payslip: ['a', 'b', 'c', 'd', 'e', 'f'],
    });
    expect(answerErrors(payrollQuestion, answers)).toEqual({
      payPeriod: { key: 'help.errors.date' },
      topic: { key: 'help.errors.chooseOne' },
      reference: { key: 'help.errors.tooLong', params: { max: 20 } },
      payslip: { key: 'help.errors.tooManyFiles', params: { max: 5 } },
    });
  });

  it('accepts answers that follow the rules, trimmed', () => {
    const answers = normalizeAnswers(payrollQuestion, { payPeriod: '2026-02-27', topic: 'tax', reference: ' P-12 ', details: '', payslip: ['file1'] });
    expect(answers).toEqual({ payPeriod: '2026-02-27', topic: 'tax', reference: 'P-12', details: null, payslip: ['file1'] });
    expect(answerErrors(payrollQuestion, answers)).toEqual({});
  });

  it('asks for a question, by the ticket contract', () => {
    expect(questionError('   ')).toEqual({ key: 'help.errors.required' });
    expect(questionError('x'.repeat(10_001))).toEqual({ key: 'help.errors.tooLong', params: { max: 10_000 } });
    expect(questionError('Where is my payslip?')).toBeNull();
  });
});
