import { createEntityAdapter, type EntityState } from '@ngrx/entity';
import { createFeature, createReducer, createSelector, on } from '@ngrx/store';
import type { BulkResult, ManagedArticleRow } from '@portico/shared/handbook/handbook.schemas';

import type { ArticleAction, ArticleListFilters } from '../../manage-api';
import type { ShownProblem } from '../../../../../core/http/problem';
import { ArticleListActions } from './article-list.actions';

export type ListStatus = 'idle' | 'loading' | 'loaded' | 'failed';

/** The outcome of the last bulk action, kept until dismissed so failures can be read. */
export interface BulkReport {
  action: ArticleAction;
  result: BulkResult | null;
  problem: ShownProblem | null;
}

export interface ArticleListState extends EntityState<ManagedArticleRow> {
  filters: ArticleListFilters;
  status: ListStatus;
  selected: string[];
  bulkRunning: ArticleAction | null;
  bulkReport: BulkReport | null;
  creatingDraft: boolean;
  draftProblem: ShownProblem | null;
}

const adapter = createEntityAdapter<ManagedArticleRow>({ selectId: (row) => row.slug });

export const initialArticleListState: ArticleListState = adapter.getInitialState({
  filters: { status: null, stale: false, q: '' },
  status: 'idle',
  selected: [],
  bulkRunning: null,
  bulkReport: null,
  creatingDraft: false,
  draftProblem: null,
});

export const articleListFeature = createFeature({
  name: 'hrArticleList',
  reducer: createReducer(
    initialArticleListState,
    on(ArticleListActions.opened, (state): ArticleListState => ({ ...state, status: 'loading' })),
    on(ArticleListActions.filtersChanged, (state, { filters }): ArticleListState => ({
      ...state,
      filters: { ...state.filters, ...filters },
      status: 'loading',
    })),
    on(ArticleListActions.loaded, (state, { articles }): ArticleListState => {
      const present = new Set(articles.map((row) => row.slug));
      // A selection never holds articles the list no longer shows: bulk actions act on what is seen.
      return adapter.setAll(articles, { ...state, status: 'loaded', selected: state.selected.filter((slug) => present.has(slug)) });
    }),
    on(ArticleListActions.loadFailed, (state): ArticleListState => ({ ...state, status: 'failed' })),
    on(ArticleListActions.selectionChanged, (state, { slugs, selected }): ArticleListState => {
      const next = new Set(state.selected);
      for (const slug of slugs) {
        if (selected) next.add(slug);
        else next.delete(slug);
      }
      return { ...state, selected: [...next] };
    }),
    on(ArticleListActions.selectionCleared, (state): ArticleListState => ({ ...state, selected: [] })),
    on(ArticleListActions.bulkRequested, (state, { action }): ArticleListState => ({ ...state, bulkRunning: action, bulkReport: null })),
    on(ArticleListActions.bulkCompleted, (state, { action, result }): ArticleListState => ({
      ...state,
      bulkRunning: null,
      bulkReport: { action, result, problem: null },
      // What failed stays selected, ready for another try once fixed.
      selected: result.failed.map((failure) => failure.slug),
    })),
    on(ArticleListActions.bulkFailed, (state, { action, problem }): ArticleListState => ({
      ...state,
      bulkRunning: null,
      bulkReport: { action, result: null, problem },
    })),
    on(ArticleListActions.bulkReportDismissed, (state): ArticleListState => ({ ...state, bulkReport: null })),
    on(ArticleListActions.newDraftRequested, (state): ArticleListState => ({ ...state, creatingDraft: true, draftProblem: null })),
    on(ArticleListActions.draftCreated, (state): ArticleListState => ({ ...state, creatingDraft: false })),
    on(ArticleListActions.draftFailed, (state, { problem }): ArticleListState => ({ ...state, creatingDraft: false, draftProblem: problem })),
  ),
  extraSelectors: ({ selectHrArticleListState, selectSelected }) => {
    const { selectAll } = adapter.getSelectors(selectHrArticleListState);
    return {
      selectArticles: selectAll,
      selectAllSelected: createSelector(selectAll, selectSelected, (rows, selected) => rows.length > 0 && rows.every((row) => selected.includes(row.slug))),
    };
  },
});
