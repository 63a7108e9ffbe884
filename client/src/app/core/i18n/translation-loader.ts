import { Injectable } from '@angular/core';
import type { Translation, TranslocoLoader } from '@jsverse/transloco';
import { from, type Observable } from 'rxjs';

import type { InterfaceLanguage } from './languages';

/** Messages are bundled (one hashed chunk per language), not fetched from an unversioned URL. */
const messages: Record<InterfaceLanguage, () => Promise<{ default: Translation }>> = {
  en: () => import('../../../i18n/en.json'),
  es: () => import('../../../i18n/es.json'),
};

@Injectable({ providedIn: 'root' })
export class BundledTranslationLoader implements TranslocoLoader {
  getTranslation(language: string): Observable<Translation> {
    const load = messages[language as InterfaceLanguage] ?? messages.en;
    return from(load().then((module) => module.default));
  }
}
