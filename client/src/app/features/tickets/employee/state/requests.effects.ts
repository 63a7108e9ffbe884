import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { catchError, exhaustMap, filter, map, merge, of, switchMap, type Observable } from 'rxjs';
import type { RequesterTicket } from '@portico/shared/tickets/tickets.schemas';

import { HelpApi } from '../help-api';
import { problemOf } from '../../../../core/http/problem';
import { RequestsActions, type RequesterAction } from './requests.actions';
import { replyFilesKey, UploadActions } from './uploads';

export const loadList = createEffect(
  (actions = inject(Actions), api = inject(HelpApi)) =>
    actions.pipe(
      ofType(RequestsActions.listOpened),
      switchMap(({ page }) =>
        api.myTickets(page).pipe(
          map((list) => RequestsActions.listLoaded({ list })),
          catchError((error: unknown) => of(RequestsActions.listFailed({ status: problemOf(error).status }))),
        ),
      ),
    ),
  { functional: true },
);

export const loadTicket = createEffect(
  (actions = inject(Actions), api = inject(HelpApi)) =>
    actions.pipe(
      ofType(RequestsActions.ticketOpened),
      switchMap(({ reference }) =>
        api.ticket(reference).pipe(
          map((ticket) => RequestsActions.ticketLoaded({ ticket })),
          catchError((error: unknown) => of(RequestsActions.ticketFailed({ reference, status: problemOf(error).status }))),
        ),
      ),
    ),
  { functional: true },
);

export const loadEarlierMessages = createEffect(
  (actions = inject(Actions), api = inject(HelpApi)) =>
    actions.pipe(
      ofType(RequestsActions.earlierMessagesWanted),
      exhaustMap(({ reference, before }) =>
        api.ticket(reference, before).pipe(
          map((ticket) => RequestsActions.earlierMessagesLoaded({ ticket })),
          catchError((error: unknown) => of(RequestsActions.ticketFailed({ reference, status: problemOf(error).status }))),
        ),
      ),
    ),
  { functional: true },
);

/** Reply, close, reopen and rate: one at a time; the server decides, and says why when it refuses. */
export const act = createEffect(
  (actions = inject(Actions), api = inject(HelpApi)) => {
    const run = (action: RequesterAction, request: Observable<RequesterTicket>) =>
      request.pipe(
        map((ticket) => RequestsActions.actionDone({ action, ticket })),
        catchError((error: unknown) => of(RequestsActions.actionFailed({ action, problem: problemOf(error) }))),
      );
    return merge(
      actions.pipe(
        ofType(RequestsActions.replySent),
        exhaustMap(({ reference, reply }) => run('reply', api.reply(reference, reply))),
      ),
      actions.pipe(
        ofType(RequestsActions.closeClicked),
        exhaustMap(({ reference }) => run('close', api.move(reference, 'close'))),
      ),
      actions.pipe(
        ofType(RequestsActions.reopenClicked),
        exhaustMap(({ reference }) => run('reopen', api.move(reference, 'reopen'))),
      ),
      actions.pipe(
        ofType(RequestsActions.ratingSent),
        exhaustMap(({ reference, rating }) => run('rate', api.rate(reference, rating))),
      ),
    );
  },
  { functional: true },
);

/** Sent with the reply: the reply box starts afresh. */
export const clearReplyFiles = createEffect(
  (actions = inject(Actions)) =>
    actions.pipe(
      ofType(RequestsActions.actionDone),
      filter(({ action }) => action === 'reply'),
      map(({ ticket }) => UploadActions.cleared({ prefix: replyFilesKey(ticket.id) })),
    ),
  { functional: true },
);
