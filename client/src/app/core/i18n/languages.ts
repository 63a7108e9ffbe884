import { isInterfaceLanguage, type InterfaceLanguage } from '@portico/shared/i18n/languages';

export { interfaceLanguages, isInterfaceLanguage, type InterfaceLanguage } from '@portico/shared/i18n/languages';

/** Used for dates and numbers when the browser names no locale for the chosen language. */
export const defaultLocales: Record<InterfaceLanguage, string> = { en: 'en-US', es: 'es-ES' };

/** The first of the browser's languages the interface speaks, else English. */
export function preferredLanguage(browserLanguages: readonly string[]): InterfaceLanguage {
  const match = browserLanguages.map((tag) => tag.slice(0, 2).toLowerCase()).find(isInterfaceLanguage);
  return match ?? 'en';
}

/**
 * The most specific locale the browser offers for a language (en-GB rather than en-US
 * for a British reader), so dates and numbers follow the reader's region.
 */
export function localeFor(language: InterfaceLanguage, browserLanguages: readonly string[]): string {
  const regional = browserLanguages.find((tag) => tag.toLowerCase().startsWith(`${language}-`));
  return regional ?? defaultLocales[language];
}
