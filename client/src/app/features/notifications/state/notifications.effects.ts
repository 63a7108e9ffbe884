import { HttpErrorResponse } from '@angular/common/http';
import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { Store } from '@ngrx/store';
import { catchError, distinctUntilChanged, EMPTY, exhaustMap, filter, map, merge, mergeMap, of, switchMap, throttleTime, timer } from 'rxjs';

import { authFeature } from '../../../core/auth/state/auth.feature';
import { NotificationsApi } from '../notifications-api';
import { NotificationsActions } from './notifications.actions';
import { ACTIVE_WITHIN_MS, PageAttention, POLL_INTERVAL_MS, REFRESH_AT_MOST_EVERY_MS } from './page-attention';

/**
 * While signed in: a refresh when the page shows, then every minute while it stays on
 * screen and someone is using it, and whenever the window gets the focus back.
 */
export const poll = createEffect(
  (store = inject(Store), attention = inject(PageAttention)) =>
    store.select(authFeature.selectStatus).pipe(
      map((status) => status === 'signedIn'),
      distinctUntilChanged(),
      switchMap((signedIn) =>
        signedIn
          ? merge(
              attention.visible$.pipe(
                switchMap((visible) => (visible ? timer(0, POLL_INTERVAL_MS) : EMPTY)),
                // The first tick is the page showing, which is someone looking at it.
                filter((tick) => tick === 0 || attention.activeWithin(ACTIVE_WITHIN_MS)),
              ),
              attention.focused$,
            ).pipe(
              throttleTime(REFRESH_AT_MOST_EVERY_MS),
              map(() => NotificationsActions.refreshDue()),
            )
          : EMPTY,
      ),
    ),
  { functional: true },
);

export const load = createEffect(
  (actions = inject(Actions), api = inject(NotificationsApi)) =>
    actions.pipe(
      ofType(NotificationsActions.refreshDue, NotificationsActions.menuOpened),
      exhaustMap(() =>
        api.list().pipe(
          map((list) => NotificationsActions.loaded({ list })),
          catchError((error: unknown) => of(NotificationsActions.loadFailed({ status: error instanceof HttpErrorResponse ? error.status : 0 }))),
        ),
      ),
    ),
  { functional: true },
);

/** Shown as read at once (reducer); a failure here is corrected by the next refresh. */
export const markRead = createEffect(
  (actions = inject(Actions), api = inject(NotificationsApi)) =>
    actions.pipe(
      ofType(NotificationsActions.notificationOpened),
      filter(({ notification }) => notification.readAt === null),
      mergeMap(({ notification }) => api.markRead(notification.id).pipe(catchError(() => EMPTY))),
    ),
  { functional: true, dispatch: false },
);

export const markAllRead = createEffect(
  (actions = inject(Actions), api = inject(NotificationsApi)) =>
    actions.pipe(
      ofType(NotificationsActions.markAllReadClicked),
      exhaustMap(() => api.markAllRead().pipe(catchError(() => EMPTY))),
    ),
  { functional: true, dispatch: false },
);
