import { roleGrants, type Me, type Role } from '@portico/shared/auth/auth.schemas';

/** What /api/session answers for a person with these roles (the server's policy, as data). */
export function meWithRoles(...roles: Role[]): Me {
  return {
    employee: {
      employeeNumber: 'E10101',
      displayName: 'Emma López',
      firstName: 'Emma',
      jobTitle: 'Software Engineer',
      department: 'Engineering',
      location: 'Madrid',
      preferredLanguage: 'en',
      interfaceLanguage: null,
    },
    roles: ['employee', ...roles],
    actions: [...new Set(['employee' as Role, ...roles].flatMap((role) => roleGrants[role]))],
    session: { expiresAt: new Date(Date.now() + 3_600_000).toISOString(), idleTimeoutMinutes: 30, identityCheckedAt: new Date().toISOString() },
  };
}
