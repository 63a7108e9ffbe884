import { inject, type Signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { TranslocoService } from '@jsverse/transloco';
import type { InterfaceLanguage } from '@portico/shared/i18n/languages';
import { isInterfaceLanguage } from '@portico/shared/i18n/languages';
import { map } from 'rxjs';

/** The reader's interface language as a signal (English when Transloco names another). Call in an injection context. */
export function interfaceLanguageOf(transloco = inject(TranslocoService)): Signal<InterfaceLanguage> {
  const pick = (language: string): InterfaceLanguage => (isInterfaceLanguage(language) ? language : 'en');
  return toSignal(transloco.langChanges$.pipe(map(pick)), { initialValue: pick(transloco.getActiveLang()) });
}
