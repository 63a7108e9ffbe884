import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { concatLatestFrom } from '@ngrx/operators';
import { Store } from '@ngrx/store';
import { catchError, exhaustMap, map, of, switchMap, tap } from 'rxjs';

import { HandbookManageApi } from '../../manage-api';
import { problemOf } from '../../../../../core/http/problem';
import { ArticleListActions } from './article-list.actions';
import { articleListFeature } from './article-list.feature';

export const loadArticles = createEffect(
  (actions = inject(Actions), store = inject(Store), api = inject(HandbookManageApi)) =>
    actions.pipe(
      ofType(ArticleListActions.opened, ArticleListActions.filtersChanged, ArticleListActions.bulkCompleted),
      concatLatestFrom(() => store.select(articleListFeature.selectFilters)),
      switchMap(([, filters]) =>
        api.articles(filters).pipe(
          map(({ articles }) => ArticleListActions.loaded({ articles })),
          catchError((error: unknown) => of(ArticleListActions.loadFailed({ status: problemOf(error).status }))),
        ),
      ),
    ),
  { functional: true },
);

export const runBulkAction = createEffect(
  (actions = inject(Actions), store = inject(Store), api = inject(HandbookManageApi)) =>
    actions.pipe(
      ofType(ArticleListActions.bulkRequested),
      concatLatestFrom(() => store.select(articleListFeature.selectSelected)),
      exhaustMap(([{ action }, slugs]) =>
        api.bulk({ action, slugs }).pipe(
          map((result) => ArticleListActions.bulkCompleted({ action, result })),
          catchError((error: unknown) => of(ArticleListActions.bulkFailed({ action, problem: problemOf(error) }))),
        ),
      ),
    ),
  { functional: true },
);

export const createDraft = createEffect(
  (actions = inject(Actions), api = inject(HandbookManageApi)) =>
    actions.pipe(
      ofType(ArticleListActions.newDraftRequested),
      exhaustMap(({ draft }) =>
        api.newDraft(draft).pipe(
          map((created) => ArticleListActions.draftCreated({ created })),
          catchError((error: unknown) => of(ArticleListActions.draftFailed({ problem: problemOf(error) }))),
        ),
      ),
    ),
  { functional: true },
);

/** A new draft opens straight in the editor, in the language it was written in. */
export const openNewDraft = createEffect(
  (actions = inject(Actions), router = inject(Router)) =>
    actions.pipe(
      ofType(ArticleListActions.draftCreated),
      tap(({ created }) => void router.navigate(['/hr/handbook', created.slug], { queryParams: { language: created.language } })),
    ),
  { functional: true, dispatch: false },
);
