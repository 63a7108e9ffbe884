import type { Routes } from '@angular/router';

import { SignedOutPage } from './signed-out-page';

export default [{ path: '', component: SignedOutPage, title: 'signedOut.title' }] satisfies Routes;
