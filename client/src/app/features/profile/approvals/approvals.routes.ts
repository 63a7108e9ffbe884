import type { Routes } from '@angular/router';

import { ApprovalsPage } from './approvals-page';

/** Approvals (/approvals): what waits for a manager's, a delegate's or HR's decision. */
export default [{ path: '', component: ApprovalsPage, title: 'approvals.title' }] satisfies Routes;
