import {
  EmployeeRecordSchema,
  HistoryQuerySchema,
  PeopleQuerySchema,
  PeopleSchema,
  RecordHistorySchema,
  TeamSchema,
  type EmployeeRecord,
  type People,
  type RecordHistory,
  type Team,
} from '@portico/shared/profile/profile.schemas';
import type { Response } from 'express';
import { z } from 'zod';

import type { ApiRouter } from '../../platform/http/api-router';
import { recordAuditEvent } from '../audit';
import { requireRecentSignIn } from '../auth';
import type { PersonalDataOptions, RouteContext } from '../feature';
import { recordHistory } from './history';
import { employeeOf } from './my-data';
import { employeeRecord, searchPeople } from './people';
import { myTeam } from './team';

const personParams = z.strictObject({ id: z.string().trim().min(1).max(40) });

/**
 * The trail and the export of one's own record, the manager's team, and HR's view of
 * anyone (each opening and export audited).
 */
export function peopleRoutes(api: ApiRouter, context: RouteContext): void {
  /** The export as a JSON file: everything each feature holds about the person; audited. */
  const sendExport = async (
    response: Response,
    employeeId: string,
    options: PersonalDataOptions & { by: string; requestId: string; log: RouteContext['logger'] },
  ) => {
    const now = context.clock.now();
    const data = { exportedAt: now.toISOString(), employeeNumber: employeeId, ...(await context.personalData(employeeId, options)) };
    await recordAuditEvent(options.log, {
      type: 'profile.exported',
      outcome: 'success',
      employeeId: options.by,
      requestId: options.requestId,
      details: { subject: employeeId, sensitive: options.sensitive },
    });
    response
      .type('application/json')
      .setHeader('Content-Disposition', `attachment; filename="portico-${employeeId}-${now.toISOString().slice(0, 10)}.json"`)
      .send(JSON.stringify(data, null, 2));
  };

  api.get(
    '/profile/me/history',
    {
      summary: 'The history of my record: each version, who wrote it, what it changed',
      description: 'Newest first, 20 at a time (`?before=` the `next` version); sensitive values masked.',
      tags: ['my data'],
      access: { action: 'profile.editOwn' },
      request: { query: HistoryQuerySchema },
      response: { description: 'Versions of my record', schema: RecordHistorySchema },
    },
    async ({ query, actor }): Promise<RecordHistory> => recordHistory(await employeeOf(actor.employeeId), query.before),
  );

  api.get(
    '/profile/me/export',
    {
      summary: 'Download everything Portico holds about me, as one JSON file',
      description:
        'My directory entry, record (bank account and national id in full), its history, change requests, delegation, the requests I filed to HR, my policy acknowledgements and notifications. Needs a sign-in within the last 5 minutes (403 `sign_in_again`); audited.',
      tags: ['my data'],
      access: { action: 'profile.editOwn' },
      response: { description: 'The export', contentType: 'application/json' },
    },
    async ({ actor }, request, response) => {
      requireRecentSignIn(actor.identityCheckedAt, context.clock.now(), 'The export holds your bank account: it');
      await sendExport(response, actor.employeeId, { sensitive: 'full', by: actor.employeeId, requestId: String(request.id), log: request.log });
    },
  );

  api.get(
    '/profile/team',
    {
      summary: 'My direct reports: work facts and their requests waiting for me',
      description: 'Never pay, bank account, national id, home address or date of birth.',
      tags: ['team'],
      access: { action: 'team.read' },
      response: { description: 'My team', schema: TeamSchema },
    },
    ({ actor }): Promise<Team> => myTeam(actor.employeeId),
  );

  api.get(
    '/profile/people',
    {
      summary: 'Search the directory (HR)',
      description: 'Every word in the name, employee number, work email or job title; accents and case aside. At most 25.',
      tags: ['people'],
      access: { action: 'profiles.read' },
      request: { query: PeopleQuerySchema },
      response: { description: 'People found', schema: PeopleSchema },
    },
    ({ query }): Promise<People> => searchPeople(query.q),
  );

  api.get(
    '/profile/people/:id',
    {
      summary: 'Anyone’s record (HR): work facts, the record masked, their requests',
      description: 'Each opening writes an audit event (`profile.record_opened`).',
      tags: ['people'],
      access: { action: 'profiles.read' },
      request: { params: personParams },
      response: { description: 'The record', schema: EmployeeRecordSchema },
    },
    ({ params, actor }, request): Promise<EmployeeRecord> =>
      employeeRecord(actor, params.id, { now: context.clock.now(), log: request.log, requestId: String(request.id) }),
  );

  api.get(
    '/profile/people/:id/history',
    {
      summary: 'The history of anyone’s record (HR)',
      tags: ['people'],
      access: { action: 'profiles.read' },
      request: { params: personParams, query: HistoryQuerySchema },
      response: { description: 'Versions of the record', schema: RecordHistorySchema },
    },
    async ({ params, query }): Promise<RecordHistory> => recordHistory(await employeeOf(params.id), query.before),
  );

  api.get(
    '/profile/people/:id/export',
    {
      summary: 'Download everything Portico holds about someone (HR admins)',
      description: 'As the person’s own export, with the bank account and national id masked. Audited.',
      tags: ['people'],
      access: { action: 'profiles.export' },
      request: { params: personParams },
      response: { description: 'The export', contentType: 'application/json' },
    },
    async ({ params, actor }, request, response) => {
      await employeeOf(params.id);
      await sendExport(response, params.id, { sensitive: 'masked', by: actor.employeeId, requestId: String(request.id), log: request.log });
    },
  );
}
