import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { ApplicationInitStatus, Injectable, type EnvironmentProviders, type Provider } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, TitleStrategy, withComponentInputBinding } from '@angular/router';
import { provideEffects } from '@ngrx/effects';
import { provideStore, Store } from '@ngrx/store';
import type { Me } from '@portico/shared/auth/auth.schemas';

import { routes } from '../app.routes';
import { problemLanguageInterceptor } from '../core/http/problem-language.interceptor';
import { sessionExpiryInterceptor } from '../core/auth/session-expiry.interceptor';
import { AuthActions } from '../core/auth/state/auth.actions';
import * as authEffects from '../core/auth/state/auth.effects';
import { authFeature } from '../core/auth/state/auth.feature';
import { provideI18n } from '../core/i18n/i18n.providers';
import { TranslatedTitleStrategy } from '../core/i18n/translated-title.strategy';
import { provideIcons } from '../core/icons/icons.providers';
import { BrowserNavigation } from '../core/navigation/browser-navigation';
import { provideNotifications } from '../features/notifications';

/**
 * The app's real routing, store, effects, messages and icons. HTTP goes to Angular's
 * testing backend, and full-page navigations are recorded instead of leaving Karma's page.
 */
export function appTestProviders(): (Provider | EnvironmentProviders)[] {
  return [
    provideRouter(routes, withComponentInputBinding()),
    { provide: TitleStrategy, useClass: TranslatedTitleStrategy },
    provideHttpClient(withInterceptors([sessionExpiryInterceptor, problemLanguageInterceptor])),
    provideHttpClientTesting(),
    provideStore({ [authFeature.name]: authFeature.reducer }),
    provideEffects(authEffects),
    provideNotifications(),
    provideI18n(),
    provideIcons(),
    { provide: BrowserNavigation, useClass: RecordedNavigation },
  ];
}

@Injectable()
export class RecordedNavigation extends BrowserNavigation {
  readonly visited: string[] = [];

  override assign(url: string): void {
    this.visited.push(url);
  }

  override currentPath(): string {
    return '/my-data?tab=address';
  }
}

/** Waits for the app initializers (messages loaded, language applied). */
export function appInitialized(): Promise<unknown> {
  return TestBed.inject(ApplicationInitStatus).donePromise;
}

/** Puts the store in the state the server's /api/session answer leads to. */
export function signIn(me: Me): void {
  TestBed.inject(Store).dispatch(AuthActions.signedIn({ me }));
}
