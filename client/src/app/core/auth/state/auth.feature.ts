import { createFeature, createReducer, createSelector, on } from '@ngrx/store';
import type { Action, Me } from '@portico/shared/auth/auth.schemas';

import { AuthActions } from './auth.actions';

export type SessionStatus = 'unknown' | 'checking' | 'signedIn' | 'signedOut' | 'error';

export interface AuthState {
  status: SessionStatus;
  me: Me | null;
}

const initialState: AuthState = { status: 'unknown', me: null };

export const authFeature = createFeature({
  name: 'auth',
  reducer: createReducer(
    initialState,
    on(AuthActions.sessionRequested, (state): AuthState => ({ ...state, status: 'checking' })),
    on(AuthActions.signedIn, (_state, { me }): AuthState => ({ status: 'signedIn', me })),
    on(AuthActions.signedOut, AuthActions.sessionExpired, (): AuthState => ({ status: 'signedOut', me: null })),
    on(AuthActions.sessionCheckFailed, (state): AuthState => ({ ...state, status: 'error' })),
    on(AuthActions.languageChosen, (state, { language }): AuthState =>
      state.me ? { ...state, me: { ...state.me, employee: { ...state.me.employee, interfaceLanguage: language, preferredLanguage: language } } } : state,
    ),
  ),
  extraSelectors: ({ selectMe }) => ({
    selectActions: createSelector(selectMe, (me): readonly Action[] => me?.actions ?? []),
  }),
});

/** Whether the signed-in person may take `action` (the server decided; the client only hides). */
export const selectCan = (action: Action) => createSelector(authFeature.selectActions, (actions) => actions.includes(action));
export const selectCanAny = (wanted: readonly Action[]) =>
  createSelector(authFeature.selectActions, (actions) => wanted.some((action) => actions.includes(action)));
