import type { Routes } from '@angular/router';

import { allowedTo } from '../../core/auth/auth.guards';
import { provideWorkspaceIcons } from '../../core/icons/workspace-icons';
import { HrLandingPage } from './landing/hr-landing-page';

/**
 * The HR workspace (/hr, for anyone with an HR action): its landing page links to each
 * domain's HR pages, which live in their own feature and are guarded here by the action
 * each needs (the same one the landing page checks to show its card).
 */
export default [
  {
    path: '',
    providers: [provideWorkspaceIcons()],
    children: [
      { path: '', component: HrLandingPage, title: 'nav.hrWorkspace' },
      { path: 'tickets', canMatch: [allowedTo('tickets.work')], loadChildren: () => import('../tickets/agent/tickets.routes') },
      { path: 'help-desk/reports', canMatch: [allowedTo('reports.read')], loadChildren: () => import('../tickets/reports/help-desk-reports.routes') },
      {
        path: 'help-desk/settings',
        canMatch: [allowedTo('tickets.configure')],
        loadChildren: () => import('../tickets/settings/help-desk-settings.routes'),
      },
      { path: 'people', canMatch: [allowedTo('profiles.read', 'settings.manage')], loadChildren: () => import('../profile/people/people.routes') },
      // /hr/handbook, /hr/policies and /hr/reports: each guarded by its own action there.
      { path: '', loadChildren: () => import('../handbook/manage/manage.routes') },
    ],
  },
] satisfies Routes;
