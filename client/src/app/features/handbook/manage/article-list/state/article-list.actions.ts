import { createActionGroup, emptyProps, props } from '@ngrx/store';
import type { BulkResult, ManagedArticleRow, NewDraft, NewDraftResult } from '@portico/shared/handbook/handbook.schemas';

import type { ArticleAction, ArticleListFilters } from '../../manage-api';
import type { ShownProblem } from '../../../../../core/http/problem';

export const ArticleListActions = createActionGroup({
  source: 'HR Article List',
  events: {
    Opened: emptyProps(),
    'Filters Changed': props<{ filters: Partial<ArticleListFilters> }>(),
    Loaded: props<{ articles: ManagedArticleRow[] }>(),
    'Load Failed': props<{ status: number }>(),
    'Selection Changed': props<{ slugs: string[]; selected: boolean }>(),
    'Selection Cleared': emptyProps(),
    'Bulk Requested': props<{ action: ArticleAction }>(),
    'Bulk Completed': props<{ action: ArticleAction; result: BulkResult }>(),
    'Bulk Failed': props<{ action: ArticleAction; problem: ShownProblem }>(),
    'Bulk Report Dismissed': emptyProps(),
    'New Draft Requested': props<{ draft: NewDraft }>(),
    'Draft Created': props<{ created: NewDraftResult }>(),
    'Draft Failed': props<{ problem: ShownProblem }>(),
  },
});
