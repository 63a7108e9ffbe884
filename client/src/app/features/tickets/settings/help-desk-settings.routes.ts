import type { Routes } from '@angular/router';

import { unsavedChangesGuard } from '../../../core/drafts/unsaved-changes.guard';
import { provideHelpDeskSettingsIcons } from './help-desk-settings-icons';
import { HelpDeskSettingsPage } from './help-desk-settings-page';

/** /hr/help-desk/settings (tickets.configure, checked by the workspace's route): each page is its own chunk. */
export default [
  {
    path: '',
    providers: [provideHelpDeskSettingsIcons()],
    children: [
      { path: '', component: HelpDeskSettingsPage, title: 'hr.helpDeskSettings.title' },
      {
        path: 'contact',
        loadComponent: () => import('./contact/hr-contact-page').then((page) => page.HrContactPage),
        canDeactivate: [unsavedChangesGuard],
        title: 'hr.helpDeskSettings.contact.title',
      },
      {
        path: 'offices',
        loadComponent: () => import('./offices/office-calendars-page').then((page) => page.OfficeCalendarsPage),
        canDeactivate: [unsavedChangesGuard],
        title: 'hr.helpDeskSettings.offices.title',
      },
      {
        path: 'canned-responses',
        loadComponent: () => import('./canned/canned-responses-page').then((page) => page.CannedResponsesPage),
        canDeactivate: [unsavedChangesGuard],
        title: 'hr.helpDeskSettings.canned.title',
      },
      {
        path: 'triage',
        loadComponent: () => import('./triage/triage-rules-page').then((page) => page.TriageRulesPage),
        canDeactivate: [unsavedChangesGuard],
        title: 'hr.helpDeskSettings.triage.title',
      },
      {
        path: 'catalogue',
        loadComponent: () => import('./catalogue/catalogue-page').then((page) => page.CataloguePage),
        canDeactivate: [unsavedChangesGuard],
        title: 'hr.helpDeskSettings.catalogue.title',
      },
      {
        path: 'catalogue/types/:id',
        loadComponent: () => import('./catalogue/request-type-editor-page').then((page) => page.RequestTypeEditorPage),
        canDeactivate: [unsavedChangesGuard],
        title: 'hr.helpDeskSettings.catalogue.typeTitle',
      },
    ],
  },
] satisfies Routes;
