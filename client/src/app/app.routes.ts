import type { Routes } from '@angular/router';

import { allowedTo, hrActions, signedInGuard } from './core/auth/auth.guards';
import { NotFoundPage } from './core/not-found/not-found-page';

/** One lazy route per feature; each feature provides its own state on its route. */
export const routes: Routes = [
  { path: 'signed-out', loadChildren: () => import('./features/signed-out/signed-out.routes') },
  {
    path: '',
    canActivateChild: [signedInGuard],
    children: [
      { path: '', loadChildren: () => import('./features/home/home.routes') },
      { path: 'payslips', loadChildren: () => import('./features/payslips/payslips.routes') },
      { path: 'handbook', loadChildren: () => import('./features/handbook/handbook.routes') },
      { path: 'my-data', loadChildren: () => import('./features/profile/employee/my-data.routes') },
      { path: 'help', loadChildren: () => import('./features/tickets/employee/help.routes') },
      { path: 'team', canMatch: [allowedTo('team.read')], loadChildren: () => import('./features/profile/team/team.routes') },
      { path: 'approvals', canMatch: [allowedTo('approvals.decide')], loadChildren: () => import('./features/profile/approvals/approvals.routes') },
      { path: 'hr', canMatch: [allowedTo(...hrActions)], loadChildren: () => import('./features/hr-workspace/hr-workspace.routes') },
      { path: '**', component: NotFoundPage, title: 'notFound.title' },
    ],
  },
];
