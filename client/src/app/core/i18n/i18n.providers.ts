import { inject, isDevMode, provideAppInitializer, type EnvironmentProviders } from '@angular/core';
import { provideTransloco } from '@jsverse/transloco';
import { provideTranslocoLocale } from '@jsverse/transloco-locale';

import { LanguageService } from './language.service';
import { defaultLocales, interfaceLanguages } from './languages';
import { BundledTranslationLoader } from './translation-loader';

/** Transloco with bundled messages; the first page renders in the reader's language. */
export function provideI18n(): EnvironmentProviders[] {
  return [
    ...provideTransloco({
      config: {
        availableLangs: [...interfaceLanguages],
        defaultLang: 'en',
        fallbackLang: 'en',
        reRenderOnLangChange: true,
        missingHandler: { useFallbackTranslation: true, logMissingKey: isDevMode() },
        prodMode: !isDevMode(),
      },
      loader: BundledTranslationLoader,
    }),
    ...provideTranslocoLocale({ langToLocaleMapping: defaultLocales }),
    provideAppInitializer(() => {
      const language = inject(LanguageService);
      return language.use(language.initialLanguage());
    }),
  ];
}
