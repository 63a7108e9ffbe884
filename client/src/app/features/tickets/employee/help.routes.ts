import type { Routes } from '@angular/router';
import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';

import { AskPage } from './ask/ask-page';
import { provideHelpIcons } from './help-icons';
import * as askEffects from './state/ask.effects';
import { askFeature } from './state/ask.feature';
import * as requestsEffects from './state/requests.effects';
import { requestsFeature } from './state/requests.feature';
import { upload, uploadsFeature } from './state/uploads';

/**
 * Help (/help): ask a question, write to HR, follow one's requests. The pages with forms
 * load on their own: they bring the shared zod rules, which the question page does not need.
 */
export default [
  {
    path: '',
    providers: [
      provideState(askFeature),
      provideState(uploadsFeature),
      provideState(requestsFeature),
      provideEffects(askEffects, requestsEffects, { upload }),
      provideHelpIcons(),
    ],
    children: [
      { path: '', component: AskPage, title: 'help.ask.title' },
      { path: 'new', loadComponent: () => import('./request/request-page').then((page) => page.RequestPage), title: 'help.request.title' },
      { path: 'sent/:reference', loadComponent: () => import('./request/sent-page').then((page) => page.SentPage), title: 'help.sent.title' },
      { path: 'requests', loadComponent: () => import('./requests/my-requests-page').then((page) => page.MyRequestsPage), title: 'help.requests.title' },
      {
        path: 'requests/:reference',
        loadComponent: () => import('./requests/conversation-page').then((page) => page.ConversationPage),
        title: 'help.conversation.pageTitle',
      },
    ],
  },
] satisfies Routes;
