import { DOCUMENT, DestroyRef, Injectable, PendingTasks, inject } from '@angular/core';
import { TranslocoService } from '@jsverse/transloco';
import { TranslocoLocaleService } from '@jsverse/transloco-locale';
import { firstValueFrom } from 'rxjs';

import { isInterfaceLanguage, localeFor, preferredLanguage, type InterfaceLanguage } from './languages';

const STORAGE_KEY = 'portico.language';

/** Chooses, remembers and applies the interface language and the locale for dates and numbers. */
@Injectable({ providedIn: 'root' })
export class LanguageService {
  private readonly transloco = inject(TranslocoService);
  private readonly locale = inject(TranslocoLocaleService);
  private readonly document = inject(DOCUMENT);
  private readonly pendingTasks = inject(PendingTasks);
  private destroyed = false;

  constructor() {
    inject(DestroyRef).onDestroy(() => (this.destroyed = true));
  }

  readonly activeLanguage = this.transloco.langChanges$;

  /** Whether someone chose a language in this browser (it wins over the profile's). */
  hasSavedChoice(): boolean {
    return isInterfaceLanguage(this.storage()?.getItem(STORAGE_KEY));
  }

  /** The saved choice, else the browser's preference. */
  initialLanguage(): InterfaceLanguage {
    const saved = this.storage()?.getItem(STORAGE_KEY);
    return isInterfaceLanguage(saved) ? saved : preferredLanguage(this.browserLanguages());
  }

  /**
   * Loads the messages first, so the page never shows keys while switching. Runs as a
   * pending task: the application is not "stable" until the new language is applied.
   */
  async use(language: InterfaceLanguage, options: { remember?: boolean } = {}): Promise<void> {
    const done = this.pendingTasks.add();
    try {
      await firstValueFrom(this.transloco.load(language), { defaultValue: undefined });
      // The application may have been torn down while the messages loaded.
      if (this.destroyed) return;
      this.transloco.setActiveLang(language);
      this.locale.setLocale(localeFor(language, this.browserLanguages()));
      this.document.documentElement.lang = language;
      if (options.remember) this.storage()?.setItem(STORAGE_KEY, language);
    } finally {
      done();
    }
  }

  private browserLanguages(): readonly string[] {
    const navigator = this.document.defaultView?.navigator;
    return navigator?.languages?.length ? navigator.languages : [navigator?.language ?? 'en'];
  }

  private storage(): Storage | undefined {
    try {
      return this.document.defaultView?.localStorage;
    } catch {
      return undefined; // storage disabled by the browser's privacy settings
    }
  }
}
