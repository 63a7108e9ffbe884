import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { concatLatestFrom } from '@ngrx/operators';
import { Store } from '@ngrx/store';
import { TranslocoService } from '@jsverse/transloco';
import { catchError, debounceTime, distinctUntilChanged, EMPTY, exhaustMap, filter, map, mergeMap, of, switchMap, takeUntil, tap, timer } from 'rxjs';

import { HandbookApi } from '../../../handbook';
import { HelpApi } from '../help-api';
import { problemOf } from '../../../../core/http/problem';
import { AskActions, type SuggestedArticle } from './ask.actions';
import { askFeature } from './ask.feature';
import { REQUEST_FILES_PREFIX, UploadActions } from './uploads';
import { MIN_QUERY_LENGTH, SUGGEST_PAUSE_MS, suggestionQuery } from './suggestion-query';

/**
 * Handbook articles for the question as it is typed, from the handbook's suggestions
 * (which, unlike its search, records nothing: a person's question is not a search statistic).
 */
export const suggestArticles = createEffect(
  (actions = inject(Actions), handbook = inject(HandbookApi)) =>
    actions.pipe(
      ofType(AskActions.questionChanged, AskActions.askPageLeft),
      debounceTime(SUGGEST_PAUSE_MS),
      // Leaving the page drops a lookup not yet made or answered: the form shows no suggestions.
      map((action) => (action.type === AskActions.askPageLeft.type ? null : suggestionQuery(action.question))),
      distinctUntilChanged(),
      switchMap((query) =>
        query === null
          ? EMPTY
          : query.length < MIN_QUERY_LENGTH
            ? of(AskActions.suggestionsLoaded({ query, articles: [] }))
            : handbook.suggest(query).pipe(
                map(({ suggestions }) =>
                  suggestions.flatMap((suggestion): SuggestedArticle[] =>
                    suggestion.kind === 'article' && suggestion.slug ? [{ slug: suggestion.slug, title: suggestion.text }] : [],
                  ),
                ),
                // No suggestions is never a dead end: the person continues to HR either way.
                catchError(() => of<SuggestedArticle[]>([])),
                map((articles) => AskActions.suggestionsLoaded({ query, articles })),
                takeUntil(actions.pipe(ofType(AskActions.startedOver, AskActions.created))),
              ),
      ),
    ),
  { functional: true },
);

export const readArticle = createEffect(
  (actions = inject(Actions), handbook = inject(HandbookApi), transloco = inject(TranslocoService)) =>
    actions.pipe(
      ofType(AskActions.articleOpened),
      switchMap(({ slug }) =>
        handbook.article(slug, transloco.getActiveLang()).pipe(
          map((article) => AskActions.articleLoaded({ article })),
          catchError(() => of(AskActions.articleFailed({ slug }))),
        ),
      ),
    ),
  { functional: true },
);

/** Counted for HR's deflection rate; if it cannot be recorded, the person is thanked all the same. */
export const recordDeflection = createEffect(
  (actions = inject(Actions), api = inject(HelpApi)) =>
    actions.pipe(
      ofType(AskActions.answered),
      mergeMap(({ query, articleSlug }) => api.deflection({ query: query.trim().slice(0, 500) || articleSlug, articleSlug }).pipe(catchError(() => EMPTY))),
    ),
  { functional: true, dispatch: false },
);

/**
 * The catalogue in the reader's language, asked again when the language changes. A language
 * chosen a moment ago may reach the server after the catalogue was asked for: then one more
 * try, a little later, and the catalogue shows as it comes.
 */
export const loadCatalogue = createEffect(
  (actions = inject(Actions), api = inject(HelpApi), store = inject(Store)) =>
    actions.pipe(
      ofType(AskActions.catalogueWanted),
      concatLatestFrom(() => store.select(askFeature.selectCatalogue)),
      filter(([{ language }, catalogue]) => catalogue?.language !== language),
      switchMap(([{ language }]) =>
        api.catalogue().pipe(
          switchMap((catalogue) => (catalogue.language === language ? of(catalogue) : timer(500).pipe(switchMap(() => api.catalogue())))),
          map((catalogue) => AskActions.catalogueLoaded({ catalogue })),
          catchError((error: unknown) => of(AskActions.catalogueFailed({ status: problemOf(error).status }))),
        ),
      ),
    ),
  { functional: true },
);

export const submit = createEffect(
  (actions = inject(Actions), api = inject(HelpApi)) =>
    actions.pipe(
      ofType(AskActions.submitted),
      exhaustMap(({ request }) =>
        api.create(request).pipe(
          map(({ id }) => AskActions.created({ reference: id })),
          catchError((error: unknown) => of(AskActions.submitFailed({ problem: problemOf(error) }))),
        ),
      ),
    ),
  { functional: true },
);

export const showCreated = createEffect(
  (actions = inject(Actions), router = inject(Router)) =>
    actions.pipe(
      ofType(AskActions.created),
      tap(({ reference }) => void router.navigate(['/help/sent', reference])),
    ),
  { functional: true, dispatch: false },
);

/** Sent with the request: its files start afresh for the next one. */
export const clearRequestFiles = createEffect(
  (actions = inject(Actions)) =>
    actions.pipe(
      ofType(AskActions.created, AskActions.startedOver),
      map(() => UploadActions.cleared({ prefix: REQUEST_FILES_PREFIX })),
    ),
  { functional: true },
);
