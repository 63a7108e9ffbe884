import { createActionGroup, emptyProps, props } from '@ngrx/store';
import type { ArticleView, HandbookHome, SearchResult } from '@portico/shared/handbook/handbook.schemas';

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
  },
});
