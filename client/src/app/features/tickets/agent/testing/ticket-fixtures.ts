import type { CannedResponse } from '@portico/shared/tickets/canned.schemas';
import type { Catalogue } from '@portico/shared/tickets/catalogue.schemas';
import type { AgentTicket, Queue } from '@portico/shared/tickets/tickets.schemas';

import { message, ticketSummary } from '../../conversation/testing';

export { message };

/** Shapes the agents' API answers with, for the specs of the queue and the ticket page. */

export type QueueRow = Queue['tickets'][number];

export function queueRow(id: string, changes: Partial<QueueRow> = {}): QueueRow {
  return {
    ...ticketSummary(id, {
      state: 'new',
      createdAt: '2026-03-02T09:00:00.000Z',
      updatedAt: '2026-03-02T09:00:00.000Z',
      firstResponseDueAt: '2099-03-03T09:00:00.000Z',
      resolutionDueAt: '2099-03-06T09:00:00.000Z',
    }),
    requester: { id: 'E10101', displayName: 'Emma López' },
    breachingSoon: false,
    firstResponseBreachedAt: null,
    resolutionBreachedAt: null,
    breached: false,
    ...changes,
  } as QueueRow;
}

export function queue(changes: Partial<Queue> = {}): Queue {
  return {
    view: 'mine',
    total: 2,
    page: 1,
    pageSize: 25,
    counts: { mine: 2, unassigned: 5, team: 7, 'breaching-soon': 1, waiting: 3, confidential: 0 },
    tickets: [
      queueRow('HR-2026-00042', {
        subject: 'My February pay is missing the overtime',
        priority: 'high',
        state: 'open',
        assignee: { id: 'E10103', displayName: 'Priya Nair' },
        breachingSoon: true,
      }),
      queueRow('HR-2026-00043', {
        subject: 'Harassment in the team meeting',
        category: 'conduct',
        priority: 'urgent',
        teamId: 'employee-relations',
        confidential: true,
        resolutionDueAt: '2020-01-01T09:00:00.000Z',
        breached: true,
        state: 'open',
      }),
    ],
    ...changes,
  };
}

export function catalogue(): Catalogue {
  const type = (id: string, name: string, team: { id: string; name: string }, fields: Catalogue['categories'][number]['types'][number]['fields'] = []) => ({
    id,
    name,
    description: '',
    fields,
    confidential: false,
    team,
    sla: { firstResponseMinutes: 480, resolutionMinutes: 1440 },
    articles: [],
  });
  return {
    language: 'en',
    categories: [
      {
        id: 'pay',
        name: 'Pay',
        types: [
          type('payroll-question', 'Payroll question', { id: 'payroll', name: 'Payroll' }, [
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
            { id: 'payslip', kind: 'file', label: 'Payslip', hint: null, required: false },
          ]),
        ],
      },
      {
        id: 'conduct',
        name: 'Conduct',
        types: [type('report-harassment-or-misconduct', 'Report harassment or misconduct', { id: 'employee-relations', name: 'Employee Relations' })],
      },
    ],
  };
}

export function agentTicket(changes: Partial<AgentTicket> = {}): AgentTicket {
  return {
    id: 'HR-2026-00042',
    subject: 'My February pay is missing the overtime',
    state: 'open',
    category: 'pay',
    requestTypeId: 'payroll-question',
    priority: 'high',
    teamId: 'payroll',
    confidential: false,
    assignee: { id: 'E10103', displayName: 'Priya Nair' },
    createdAt: '2026-03-02T09:00:00.000Z',
    updatedAt: '2026-03-03T10:00:00.000Z',
    firstResponseDueAt: '2026-03-02T17:00:00.000Z',
    resolutionDueAt: '2099-03-05T17:00:00.000Z',
    question: 'My February pay is missing the overtime.\nI worked 10 extra hours.',
    answers: { topic: 'missing-pay', payslip: ['file-1'] },
    attachmentIds: [],
    firstResponseAt: '2026-03-02T11:00:00.000Z',
    resolvedAt: null,
    closedAt: null,
    mergedInto: null,
    csat: [],
    messages: [
      message(1, {
        kind: 'event',
        author: { id: 'E10103', displayName: 'Priya Nair', side: 'hr' },
        body: '',
        event: { key: 'ticket.event.assigned', params: { assigneeId: 'E10103', mode: 'self' } },
      }),
      message(2, { kind: 'note', author: { id: 'E10103', displayName: 'Priya Nair', side: 'hr' }, body: 'Checked the time sheets.' }),
      message(3, { kind: 'reply', author: { id: 'E10103', displayName: 'Priya Nair', side: 'hr' }, body: 'Which week was it?' }),
      message(4, { kind: 'reply', body: 'The second week.' }),
    ],
    files: [],
    olderMessages: false,
    firstResponseBreachedAt: null,
    resolutionBreachedAt: null,
    breached: false,
    requester: { id: 'E10101', displayName: 'Emma López' },
    triage: {
      complexity: 'medium',
      severity: 'high',
      effort: 'low',
      priority: 'high',
      teamId: 'payroll',
      explanation: [
        { key: 'triage.priority', params: { priority: 'high' } },
        { key: 'triage.dimension', params: { dimension: 'complexity', level: 'medium', source: 'keyword', reason: 'legal', match: 'lawyer' } },
        {
          key: 'triage.dimension',
          params: { dimension: 'severity', level: 'high', source: 'answer', reason: 'missing-pay', field: 'topic', value: 'missing-pay' },
        },
        { key: 'triage.dimension', params: { dimension: 'effort', level: 'low', source: 'type', reason: 'pay' } },
        { key: 'triage.team', params: { teamId: 'payroll', source: 'type' } },
      ],
      override: null,
    },
    actions: ['assign', 'reply', 'note', 'changeState', 'override', 'merge'],
    allowedStates: ['waiting_on_employee', 'resolved', 'closed'],
    ...changes,
  } as AgentTicket;
}

export function cannedResponse(changes: Partial<CannedResponse> = {}): CannedResponse {
  return {
    id: 'carry-over',
    title: 'Carrying over leave',
    body: 'You can carry over up to 5 days.',
    language: 'en',
    articleSlug: 'annual-leave',
    articleTitle: 'Annual leave',
    updatedAt: '2026-03-01T10:00:00.000Z',
    ...changes,
  };
}
