import { createFeature, createReducer, createSelector, on } from '@ngrx/store';
import type { ArticleView } from '@portico/shared/handbook/handbook.schemas';
import type { Catalogue, CatalogueRequestType } from '@portico/shared/tickets/catalogue.schemas';

import type { ShownProblem } from '../../../../core/http/problem';
import { AskActions, type SuggestedArticle } from './ask.actions';

export type LoadStatus = 'idle' | 'loading' | 'loaded' | 'failed';

export interface AskState {
  /** The question in the person's words, kept from the first step to the form. */
  question: string;
  /** The words the suggestions shown were found for. */
  suggestionsQuery: string;
  suggestions: SuggestedArticle[];
  /** The article read in place, if any. */
  reading: { slug: string; status: LoadStatus; article: ArticleView | null } | null;
  /** The article that answered the question: the page thanks the person. */
  answeredBy: string | null;
  catalogue: Catalogue | null;
  catalogueStatus: LoadStatus;
  submitStatus: 'idle' | 'saving' | 'failed';
  submitProblem: ShownProblem | null;
}

const initialState: AskState = {
  question: '',
  suggestionsQuery: '',
  suggestions: [],
  reading: null,
  answeredBy: null,
  catalogue: null,
  catalogueStatus: 'idle',
  submitStatus: 'idle',
  submitProblem: null,
};

export const askFeature = createFeature({
  name: 'helpAsk',
  reducer: createReducer(
    initialState,
    on(AskActions.questionChanged, AskActions.questionKept, (state, { question }): AskState => ({ ...state, question })),
    on(AskActions.suggestionsLoaded, (state, { query, articles }): AskState => ({ ...state, suggestionsQuery: query, suggestions: articles })),
    on(AskActions.articleOpened, (state, { slug }): AskState => ({ ...state, reading: { slug, status: 'loading', article: null } })),
    on(AskActions.articleLoaded, (state, { article }): AskState =>
      state.reading?.slug === article.slug ? { ...state, reading: { slug: article.slug, status: 'loaded', article } } : state,
    ),
    on(AskActions.articleFailed, (state, { slug }): AskState =>
      state.reading?.slug === slug ? { ...state, reading: { slug, status: 'failed', article: null } } : state,
    ),
    on(AskActions.articleClosed, (state): AskState => ({ ...state, reading: null })),
    on(AskActions.answered, (state, { articleSlug }): AskState => ({ ...state, answeredBy: articleSlug, reading: null })),
    on(AskActions.startedOver, AskActions.created, (state): AskState => ({
      ...initialState,
      catalogue: state.catalogue,
      catalogueStatus: state.catalogueStatus,
    })),
    on(AskActions.catalogueWanted, (state, { language }): AskState =>
      state.catalogue?.language === language ? state : { ...state, catalogueStatus: 'loading' },
    ),
    on(AskActions.catalogueLoaded, (state, { catalogue }): AskState => ({ ...state, catalogue, catalogueStatus: 'loaded' })),
    on(AskActions.catalogueFailed, (state): AskState => ({ ...state, catalogueStatus: 'failed' })),
    on(AskActions.submitted, (state): AskState => ({ ...state, submitStatus: 'saving', submitProblem: null })),
    on(AskActions.submitFailed, (state, { problem }): AskState => ({ ...state, submitStatus: 'failed', submitProblem: problem })),
  ),
  extraSelectors: ({ selectCatalogue }) => ({
    selectRequestTypes: createSelector(
      selectCatalogue,
      (catalogue): CatalogueRequestType[] => catalogue?.categories.flatMap((category) => category.types) ?? [],
    ),
  }),
});
