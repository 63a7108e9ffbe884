import type { Routes } from '@angular/router';

/** /hr/help-desk/reports: the help desk in figures (reports.read, checked by the workspace's route). */
export default [
  {
    path: '',
    loadComponent: () => import('./help-desk-reports-page').then((page) => page.HelpDeskReportsPage),
    title: 'hr.helpDeskReports.title',
  },
] satisfies Routes;
