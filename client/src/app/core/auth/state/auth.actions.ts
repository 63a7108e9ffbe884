import { createActionGroup, emptyProps, props } from '@ngrx/store';
import type { Me } from '@portico/shared/auth/auth.schemas';
import type { InterfaceLanguage } from '@portico/shared/i18n/languages';

export const AuthActions = createActionGroup({
  source: 'Auth',
  events: {
    'Session Requested': emptyProps(),
    'Signed In': props<{ me: Me }>(),
    'Signed Out': emptyProps(),
    'Session Check Failed': props<{ status: number }>(),
    'Session Expired': emptyProps(),
    'Sign Out Requested': emptyProps(),
    'Language Chosen': props<{ language: InterfaceLanguage }>(),
  },
});
