import { createFeature, createReducer, createSelector, on } from '@ngrx/store';
import type { ArticleView, HandbookHome, PendingPolicy, SearchResult } from '@portico/shared/handbook/handbook.schemas';

import type { SearchParameters } from '../handbook-api';
import { HandbookActions } from './handbook.actions';

/** `limited`: the server's rate limit answered 429 (too many searches in a few seconds). */
export type LoadStatus = 'idle' | 'loading' | 'loaded' | 'notFound' | 'limited' | 'failed';
export type SaveStatus = 'idle' | 'saving' | 'saved' | 'failed';

export interface HandbookState {
  home: HandbookHome | null;
  homeStatus: LoadStatus;
  article: ArticleView | null;
  articleStatus: LoadStatus;
  searchParameters: SearchParameters | null;
  searchResult: SearchResult | null;
  searchStatus: LoadStatus;
  /** Policies the reader still has to acknowledge. */
  pendingPolicies: PendingPolicy[];
  /** The acknowledgement of the article shown. */
  acknowledgeStatus: SaveStatus;
  /** "Was this helpful?" answers sent from this page, by article. */
  feedback: Record<string, SaveStatus>;
}

const initialState: HandbookState = {
  home: null,
  homeStatus: 'idle',
  article: null,
  articleStatus: 'idle',
  searchParameters: null,
  searchResult: null,
  searchStatus: 'idle',
  pendingPolicies: [],
  acknowledgeStatus: 'idle',
  feedback: {},
};

/** Overdue first, then the soonest due; policies without a due date last. */
const byUrgency = (a: PendingPolicy, b: PendingPolicy) => Number(b.overdue) - Number(a.overdue) || (a.dueAt ?? '\uffff').localeCompare(b.dueAt ?? '\uffff');

export const handbookFeature = createFeature({
  name: 'handbook',
  reducer: createReducer(
    initialState,
    on(HandbookActions.homeOpened, (state): HandbookState => ({ ...state, homeStatus: 'loading' })),
    on(HandbookActions.homeLoaded, (state, { home }): HandbookState => ({ ...state, home, homeStatus: 'loaded' })),
    on(HandbookActions.articleOpened, (state): HandbookState => ({ ...state, articleStatus: 'loading', acknowledgeStatus: 'idle' })),
    on(HandbookActions.articleLoaded, (state, { article }): HandbookState => ({ ...state, article, articleStatus: 'loaded' })),
    on(HandbookActions.searchSubmitted, (state, { parameters }): HandbookState => ({ ...state, searchParameters: parameters, searchStatus: 'loading' })),
    on(HandbookActions.searchCompleted, (state, { parameters, result }): HandbookState => ({
      ...state,
      searchParameters: parameters,
      searchResult: result,
      searchStatus: 'loaded',
    })),
    on(HandbookActions.loadFailed, (state, { what, status }): HandbookState => ({
      ...state,
      [`${what}Status`]: status === 404 ? 'notFound' : status === 429 ? 'limited' : 'failed',
      ...(what === 'article' ? { article: null } : {}),
    })),
    on(HandbookActions.pendingPoliciesLoaded, (state, { policies }): HandbookState => ({ ...state, pendingPolicies: policies })),
    on(HandbookActions.acknowledgeClicked, (state): HandbookState => ({ ...state, acknowledgeStatus: 'saving' })),
    on(HandbookActions.acknowledged, (state, { slug, acknowledgement }): HandbookState => ({
      ...state,
      acknowledgeStatus: 'saved',
      article: state.article?.slug === slug ? { ...state.article, acknowledgement } : state.article,
      pendingPolicies: state.pendingPolicies.filter((policy) => policy.slug !== slug),
    })),
    on(HandbookActions.acknowledgeFailed, (state): HandbookState => ({ ...state, acknowledgeStatus: 'failed' })),
    on(HandbookActions.feedbackSent, (state, { slug }): HandbookState => ({ ...state, feedback: { ...state.feedback, [slug]: 'saving' } })),
    on(HandbookActions.feedbackSaved, (state, { slug }): HandbookState => ({ ...state, feedback: { ...state.feedback, [slug]: 'saved' } })),
    on(HandbookActions.feedbackFailed, (state, { slug }): HandbookState => ({ ...state, feedback: { ...state.feedback, [slug]: 'failed' } })),
  ),
  extraSelectors: ({ selectPendingPolicies }) => ({
    selectPendingByUrgency: createSelector(selectPendingPolicies, (policies) => [...policies].sort(byUrgency)),
  }),
});
