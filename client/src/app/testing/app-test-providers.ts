import { ApplicationInitStatus, type EnvironmentProviders, type Provider } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, TitleStrategy, withComponentInputBinding } from '@angular/router';

import { routes } from '../app.routes';
import { provideI18n } from '../core/i18n/i18n.providers';
import { TranslatedTitleStrategy } from '../core/i18n/translated-title.strategy';
import { provideIcons } from '../core/icons/icons.providers';

/** The app's real routing, messages and icons, as the browser gets them. */
export function appTestProviders(): (Provider | EnvironmentProviders)[] {
  return [
    provideRouter(routes, withComponentInputBinding()),
    { provide: TitleStrategy, useClass: TranslatedTitleStrategy },
    provideI18n(),
    provideIcons(),
  ];
}

/** Waits for the app initializers (messages loaded, language applied). */
export function appInitialized(): Promise<unknown> {
  return TestBed.inject(ApplicationInitStatus).donePromise;
}
