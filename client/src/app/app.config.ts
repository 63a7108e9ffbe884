import { provideHttpClient, withFetch, withInterceptors, withXsrfConfiguration } from '@angular/common/http';
import { isDevMode, provideBrowserGlobalErrorListeners, type ApplicationConfig } from '@angular/core';
import { provideRouter, TitleStrategy, withComponentInputBinding, withInMemoryScrolling } from '@angular/router';
import { provideEffects } from '@ngrx/effects';
import { provideRouterStore, routerReducer } from '@ngrx/router-store';
import { provideStore } from '@ngrx/store';
import { provideStoreDevtools } from '@ngrx/store-devtools';

import { routes } from './app.routes';
import { problemLanguageInterceptor } from './core/http/problem-language.interceptor';
import { sessionExpiryInterceptor } from './core/auth/session-expiry.interceptor';
import * as authEffects from './core/auth/state/auth.effects';
import { authFeature } from './core/auth/state/auth.feature';
import { provideI18n } from './core/i18n/i18n.providers';
import { TranslatedTitleStrategy } from './core/i18n/translated-title.strategy';
import { provideIcons } from './core/icons/icons.providers';
import { provideNotifications } from './features/notifications';

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideRouter(routes, withComponentInputBinding(), withInMemoryScrolling({ scrollPositionRestoration: 'enabled', anchorScrolling: 'enabled' })),
    { provide: TitleStrategy, useClass: TranslatedTitleStrategy },
    provideHttpClient(
      withFetch(),
      // Angular's convention, which the server checks on every state-changing request.
      withXsrfConfiguration({ cookieName: 'XSRF-TOKEN', headerName: 'X-XSRF-TOKEN' }),
      withInterceptors([sessionExpiryInterceptor, problemLanguageInterceptor]),
    ),
    provideStore({ router: routerReducer, [authFeature.name]: authFeature.reducer }),
    provideRouterStore(),
    provideEffects(authEffects),
    provideNotifications(),
    // The devtools bridge is for development builds only; production ships without it.
    ...(isDevMode() ? [provideStoreDevtools({ maxAge: 50, connectInZone: false })] : []),
    provideI18n(),
    provideIcons(),
  ],
};
