import type { Routes } from '@angular/router';

import { unsavedChangesGuard } from '../../../core/drafts/unsaved-changes.guard';
import { FieldPolicyPage } from './field-policy-page';

/** The profile's HR settings (/hr/people, `settings.manage`, guarded where it is mounted). */
export default [{ path: 'field-policy', component: FieldPolicyPage, title: 'profileSettings.title', canDeactivate: [unsavedChangesGuard] }] satisfies Routes;
