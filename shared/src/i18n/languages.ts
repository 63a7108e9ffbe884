/** Languages the interface speaks. Content (handbook articles) may be in any language. */
export const interfaceLanguages = ['en', 'es'] as const;
export type InterfaceLanguage = (typeof interfaceLanguages)[number];

export function isInterfaceLanguage(value: unknown): value is InterfaceLanguage {
  return (interfaceLanguages as readonly unknown[]).includes(value);
}
