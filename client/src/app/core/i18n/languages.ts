/** Languages the interface speaks. Content (handbook articles) may be in any language. */
export const interfaceLanguages = ['en', 'es'] as const;
export type InterfaceLanguage = (typeof interfaceLanguages)[number];

/** Used for dates and numbers when the browser names no locale for the chosen language. */
export const defaultLocales: Record<InterfaceLanguage, string> = { en: 'en-US', es: 'es-ES' };

export function isInterfaceLanguage(value: unknown): value is InterfaceLanguage {
  return (interfaceLanguages as readonly unknown[]).includes(value);
}

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
