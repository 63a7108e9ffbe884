import type { Me } from '@portico/shared/auth/auth.schemas';
import { isInterfaceLanguage } from '@portico/shared/i18n/languages';
import { allowedActions } from './access.policy';
import type { SessionPrincipal } from './auth.types';
import type { Department, Employee, Location } from '../directory';

export interface MeSettings {
  idleTimeoutMs: number;
  absoluteTimeoutMs: number;
}

/** Exactly what the signed-in person gets of themselves: who, in which roles, what they may do, until when. */
export function meView(
  principal: SessionPrincipal,
  record: { employee: Employee; department: Department | null; location: Location | null },
  session: { authenticatedAt?: number },
  settings: MeSettings,
): Me {
  const { employee, department, location } = record;
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
      expiresAt: new Date((session.authenticatedAt ?? Date.now()) + settings.absoluteTimeoutMs).toISOString(),
      idleTimeoutMinutes: Math.round(settings.idleTimeoutMs / 60_000),
      identityCheckedAt: principal.identityCheckedAt ? new Date(principal.identityCheckedAt).toISOString() : null,
    },
  };
}
