import type { TriageRules } from '@portico/shared/tickets/tickets.schemas';

/**
 * The triage rules a new installation starts with (stored in `ticket_triage_rules` on first
 * use; HR edits them there). Word patterns are matched at the beginning of words, without
 * accents and case, so `acos` finds "acoso" and "acosó", `harass` finds "harassment".
 */
export const defaultTriageRules: TriageRules = {
  typeDefaults: [
    { requestTypeId: 'employment-verification-letter', complexity: 'low', severity: 'low', effort: 'low', reason: 'routine-document' },
    { requestTypeId: 'payroll-question', complexity: 'medium', severity: 'medium', effort: 'medium', reason: 'pay' },
    { requestTypeId: 'leave-question', complexity: 'medium', severity: 'low', effort: 'low', reason: 'leave' },
    { requestTypeId: 'benefits-enrolment', complexity: 'low', severity: 'low', effort: 'medium', reason: 'benefits' },
    { requestTypeId: 'change-of-working-hours', complexity: 'medium', severity: 'low', effort: 'medium', reason: 'contract-change' },
    { requestTypeId: 'report-harassment-or-misconduct', complexity: 'high', severity: 'high', effort: 'medium', reason: 'misconduct-report' },
    { requestTypeId: 'document-request', complexity: 'low', severity: 'low', effort: 'low', reason: 'routine-document' },
    { requestTypeId: 'general-question', complexity: 'low', severity: 'low', effort: 'low', reason: 'general' },
  ],
  fallback: { complexity: 'medium', severity: 'low', effort: 'medium' },
  answerRules: [
    { requestTypeId: 'payroll-question', fieldId: 'topic', value: 'missing-pay', dimension: 'severity', level: 'high', reason: 'missing-pay' },
    { requestTypeId: 'leave-question', fieldId: 'leaveType', value: 'sick-leave', dimension: 'severity', level: 'medium', reason: 'sickness' },
    { requestTypeId: 'leave-question', fieldId: 'leaveType', value: 'parental-leave', dimension: 'complexity', level: 'high', reason: 'parental-leave' },
    { requestTypeId: 'change-of-working-hours', fieldId: 'managerAgreed', value: 'no', dimension: 'complexity', level: 'high', reason: 'manager-not-agreed' },
    { requestTypeId: 'employment-verification-letter', fieldId: 'purpose', value: 'visa', dimension: 'severity', level: 'medium', reason: 'visa' },
    { requestTypeId: 'report-harassment-or-misconduct', fieldId: 'concern', value: 'safety', dimension: 'effort', level: 'high', reason: 'safety' },
    { requestTypeId: 'report-harassment-or-misconduct', fieldId: 'concern', value: 'fraud', dimension: 'effort', level: 'high', reason: 'fraud' },
  ],
  keywordRules: [
    {
      pattern: 'harass|acos|threat|amenaz|assault|agresi|bully|bullie|intimida|sexual',
      dimension: 'severity',
      level: 'high',
      reason: 'misconduct',
      teamId: 'employee-relations',
    },
    {
      pattern: 'discriminat|discrimina|racis|sexis|homophob|homofob',
      dimension: 'severity',
      level: 'high',
      reason: 'discrimination',
      teamId: 'employee-relations',
    },
    { pattern: 'suicid|self-harm|self harm|autolesi|hacerme dano', dimension: 'severity', level: 'high', reason: 'wellbeing', teamId: null },
    {
      pattern: 'not been paid|not paid|unpaid salary|missing pay|missing salary|no he cobrado|no me han pagado|sin cobrar',
      dimension: 'severity',
      level: 'high',
      reason: 'missing-pay',
      teamId: null,
    },
    {
      pattern: 'lawyer|solicitor|tribunal|court|legal action|abogad|demanda|juicio|denuncia',
      dimension: 'complexity',
      level: 'high',
      reason: 'legal',
      teamId: null,
    },
    {
      pattern: 'urgent|asap|as soon as possible|urgente|cuanto antes|lo antes posible',
      dimension: 'severity',
      level: 'medium',
      reason: 'urgent',
      teamId: null,
    },
    { pattern: 'sick|illness|hospital|enferm|baja medica', dimension: 'severity', level: 'medium', reason: 'health', teamId: null },
    {
      pattern: 'every month|each month|several months|cada mes|varios meses|todos los meses',
      dimension: 'effort',
      level: 'high',
      reason: 'recurring',
      teamId: null,
    },
  ],
};
