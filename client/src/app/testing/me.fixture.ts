import type { Action, Me, Role } from '@portico/shared/auth/auth.schemas';

const actionsByRole: Record<Role, Action[]> = {
  employee: ['handbook.read', 'payslips.readOwn', 'profile.editOwn', 'tickets.create'],
  manager: ['team.read', 'approvals.decide'],
  hr_agent: ['tickets.work', 'profiles.read', 'approvals.decide'],
  handbook_editor: ['handbook.publish'],
  hr_admin: [
    'tickets.work',
    'profiles.read',
    'approvals.decide',
    'tickets.readConfidential',
    'tickets.configure',
    'handbook.publish',
    'payroll.import',
    'settings.manage',
    'reports.read',
  ],
};

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
    actions: [...new Set(['employee' as Role, ...roles].flatMap((role) => actionsByRole[role]))],
    session: { expiresAt: new Date(Date.now() + 3_600_000).toISOString(), idleTimeoutMinutes: 30 },
  };
}
