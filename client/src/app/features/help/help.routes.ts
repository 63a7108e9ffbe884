import type { Routes } from '@angular/router';

import { NotAvailable } from '../../shared/ui/not-available/not-available';

/** Until this feature is built, its routes say so plainly. */
export default [
  { path: '', component: NotAvailable, title: 'nav.help', data: { feature: 'nav.help' } },
  { path: '**', component: NotAvailable, title: 'nav.help', data: { feature: 'nav.help' } },
] satisfies Routes;
