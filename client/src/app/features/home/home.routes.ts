import type { Routes } from '@angular/router';

import { HomePage } from './home-page';

export default [{ path: '', component: HomePage, title: 'nav.home' }] satisfies Routes;
