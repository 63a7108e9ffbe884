import type { Request } from 'express';

import { isInterfaceLanguage } from '@portico/shared/i18n/languages';
import { MeSchema, PreferencesSchema, SessionSchema, type Me, type Preferences, type Session } from '@portico/shared/auth/auth.schemas';
import { HttpProblem } from '../../platform/errors';
import type { ApiRouter } from '../../platform/http/api-router';
import { recordAuditEvent } from '../audit/record-audit-event';
import { DepartmentModel } from '../directory/department.model';
import { EmployeeModel } from '../directory/employee.model';
import { LocationModel } from '../directory/location.model';
import { allowedActions } from './access.policy';

export interface MeSettings {
  idleTimeoutMs: number;
  absoluteTimeoutMs: number;
}

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
    async (_input, request): Promise<Me> => {
      const me = await meOf(request, settings);
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
    async (_input, request): Promise<Session> => {
      const me = request.user ? await meOf(request, settings) : null;
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
async function meOf(request: Request, settings: MeSettings): Promise<Me | null> {
  const principal = request.user!;
  const employee = await EmployeeModel.findById(principal.employeeId).lean();
  if (!employee) return null;
  const [department, location] = await Promise.all([
    DepartmentModel.findById(employee.departmentId).lean(),
    LocationModel.findById(employee.locationId).lean(),
  ]);
  return {
    employee: {
      employeeNumber: employee._id,
      displayName: employee.displayName,
      firstName: employee.firstName,
      jobTitle: employee.jobTitle,
      department: department?.name ?? employee.departmentId,
      location: location?.name ?? employee.locationId,
      preferredLanguage: employee.preferredLanguage,
      interfaceLanguage: isInterfaceLanguage(employee.interfaceLanguage) ? employee.interfaceLanguage : null,
    },
    roles: principal.roles,
    actions: allowedActions(principal),
    session: {
      expiresAt: new Date((request.session.authenticatedAt ?? Date.now()) + settings.absoluteTimeoutMs).toISOString(),
      idleTimeoutMinutes: Math.round(settings.idleTimeoutMs / 60_000),
    },
  };
}
