import { Pipe, inject, type PipeTransform } from '@angular/core';
import { TranslocoService } from '@jsverse/transloco';

/**
 * A content language's name in the reader's language ("pt-BR" → "portugués de Brasil"),
 * from the browser's own data: handbooks may be written in any language, not only the
 * interface's two. Impure so that it follows a change of interface language.
 */
@Pipe({ name: 'languageName', pure: false })
export class LanguageNamePipe implements PipeTransform {
  private readonly transloco = inject(TranslocoService);
  private names: { language: string; display: Intl.DisplayNames | null } | null = null;

  transform(tag: string): string {
    const language = this.transloco.getActiveLang();
    if (this.names?.language !== language) this.names = { language, display: displayNames(language) };
    try {
      const name = this.names.display?.of(tag);
      return name ? name.charAt(0).toLocaleUpperCase(language) + name.slice(1) : tag;
    } catch {
      return tag;
    }
  }
}

function displayNames(language: string): Intl.DisplayNames | null {
  try {
    return new Intl.DisplayNames([language], { type: 'language' });
  } catch {
    return null;
  }
}

/** The languages offered first when adding one; any other tag can be typed. */
export const commonContentLanguages = ['en', 'es', 'pt', 'fr', 'de', 'it', 'ro', 'pl', 'nl'] as const;
