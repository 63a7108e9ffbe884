import { countryCodes, countryName } from '@portico/shared/profile/personal-data';

const cache = new Map<string, { code: string; name: string }[]>();

/** Every country a form offers, named and sorted in the reader's language. */
export function countryOptions(language: string): { code: string; name: string }[] {
  let options = cache.get(language);
  if (!options) {
    const collator = new Intl.Collator(language);
    options = countryCodes.map((code) => ({ code, name: countryName(code, language) })).sort((a, b) => collator.compare(a.name, b.name));
    cache.set(language, options);
  }
  return options;
}
