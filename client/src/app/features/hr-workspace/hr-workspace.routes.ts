import type { Routes } from '@angular/router';
import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';

import { allowedTo } from '../../core/auth/auth.guards';
import { unsavedChangesGuard } from './editor/unsaved-changes.guard';
import * as articleListEffects from './handbook-list/state/article-list.effects';
import { articleListFeature } from './handbook-list/state/article-list.feature';
import { HrLandingPage } from './landing/hr-landing-page';
import { provideWorkspaceIcons } from './workspace-icons';

/**
 * The HR workspace (/hr, for `tickets.work`). Each section checks its own action, the same
 * one the landing page uses to show it; each page is its own chunk.
 */
export default [
  {
    path: '',
    providers: [provideState(articleListFeature), provideEffects(articleListEffects), provideWorkspaceIcons()],
    children: [
      { path: '', component: HrLandingPage, title: 'nav.hrWorkspace' },
      {
        path: 'handbook',
        canMatch: [allowedTo('handbook.publish')],
        children: [
          { path: '', loadComponent: () => import('./handbook-list/article-list-page').then((page) => page.ArticleListPage), title: 'hr.list.title' },
          {
            path: 'synonyms',
            loadComponent: () => import('./synonyms/synonyms-page').then((page) => page.SynonymsPage),
            canDeactivate: [unsavedChangesGuard],
            title: 'hr.synonyms.title',
          },
          {
            path: ':slug',
            loadComponent: () => import('./editor/article-editor-page').then((page) => page.ArticleEditorPage),
            canDeactivate: [unsavedChangesGuard],
            title: 'hr.editor.pageTitle',
          },
        ],
      },
      {
        path: 'policies',
        canMatch: [allowedTo('reports.read')],
        loadComponent: () => import('./policies/policy-completion-page').then((page) => page.PolicyCompletionPage),
        title: 'hr.policies.title',
      },
      {
        path: 'tickets',
        canMatch: [allowedTo('tickets.work')],
        loadChildren: () => import('./tickets/tickets.routes'),
      },
      {
        path: 'help-desk/reports',
        canMatch: [allowedTo('reports.read')],
        loadChildren: () => import('./help-desk-reports/help-desk-reports.routes'),
      },
      {
        path: 'help-desk/settings',
        canMatch: [allowedTo('tickets.configure')],
        loadChildren: () => import('./help-desk-settings/help-desk-settings.routes'),
      },
      {
        path: 'reports',
        canMatch: [allowedTo('reports.read')],
        loadComponent: () => import('./reports/reports-page').then((page) => page.ReportsPage),
        title: 'hr.reports.title',
      },
    ],
  },
] satisfies Routes;
