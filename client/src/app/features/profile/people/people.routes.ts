import type { Routes } from '@angular/router';

import { allowedTo } from '../../../core/auth/auth.guards';
import { EmployeePage } from './employee-page';
import { PeoplePage } from './people-page';

/** HR's people pages (/hr/people): the directory search and anyone's record (`profiles.read`), and the field policy (`settings.manage`). */
export default [
  { path: '', canMatch: [allowedTo('profiles.read')], component: PeoplePage, title: 'people.title' },
  { path: '', canMatch: [allowedTo('settings.manage')], loadChildren: () => import('../settings/profile-settings.routes') },
  { path: ':id', canMatch: [allowedTo('profiles.read')], component: EmployeePage, title: 'people.title' },
] satisfies Routes;
