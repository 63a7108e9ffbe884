import type { Routes } from '@angular/router';

import { unsavedChangesGuard } from '../../../core/drafts/unsaved-changes.guard';
import { MyDataPage } from './my-data-page';
import { provideMyDataIcons } from './my-data-icons';

/** My data (/my-data): a person's own record. */
export default [
  { path: '', component: MyDataPage, title: 'profile.title', canDeactivate: [unsavedChangesGuard], providers: [provideMyDataIcons()] },
] satisfies Routes;
