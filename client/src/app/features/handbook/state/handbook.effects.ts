import { HttpErrorResponse } from '@angular/common/http';
import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { TranslocoService } from '@jsverse/transloco';
import { catchError, EMPTY, exhaustMap, map, mergeMap, of, switchMap, tap } from 'rxjs';

import { FeedbackMemory } from '../article-feedback/feedback-memory';
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

/** The home page's "To acknowledge": when it cannot be loaded, the section stays hidden. */
export const loadPendingPolicies = createEffect(
  (actions = inject(Actions), api = inject(HandbookApi)) =>
    actions.pipe(
      ofType(HandbookActions.homeOpened),
      switchMap(() =>
        api.pendingPolicies().pipe(
          map(({ policies }) => HandbookActions.pendingPoliciesLoaded({ policies })),
          catchError(() => EMPTY),
        ),
      ),
    ),
  { functional: true },
);

export const acknowledge = createEffect(
  (actions = inject(Actions), api = inject(HandbookApi)) =>
    actions.pipe(
      ofType(HandbookActions.acknowledgeClicked),
      exhaustMap(({ slug, language }) =>
        api.acknowledge(slug, language).pipe(
          map((acknowledgement) => HandbookActions.acknowledged({ slug, acknowledgement })),
          catchError((error: unknown) => of(HandbookActions.acknowledgeFailed({ slug, status: status(error) }))),
        ),
      ),
    ),
  { functional: true },
);

export const sendFeedback = createEffect(
  (actions = inject(Actions), api = inject(HandbookApi), memory = inject(FeedbackMemory)) =>
    actions.pipe(
      ofType(HandbookActions.feedbackSent),
      mergeMap(({ slug, feedback }) =>
        api.feedback(slug, feedback).pipe(
          tap(() => memory.remember(slug)),
          map(() => HandbookActions.feedbackSaved({ slug })),
          catchError((error: unknown) => of(HandbookActions.feedbackFailed({ slug, status: status(error) }))),
        ),
      ),
    ),
  { functional: true },
);
