import type { Action, Role } from '@portico/shared/auth/auth.schemas';

/**
 * The one place that decides what each role may do (DESIGN.md, Roles). Roles add up:
 * a manager is also an employee; an HR admin can do all an HR agent can. Rules about a
 * particular record (nobody approves their own request) live in each feature's policy.
 */
const grants: Record<Role, readonly Action[]> = {
  employee: ['handbook.read', 'payslips.readOwn', 'profile.editOwn', 'tickets.create'],
  manager: ['team.read', 'approvals.decide'],
  hr_agent: ['tickets.work', 'profiles.read', 'approvals.decide'],
  // Writes and publishes the handbook (often outside HR: internal communications); no help desk, no people's data.
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

export interface Actor {
  employeeId: string;
  roles: readonly Role[];
}

export function allowedActions(actor: Actor): Action[] {
  const allowed = new Set(actor.roles.flatMap((role) => grants[role]));
  return [...allowed].sort();
}

export function can(actor: Actor | undefined, action: Action): boolean {
  return Boolean(actor?.roles.some((role) => grants[role].includes(action)));
}
