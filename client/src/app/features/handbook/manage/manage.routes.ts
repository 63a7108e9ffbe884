import type { Routes } from '@angular/router';
import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';

import { allowedTo } from '../../../core/auth/auth.guards';
import { unsavedChangesGuard } from '../../../core/drafts/unsaved-changes.guard';
import * as articleListEffects from './article-list/state/article-list.effects';
import { articleListFeature } from './article-list/state/article-list.feature';

/**
 * The handbook's HR pages, mounted under /hr by the HR workspace: authoring at /hr/handbook
 * (handbook.publish), policy completion at /hr/policies and the handbook's reports at
 * /hr/reports (reports.read). The article list's state is shared by the list and the
 * reports (a report row opens the list filtered). Each page is its own chunk.
 */
export default [
  {
    path: '',
    providers: [provideState(articleListFeature), provideEffects(articleListEffects)],
    children: [
      {
        path: 'handbook',
        canMatch: [allowedTo('handbook.publish')],
        children: [
          { path: '', loadComponent: () => import('./article-list/article-list-page').then((page) => page.ArticleListPage), title: 'hr.list.title' },
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
        path: 'reports',
        canMatch: [allowedTo('reports.read')],
        loadComponent: () => import('./reports/reports-page').then((page) => page.ReportsPage),
        title: 'hr.reports.title',
      },
    ],
  },
] satisfies Routes;
