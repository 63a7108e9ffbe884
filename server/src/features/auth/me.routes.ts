import type { Request } from 'express';

import { MeSchema, PreferencesSchema, SessionSchema, type Me, type Preferences, type Session } from '@portico/shared/auth/auth.schemas';
import { HttpProblem } from '../../platform/errors';
import type { ApiRouter } from '../../platform/http/api-router';
import type { SessionPrincipal } from './auth.types';
import { meView, type MeSettings } from './me.presenter';
import { recordAuditEvent } from '../audit';
import { DepartmentModel, EmployeeModel, LocationModel } from '../directory';

/** The signed-in person: who they are, their roles, and what the policy lets them do. */
export function meRoutes(api: ApiRouter, settings: MeSettings): void {
  api.get(
    '/me',
    {
      summary: 'Who is signed in, their roles and allowed actions',
      tags: ['auth'],
      access: 'signedIn',
      response: { description: 'The signed-in person', schema: MeSchema },
    },
    async ({ actor }, request): Promise<Me> => {
      const me = await meOf(actor, request, settings);
      if (!me) throw new HttpProblem(401, 'signed_out', 'Not signed in', 'Your directory record is gone; sign in again.');
      return me;
    },
  );

  api.get(
    '/session',
    {
      summary: 'Am I signed in?',
      description: 'For the web client at start: always 200, so a signed-out visitor is not an error.',
      tags: ['auth'],
      access: 'public',
      response: { description: 'The session status', schema: SessionSchema },
    },
    async ({ actor }, request): Promise<Session> => {
      const me = actor ? await meOf(actor, request, settings) : null;
      if (me) return { status: 'signedIn', me };
      return { status: request.sessionExpired ? 'expired' : 'signedOut' };
    },
  );

  api.patch(
    '/me/preferences',
    {
      summary: 'Change my interface preferences',
      tags: ['auth'],
      access: { action: 'profile.editOwn' },
      request: { body: PreferencesSchema },
      response: { description: 'The preferences now in force', schema: PreferencesSchema },
    },
    async ({ body, actor }, request): Promise<Preferences> => {
      const employeeId = actor.employeeId;
      // The person's choice also becomes the language HR writes to them in.
      await EmployeeModel.updateOne({ _id: employeeId }, { $set: { interfaceLanguage: body.language, preferredLanguage: body.language } });
      request.session.language = body.language;
      await recordAuditEvent(request.log, {
        type: 'profile.preferences_changed',
        outcome: 'success',
        employeeId,
        requestId: String(request.id),
        details: { fields: ['interfaceLanguage', 'preferredLanguage'] },
      });
      return body;
    },
  );
}

/** The signed-in person as the client sees them, or null when their record is gone. */
async function meOf(principal: SessionPrincipal, request: Request, settings: MeSettings): Promise<Me | null> {
  const employee = await EmployeeModel.findById(principal.employeeId).lean();
  if (!employee) return null;
  const [department, location] = await Promise.all([
    DepartmentModel.findById(employee.departmentId).lean(),
    LocationModel.findById(employee.locationId).lean(),
  ]);
  return meView(principal, { employee, department, location }, request.session, settings);
}
