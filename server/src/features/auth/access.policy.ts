import { roleGrants, type Action, type Role } from '@portico/shared/auth/auth.schemas';

/*
 * The one place that decides what each role may do: the grants are data in the shared
 * schemas (`roleGrants`). Rules about a particular record (nobody approves their own
 * request) live in each feature's policy.
 */

export interface Actor {
  employeeId: string;
  roles: readonly Role[];
}

export function allowedActions(actor: Actor): Action[] {
  const allowed = new Set(actor.roles.flatMap((role) => roleGrants[role]));
  return [...allowed].sort();
}

/** The roles of HR staff: agents and admins (both decide HR's change requests). */
export const hrRoles: readonly Role[] = ['hr_agent', 'hr_admin'];

export const isHr = (actor: Pick<Actor, 'roles'>): boolean => actor.roles.some((role) => hrRoles.includes(role));

export function can(actor: Actor | undefined, action: Action): boolean {
  return Boolean(actor?.roles.some((role) => roleGrants[role].includes(action)));
}
