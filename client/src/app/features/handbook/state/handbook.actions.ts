import { createActionGroup, emptyProps, props } from '@ngrx/store';
import type { Acknowledgement, ArticleView, Feedback, HandbookHome, PendingPolicy, SearchResult } from '@portico/shared/handbook/handbook.schemas';

import type { SearchParameters } from '../handbook-api';

export const HandbookActions = createActionGroup({
  source: 'Handbook',
  events: {
    'Home Opened': emptyProps(),
    'Home Loaded': props<{ home: HandbookHome }>(),
    'Article Opened': props<{ slug: string }>(),
    'Article Loaded': props<{ article: ArticleView }>(),
    'Search Submitted': props<{ parameters: SearchParameters }>(),
    'Search Completed': props<{ parameters: SearchParameters; result: SearchResult }>(),
    'Result Opened': props<{ searchId: string; slug: string }>(),
    'Load Failed': props<{ what: 'home' | 'article' | 'search'; status: number }>(),
    'Pending Policies Loaded': props<{ policies: PendingPolicy[] }>(),
    /** `language`: the language of the text the person read. */
    'Acknowledge Clicked': props<{ slug: string; language: string }>(),
    Acknowledged: props<{ slug: string; acknowledgement: Acknowledgement }>(),
    'Acknowledge Failed': props<{ slug: string; status: number }>(),
    'Feedback Sent': props<{ slug: string; feedback: Feedback }>(),
    'Feedback Saved': props<{ slug: string }>(),
    'Feedback Failed': props<{ slug: string; status: number }>(),
  },
});
