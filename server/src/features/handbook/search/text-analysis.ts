import { stemmer as german } from '@orama/stemmers/german';
import { stemmer as english } from '@orama/stemmers/english';
import { stemmer as spanish } from '@orama/stemmers/spanish';
import { stemmer as french } from '@orama/stemmers/french';
import { stemmer as italian } from '@orama/stemmers/italian';
import { stemmer as portuguese } from '@orama/stemmers/portuguese';
import { stemmer as romanian } from '@orama/stemmers/romanian';

/**
 * How handbook text becomes search terms: lower-case words, reduced to their stem in the
 * text's language (Snowball stemmers), with accents folded away, so "vacaciones",
 * "vacación" and "vacacion" meet, and so do "paying" and "pays". Languages without a
 * stemmer here are still folded and matched word for word.
 */
const stemmers: Record<string, (word: string) => string> = { en: english, es: spanish, pt: portuguese, ro: romanian, fr: french, de: german, it: italian };

/** The languages a query is stemmed in when its language is unknown. */
export const queryLanguages = ['en', 'es', 'pt', 'ro'];

export const foldAccents = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .normalize('NFC');

/** Words: letters and digits, in any script; apostrophes and hyphens split. */
export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Stems by language: a handbook's vocabulary is small, its text is not (10,000 articles ≈ 5 million words). */
const stemCache = new Map<string, Map<string, string>>();
const STEM_CACHE_LIMIT = 200_000;

export function stem(word: string, language: string): string {
  const base = language.slice(0, 2);
  let cache = stemCache.get(base);
  if (!cache) stemCache.set(base, (cache = new Map()));
  let stemmed = cache.get(word);
  if (stemmed === undefined) {
    stemmed = foldAccents(stemmers[base]?.(word) ?? word);
    if (cache.size >= STEM_CACHE_LIMIT) cache.clear();
    cache.set(word, stemmed);
  }
  return stemmed;
}

/**
 * Words too common to tell articles apart, in the interface languages. Dropped from
 * queries ("how do I get my payslip" searches "payslip"), and from the index.
 */
const stopWords = new Set(
  (
    'a about all also am an and any are as ask at be been but by can could do does for from get got had has have how i if in is it just me much many my need of on or our should so some than that the their them then there these this those to us was we what when where which who why will with would you your ' +
    'al algo como con cual cuales cuando cuanto cuanta cuantos cuantas de del donde el ella en es esta estan este hay hacer la las le les lo los me mi mis muy nos no o para pero por puedo que quien se si sin sobre su sus te tengo tiene tu un una uno y ya yo'
  ).split(' '),
);

export const isStopWord = (word: string) => stopWords.has(foldAccents(word.toLowerCase()));

/** Index form of a text in `language`: its stems, joined by spaces. */
export function indexTerms(text: string, language: string): string {
  return words(text)
    .filter((word) => !isStopWord(word))
    .map((word) => stem(word, language))
    .join(' ');
}

/**
 * Search forms of one typed word: its stem in every query language, and the stem of
 * the word typed without accents (people often skip them).
 */
export function queryTerms(word: string, languages: readonly string[] = queryLanguages): string[] {
  const lower = word.toLowerCase();
  const folded = foldAccents(lower);
  const terms = new Set<string>();
  for (const language of languages) {
    terms.add(stem(lower, language));
    terms.add(stem(folded, language));
  }
  terms.add(folded);
  return [...terms].filter(Boolean);
}

/** A synonym group as HR writes it: terms or phrases that mean the same to employees. */
export type SynonymGroup = string[];

const phrase = (text: string) => ` ${words(foldAccents(text)).join(' ')} `;

/** Another way to say part of a query, and the words of the query it stands for. */
export interface SynonymAlternative {
  text: string;
  replaces: string[];
}

/**
 * The other ways to say what the query says: for every synonym group with a member in
 * the query (as whole words, accents ignored), every other member. Groups work both ways.
 */
export function synonymAlternatives(query: string, groups: readonly SynonymGroup[]): SynonymAlternative[] {
  const normalized = phrase(query);
  const alternatives = new Map<string, SynonymAlternative>();
  for (const group of groups) {
    const present = group.filter((member) => normalized.includes(phrase(member)));
    if (!present.length) continue;
    const replaces = [...new Set(present.flatMap((member) => words(foldAccents(member))))];
    for (const member of group) {
      if (present.includes(member)) continue;
      const known = alternatives.get(member);
      alternatives.set(member, { text: member, replaces: [...new Set([...(known?.replaces ?? []), ...replaces])] });
    }
  }
  return [...alternatives.values()];
}
