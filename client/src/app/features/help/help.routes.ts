import type { Routes } from '@angular/router';
import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';

import { AskPage } from './ask/ask-page';
import { provideHelpIcons } from './help-icons';
import { RequestPage } from './request/request-page';
import { ConversationPage } from './requests/conversation-page';
import { MyRequestsPage } from './requests/my-requests-page';
import { SentPage } from './request/sent-page';
import * as askEffects from './state/ask.effects';
import { askFeature } from './state/ask.feature';
import * as requestsEffects from './state/requests.effects';
import { requestsFeature } from './state/requests.feature';
import { upload, uploadsFeature } from './state/uploads';

/** Help (/help): ask a question, write to HR, follow one's requests. */
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
      { path: 'new', component: RequestPage, title: 'help.request.title' },
      { path: 'sent/:reference', component: SentPage, title: 'help.sent.title' },
      { path: 'requests', component: MyRequestsPage, title: 'help.requests.title' },
      { path: 'requests/:reference', component: ConversationPage, title: 'help.conversation.pageTitle' },
    ],
  },
] satisfies Routes;
