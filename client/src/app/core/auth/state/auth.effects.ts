import { HttpErrorResponse } from '@angular/common/http';
import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { concatLatestFrom } from '@ngrx/operators';
import { Store } from '@ngrx/store';
import { catchError, EMPTY, exhaustMap, filter, map, of, switchMap, tap } from 'rxjs';

import { DraftStore } from '../../drafts/draft-store';
import { LanguageService } from '../../i18n/language.service';
import { BrowserNavigation, signInUrl } from '../../navigation/browser-navigation';
import { AuthApi } from '../auth-api';
import { AuthActions } from './auth.actions';
import { authFeature } from './auth.feature';

export const checkSession = createEffect(
  (actions = inject(Actions), api = inject(AuthApi)) =>
    actions.pipe(
      ofType(AuthActions.sessionRequested),
      exhaustMap(() =>
        api.session().pipe(
          map((session) => (session.status === 'signedIn' ? AuthActions.signedIn({ me: session.me }) : AuthActions.signedOut())),
          catchError((error: unknown) => of(AuthActions.sessionCheckFailed({ status: error instanceof HttpErrorResponse ? error.status : 0 }))),
        ),
      ),
    ),
  { functional: true },
);

/** The language the person chose on another device applies, unless this browser chose one. */
export const applyProfileLanguage = createEffect(
  (actions = inject(Actions), language = inject(LanguageService)) =>
    actions.pipe(
      ofType(AuthActions.signedIn),
      map(({ me }) => me.employee.interfaceLanguage),
      filter((chosen) => chosen !== null && !language.hasSavedChoice()),
      tap((chosen) => void language.use(chosen!)),
    ),
  { functional: true, dispatch: false },
);

export const saveLanguageChoice = createEffect(
  (actions = inject(Actions), store = inject(Store), api = inject(AuthApi)) =>
    actions.pipe(
      ofType(AuthActions.languageChosen),
      concatLatestFrom(() => store.select(authFeature.selectStatus)),
      filter(([, status]) => status === 'signedIn'),
      switchMap(([{ language }]) => api.updatePreferences({ language }).pipe(catchError(() => EMPTY))),
    ),
  { functional: true, dispatch: false },
);

export const signOut = createEffect(
  (actions = inject(Actions), api = inject(AuthApi), navigation = inject(BrowserNavigation)) =>
    actions.pipe(
      ofType(AuthActions.signOutRequested),
      exhaustMap(() =>
        api.logout().pipe(
          map(({ redirectTo }) => redirectTo),
          catchError(() => of('/signed-out')),
        ),
      ),
      tap((redirectTo) => navigation.assign(redirectTo)),
    ),
  { functional: true, dispatch: false },
);

/** Keep the forms' drafts, then sign in again and come back to the same page. */
export const signInAgain = createEffect(
  (actions = inject(Actions), drafts = inject(DraftStore), navigation = inject(BrowserNavigation)) =>
    actions.pipe(
      ofType(AuthActions.sessionExpired),
      tap(() => {
        drafts.saveAll();
        navigation.assign(signInUrl(navigation.currentPath()));
      }),
    ),
  { functional: true, dispatch: false },
);
