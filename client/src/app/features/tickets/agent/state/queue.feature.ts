import { createFeature, createReducer, createSelector, on } from '@ngrx/store';
import type { TicketCategory } from '@portico/shared/tickets/catalogue.schemas';
import type { AgentView, Queue, TicketState, queueSorts } from '@portico/shared/tickets/tickets.schemas';

import { QueueActions } from './queue.actions';

export type QueueSort = (typeof queueSorts)[number];

/** What the agent picked: one view, one sort, optional filters and words. */
export interface QueueFilters {
  view: AgentView;
  sort: QueueSort;
  state: TicketState | null;
  category: TicketCategory | null;
  teamId: string | null;
  q: string;
}

export type QueueStatus = 'idle' | 'loading' | 'loaded' | 'failed';

export interface QueueState {
  filters: QueueFilters;
  page: number;
  queue: Queue | null;
  status: QueueStatus;
  /** Names from the catalogue, in the reader's language: teams and request types by id, categories in order. */
  teamNames: Record<string, string>;
  typeNames: Record<string, string>;
  categories: { id: TicketCategory; name: string }[];
}

export const QUEUE_PAGE_SIZE = 25;

export const initialFilters: QueueFilters = { view: 'mine', sort: 'priority', state: null, category: null, teamId: null, q: '' };

const initialState: QueueState = { filters: initialFilters, page: 1, queue: null, status: 'idle', teamNames: {}, typeNames: {}, categories: [] };

export const queueFeature = createFeature({
  name: 'hrTicketQueue',
  reducer: createReducer(
    initialState,
    // Back from a ticket, the queue shows what it showed while the fresh page loads.
    on(QueueActions.opened, (state): QueueState => ({ ...state, status: 'loading' })),
    on(QueueActions.queryChanged, (state, { changes }): QueueState => ({ ...state, filters: { ...state.filters, ...changes }, page: 1, status: 'loading' })),
    on(QueueActions.pageChanged, (state, { page }): QueueState => ({ ...state, page, status: 'loading' })),
    on(QueueActions.filtersCleared, (state): QueueState => ({
      ...state,
      filters: { ...initialFilters, view: state.filters.view, sort: state.filters.sort },
      page: 1,
      status: 'loading',
    })),
    on(QueueActions.loaded, (state, { queue }): QueueState => ({ ...state, queue, status: 'loaded' })),
    on(QueueActions.loadFailed, (state): QueueState => ({ ...state, status: 'failed' })),
    on(QueueActions.catalogueLoaded, (state, { catalogue }): QueueState => {
      const types = catalogue.categories.flatMap((category) => category.types);
      return {
        ...state,
        teamNames: Object.fromEntries(types.map((type) => [type.team.id, type.team.name])),
        typeNames: Object.fromEntries(types.map((type) => [type.id, type.name])),
        categories: catalogue.categories.map((category) => ({ id: category.id, name: category.name })),
      };
    }),
  ),
  extraSelectors: ({ selectFilters }) => ({
    /** Filters beyond the view and the sort narrow what the view shows. */
    selectFiltered: createSelector(selectFilters, (filters) => Boolean(filters.state || filters.category || filters.teamId || filters.q.trim())),
  }),
});
