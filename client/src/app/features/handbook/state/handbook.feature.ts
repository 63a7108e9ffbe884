import { createFeature, createReducer, on } from '@ngrx/store';
import type { ArticleView, HandbookHome, SearchResult } from '@portico/shared/handbook/handbook.schemas';

import type { SearchParameters } from '../handbook-api';
import { HandbookActions } from './handbook.actions';

export type LoadStatus = 'idle' | 'loading' | 'loaded' | 'notFound' | 'failed';

export interface HandbookState {
  home: HandbookHome | null;
  homeStatus: LoadStatus;
  article: ArticleView | null;
  articleStatus: LoadStatus;
  searchParameters: SearchParameters | null;
  searchResult: SearchResult | null;
  searchStatus: LoadStatus;
}

const initialState: HandbookState = {
  home: null,
  homeStatus: 'idle',
  article: null,
  articleStatus: 'idle',
  searchParameters: null,
  searchResult: null,
  searchStatus: 'idle',
};

export const handbookFeature = createFeature({
  name: 'handbook',
  reducer: createReducer(
    initialState,
    on(HandbookActions.homeOpened, (state): HandbookState => ({ ...state, homeStatus: 'loading' })),
    on(HandbookActions.homeLoaded, (state, { home }): HandbookState => ({ ...state, home, homeStatus: 'loaded' })),
    on(HandbookActions.articleOpened, (state): HandbookState => ({ ...state, articleStatus: 'loading' })),
    on(HandbookActions.articleLoaded, (state, { article }): HandbookState => ({ ...state, article, articleStatus: 'loaded' })),
    on(HandbookActions.searchSubmitted, (state, { parameters }): HandbookState => ({ ...state, searchParameters: parameters, searchStatus: 'loading' })),
    on(HandbookActions.searchCompleted, (state, { parameters, result }): HandbookState => ({ ...state, searchParameters: parameters, searchResult: result, searchStatus: 'loaded' })),
    on(HandbookActions.loadFailed, (state, { what, status }): HandbookState => ({
      ...state,
      [`${what}Status`]: status === 404 ? 'notFound' : 'failed',
      ...(what === 'article' ? { article: null } : {}),
    })),
  ),
});
