import { inject } from '@angular/core';
import type { CanActivateChildFn, CanMatchFn } from '@angular/router';
import { Store } from '@ngrx/store';
import type { Action } from '@portico/shared/auth/auth.schemas';
import { filter, map, of, switchMap, take, tap, type Observable } from 'rxjs';

import { BrowserNavigation, signInUrl } from '../navigation/browser-navigation';
import { AuthActions } from './state/auth.actions';
import { authFeature, selectCanAny, type SessionStatus } from './state/auth.feature';

/** The session status once known, asking the server first if nobody has yet. */
function settledStatus(store: Store): Observable<SessionStatus> {
  return store.select(authFeature.selectStatus).pipe(
    tap((status) => {
      if (status === 'unknown') store.dispatch(AuthActions.sessionRequested());
    }),
    filter((status) => status !== 'unknown' && status !== 'checking'),
    take(1),
  );
}

/**
 * Every page but the signed-out one needs a session: without one the browser goes to
 * sign in through the company's identity provider, and comes back to this page.
 */
export const signedInGuard: CanActivateChildFn = (_route, state) => {
  const navigation = inject(BrowserNavigation);
  return settledStatus(inject(Store)).pipe(
    map((status) => {
      if (status === 'signedIn') return true;
      navigation.assign(signInUrl(state.url));
      return false;
    }),
  );
};

/** Pages only some roles use (approvals, the HR pages): people allowed none of these actions get "page not found". */
export function allowedTo(...actions: readonly Action[]): CanMatchFn {
  return () => {
    const store = inject(Store);
    return settledStatus(store).pipe(
      // Signed out: let the route match, so that signedInGuard sends the browser to sign in.
      switchMap((status) => (status === 'signedIn' ? store.select(selectCanAny(actions)).pipe(take(1)) : of(true))),
    );
  };
}

/** The actions of the HR workspace's pages: someone allowed any of them has a landing page at /hr. */
export const hrActions: readonly Action[] = ['tickets.work', 'profiles.read', 'tickets.configure', 'handbook.publish', 'reports.read', 'settings.manage'];
