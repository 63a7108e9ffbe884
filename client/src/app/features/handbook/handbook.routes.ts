import type { Routes } from '@angular/router';

import { NotAvailable } from '../../shared/ui/not-available/not-available';

/** Until this feature is built, its route says so plainly. */
export default [{ path: '', component: NotAvailable, title: 'nav.handbook', data: { feature: 'nav.handbook' } }] satisfies Routes;
