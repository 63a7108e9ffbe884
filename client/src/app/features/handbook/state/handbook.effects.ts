import { HttpErrorResponse } from '@angular/common/http';
import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { TranslocoService } from '@jsverse/transloco';
import { catchError, EMPTY, map, of, switchMap } from 'rxjs';

import { HandbookApi } from '../handbook-api';
import { HandbookActions } from './handbook.actions';

const status = (error: unknown) => (error instanceof HttpErrorResponse ? error.status : 0);

export const loadHome = createEffect(
  (actions = inject(Actions), api = inject(HandbookApi), transloco = inject(TranslocoService)) =>
    actions.pipe(
      ofType(HandbookActions.homeOpened),
      switchMap(() =>
        api.home(transloco.getActiveLang()).pipe(
          map((home) => HandbookActions.homeLoaded({ home })),
          catchError((error: unknown) => of(HandbookActions.loadFailed({ what: 'home', status: status(error) }))),
        ),
      ),
    ),
  { functional: true },
);

export const loadArticle = createEffect(
  (actions = inject(Actions), api = inject(HandbookApi), transloco = inject(TranslocoService)) =>
    actions.pipe(
      ofType(HandbookActions.articleOpened),
      switchMap(({ slug }) =>
        api.article(slug, transloco.getActiveLang()).pipe(
          map((article) => HandbookActions.articleLoaded({ article })),
          catchError((error: unknown) => of(HandbookActions.loadFailed({ what: 'article', status: status(error) }))),
        ),
      ),
    ),
  { functional: true },
);

export const search = createEffect(
  (actions = inject(Actions), api = inject(HandbookApi)) =>
    actions.pipe(
      ofType(HandbookActions.searchSubmitted),
      switchMap(({ parameters }) =>
        api.search(parameters).pipe(
          map((result) => HandbookActions.searchCompleted({ parameters, result })),
          catchError((error: unknown) => of(HandbookActions.loadFailed({ what: 'search', status: status(error) }))),
        ),
      ),
    ),
  { functional: true },
);

/** Which result people open tells HR which searches work; failures to record are not the reader's problem. */
export const recordOpened = createEffect(
  (actions = inject(Actions), api = inject(HandbookApi)) =>
    actions.pipe(
      ofType(HandbookActions.resultOpened),
      switchMap(({ searchId, slug }) => api.resultOpened(searchId, slug).pipe(catchError(() => EMPTY))),
    ),
  { functional: true, dispatch: false },
);
