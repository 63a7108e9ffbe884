import type { Routes } from '@angular/router';

import { TeamPage } from './team-page';

/** The manager's team (/team, `team.read`, guarded where it is mounted). */
export default [{ path: '', component: TeamPage, title: 'team.title' }] satisfies Routes;
