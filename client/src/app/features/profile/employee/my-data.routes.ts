import type { Routes } from '@angular/router';

import { unsavedChangesGuard } from '../../../core/drafts/unsaved-changes.guard';
import { MyHistoryPage } from './history-page';
import { MyDataPage } from './my-data-page';
import { provideMyDataIcons } from './my-data-icons';

/** My data (/my-data): a person's own record, and its history (/my-data/history). */
export default [
  {
    path: '',
    providers: [provideMyDataIcons()],
    children: [
      { path: '', component: MyDataPage, title: 'profile.title', canDeactivate: [unsavedChangesGuard] },
      { path: 'history', component: MyHistoryPage, title: 'profile.history.title' },
    ],
  },
] satisfies Routes;
