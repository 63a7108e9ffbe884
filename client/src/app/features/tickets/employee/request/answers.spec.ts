import { answerErrors, normalizeAnswers, questionError } from './answers';
import { payrollQuestion } from '../help.fixture';

describe('answers by the shared answersSchema', () => {
  it('treats blank answers as none: required ones are asked for, optional ones left out', () => {
    const answers = normalizeAnswers(payrollQuestion, { payPeriod: '', topic: '', reference: '  ', details: '', payslip: [] });
    expect(answers).toEqual({ payPeriod: null, topic: null, reference: null, details: null, payslip: null });
    expect(answerErrors(payrollQuestion, answers)).toEqual({ payPeriod: { key: 'required' }, topic: { key: 'chooseOne' } });
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
      payPeriod: { key: 'date' },
      topic: { key: 'chooseOne' },
      reference: { key: 'tooLong', params: { max: 20 } },
      payslip: { key: 'tooManyFiles', params: { max: 5 } },
    });
  });

  it('accepts answers that follow the rules, trimmed', () => {
    const answers = normalizeAnswers(payrollQuestion, { payPeriod: '2026-02-27', topic: 'tax', reference: ' P-12 ', details: '', payslip: ['file1'] });
    expect(answers).toEqual({ payPeriod: '2026-02-27', topic: 'tax', reference: 'P-12', details: null, payslip: ['file1'] });
    expect(answerErrors(payrollQuestion, answers)).toEqual({});
  });

  it('asks for a question, by the ticket contract', () => {
    expect(questionError('   ')).toEqual({ key: 'required' });
    expect(questionError('x'.repeat(10_001))).toEqual({ key: 'tooLong', params: { max: 10_000 } });
    expect(questionError('Where is my payslip?')).toBeNull();
  });
});
