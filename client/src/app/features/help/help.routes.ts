import type { Routes } from '@angular/router';
import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';

import { NotAvailable } from '../../shared/ui/not-available/not-available';
import { AskPage } from './ask/ask-page';
import { provideHelpIcons } from './help-icons';
import { RequestPage } from './request/request-page';
import { SentPage } from './request/sent-page';
import * as askEffects from './state/ask.effects';
import { askFeature } from './state/ask.feature';

/** Help (/help): ask a question, write to HR, follow one's requests. */
export default [
  {
    path: '',
    providers: [provideState(askFeature), provideEffects(askEffects), provideHelpIcons()],
    children: [
      { path: '', component: AskPage, title: 'help.ask.title' },
      { path: 'new', component: RequestPage, title: 'help.request.title' },
      { path: 'sent/:reference', component: SentPage, title: 'help.sent.title' },
      { path: '**', component: NotAvailable, title: 'nav.help', data: { feature: 'help.requests.title' } },
    ],
  },
] satisfies Routes;
