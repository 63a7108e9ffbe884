import type { Audience } from './search/handbook-search';
import type { Actor } from '../auth';

/**
 * Which articles a person may read: everyone's; managers' when they manage people or work
 * in HR; HR's own only in HR. Search, suggestions, counts and article pages all use this.
 */
export function readableAudiences(actor: Actor): Audience[] {
  const audiences: Audience[] = ['everyone'];
  const hr = actor.roles.includes('hr_agent') || actor.roles.includes('hr_admin');
  if (hr || actor.roles.includes('manager')) audiences.push('managers');
  if (hr) audiences.push('hr');
  return audiences;
}
