import type { Catalogue, CatalogueRequestType } from '@portico/shared/tickets/catalogue.schemas';
import type { RequesterTicket } from '@portico/shared/tickets/tickets.schemas';

import { ticketSummary } from '../conversation/testing';

export { ticketSummary };

import { message } from '../conversation/testing';

export { message };

/** A request type with one field of every kind. */
export const payrollQuestion: CatalogueRequestType = {
  id: 'payroll-question',
  name: 'Payroll question',
  description: 'Something about your pay or payslip.',
  confidential: false,
  team: { id: 'payroll', name: 'Payroll' },
  sla: { firstResponseMinutes: 480, resolutionMinutes: 1440 },
  articles: [],
  fields: [
    { id: 'payPeriod', kind: 'date', label: 'Pay period', hint: 'Any day of the month.', required: true },
    {
      id: 'topic',
      kind: 'choice',
      label: 'Topic',
      hint: null,
      required: true,
      options: [
        { value: 'missing-pay', label: 'Missing pay' },
        { value: 'tax', label: 'Tax' },
      ],
    },
    { id: 'reference', kind: 'text', label: 'Payslip number', hint: null, required: false, maxLength: 20 },
    { id: 'details', kind: 'longText', label: 'Details', hint: 'Anything that helps.', required: false },
    { id: 'payslip', kind: 'file', label: 'Payslip', hint: 'Optional: the payslip in question.', required: false },
  ],
};

export const misconductReport: CatalogueRequestType = {
  id: 'report-harassment-or-misconduct',
  name: 'Report harassment or misconduct',
  description: 'Tell us in confidence.',
  confidential: true,
  team: { id: 'employee-relations', name: 'Employee Relations' },
  sla: { firstResponseMinutes: 120, resolutionMinutes: 4800 },
  articles: [],
  fields: [{ id: 'description', kind: 'longText', label: 'What happened', hint: null, required: true, maxLength: 10_000 }],
};

export const generalQuestion: CatalogueRequestType = {
  id: 'general-question',
  name: 'General question',
  description: 'Anything else.',
  confidential: false,
  team: { id: 'people-operations', name: 'People Operations' },
  sla: { firstResponseMinutes: 960, resolutionMinutes: 4800 },
  articles: [],
  fields: [],
};

export function catalogue(language: 'en' | 'es' = 'en'): Catalogue {
  return {
    language,
    categories: [
      { id: 'pay', name: 'Pay', types: [payrollQuestion] },
      { id: 'conduct', name: 'Conduct', types: [misconductReport] },
      { id: 'other', name: 'Other', types: [generalQuestion] },
    ],
  };
}

export function requesterTicket(overrides: Partial<RequesterTicket> = {}): RequesterTicket {
  return {
    ...ticketSummary('HR-2026-00042', { subject: 'My February pay is missing the overtime.' }),
    question: 'My February pay is missing the overtime.\nI worked 10 extra hours.',
    answers: { payPeriod: '2026-02-27', topic: 'missing-pay', payslip: ['file-1'] },
    attachmentIds: [],
    firstResponseAt: null,
    resolvedAt: null,
    closedAt: null,
    mergedInto: null,
    csat: [],
    messages: [
      message(1, { kind: 'reply', author: { id: 'E10103', displayName: 'Priya Nair', side: 'hr' }, body: 'Which week was it?' }),
      message(2, { body: 'The second week.' }),
    ],
    files: [],
    olderMessages: false,
    actions: ['reply', 'close'],
    reopenUntil: null,
    ...overrides,
  };
}
