import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { concatLatestFrom } from '@ngrx/operators';
import { Store } from '@ngrx/store';
import { catchError, map, of, switchMap, EMPTY } from 'rxjs';

import { problemOf } from '../../../../core/http/problem';
import { HelpApi } from '../../employee/help-api';
import { AgentTicketsApi } from '../tickets-api';
import { QueueActions } from './queue.actions';
import { QUEUE_PAGE_SIZE, queueFeature } from './queue.feature';

/** A newer query cancels an older one still on its way. */
export const loadQueue = createEffect(
  (actions = inject(Actions), store = inject(Store), api = inject(AgentTicketsApi)) =>
    actions.pipe(
      ofType(QueueActions.opened, QueueActions.queryChanged, QueueActions.pageChanged, QueueActions.filtersCleared),
      concatLatestFrom(() => [store.select(queueFeature.selectFilters), store.select(queueFeature.selectPage)]),
      switchMap(([, filters, page]) =>
        api
          .queue({
            view: filters.view,
            sort: filters.sort,
            state: filters.state ?? undefined,
            category: filters.category ?? undefined,
            teamId: filters.teamId ?? undefined,
            q: filters.q.trim() || undefined,
            page,
            pageSize: QUEUE_PAGE_SIZE,
          })
          .pipe(
            map((queue) => QueueActions.loaded({ queue })),
            catchError((error: unknown) => of(QueueActions.loadFailed({ status: problemOf(error).status }))),
          ),
      ),
    ),
  { functional: true },
);

/** Team and request type names for the rows and the filters; the queue works without them. */
export const loadCatalogue = createEffect(
  (actions = inject(Actions), api = inject(HelpApi)) =>
    actions.pipe(
      ofType(QueueActions.opened),
      switchMap(() =>
        api.catalogue().pipe(
          map((catalogue) => QueueActions.catalogueLoaded({ catalogue })),
          catchError(() => EMPTY),
        ),
      ),
    ),
  { functional: true },
);
