import { createFeature, createReducer, on } from '@ngrx/store';
import type { MyTickets, RequesterTicket } from '@portico/shared/tickets/tickets.schemas';

import type { ShownProblem } from '../../../../core/http/problem';
import { mergeConversation } from '../../conversation/conversation';
import { RequestsActions, type RequesterAction } from './requests.actions';

export type LoadStatus = 'idle' | 'loading' | 'loaded' | 'notFound' | 'failed';

export interface RequestsState {
  list: MyTickets | null;
  listStatus: LoadStatus;
  ticket: RequesterTicket | null;
  ticketStatus: LoadStatus;
  /** The action under way or last done on the ticket shown, and how it went. */
  action: { kind: RequesterAction; status: 'saving' | 'done' | 'failed'; problem: ShownProblem | null } | null;
}

const initialState: RequestsState = { list: null, listStatus: 'idle', ticket: null, ticketStatus: 'idle', action: null };

const saving =
  (kind: RequesterAction) =>
  (state: RequestsState): RequestsState => ({ ...state, action: { kind, status: 'saving', problem: null } });

export const requestsFeature = createFeature({
  name: 'helpRequests',
  reducer: createReducer(
    initialState,
    on(RequestsActions.listOpened, (state): RequestsState => ({ ...state, listStatus: 'loading' })),
    on(RequestsActions.listLoaded, (state, { list }): RequestsState => ({ ...state, list, listStatus: 'loaded' })),
    on(RequestsActions.listFailed, (state): RequestsState => ({ ...state, listStatus: 'failed' })),
    on(RequestsActions.ticketOpened, (state, { reference }): RequestsState => ({
      ...state,
      ticket: state.ticket?.id === reference ? state.ticket : null,
      ticketStatus: 'loading',
      action: null,
    })),
    on(RequestsActions.ticketLoaded, (state, { ticket }): RequestsState => ({
      ...state,
      ticket: mergeConversation(ticket),
      ticketStatus: 'loaded',
    })),
    on(RequestsActions.ticketFailed, (state, { status }): RequestsState => ({ ...state, ticketStatus: status === 404 ? 'notFound' : 'failed' })),
    on(RequestsActions.earlierMessagesLoaded, (state, { ticket }): RequestsState =>
      state.ticket?.id === ticket.id ? { ...state, ticket: { ...mergeConversation(state.ticket, ticket), olderMessages: ticket.olderMessages } } : state,
    ),
    on(RequestsActions.replySent, saving('reply')),
    on(RequestsActions.closeClicked, saving('close')),
    on(RequestsActions.reopenClicked, saving('reopen')),
    on(RequestsActions.ratingSent, saving('rate')),
    on(RequestsActions.actionDone, (state, { action, ticket }): RequestsState => ({
      ...state,
      // The answer carries the latest messages; earlier ones already shown stay.
      ticket: state.ticket?.id === ticket.id ? mergeConversation(ticket, state.ticket) : mergeConversation(ticket),
      action: { kind: action, status: 'done', problem: null },
    })),
    on(RequestsActions.actionFailed, (state, { action, problem }): RequestsState => ({ ...state, action: { kind: action, status: 'failed', problem } })),
  ),
});
