import { foldAccents, stem, words } from './text-analysis';

const WINDOW = 28;
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

/**
 * The passage of `text` where the matched terms are densest, about 28 words, escaped,
 * with the matching words in <mark>. `matchedTerms` are index terms (stems), so each
 * word of the text is stemmed in the text's language to find them.
 */
export function snippet(text: string, matchedTerms: readonly string[], language: string): string {
  const tokens = text.split(/(\s+)/).filter((part) => part.length > 0);
  const wordIndexes: number[] = [];
  const matches = new Set<number>();
  const wanted = new Set(matchedTerms.map((term) => foldAccents(term)));
  tokens.forEach((token, index) => {
    if (/^\s+$/.test(token)) return;
    wordIndexes.push(index);
    const tokenWords = words(token);
    if (tokenWords.some((word) => wanted.has(stem(word, language)) || [...wanted].some((term) => term.length >= 3 && stem(word, language).startsWith(term)))) {
      matches.add(index);
    }
  });
  // The window of WINDOW words holding the most matches.
  let bestStart = 0;
  let bestCount = -1;
  for (let start = 0; start < wordIndexes.length; start++) {
    const window = wordIndexes.slice(start, start + WINDOW);
    const count = window.filter((index) => matches.has(index)).length;
    if (count > bestCount) {
      bestCount = count;
      bestStart = start;
    }
    if (start + WINDOW >= wordIndexes.length) break;
  }
  const from = wordIndexes[bestStart] ?? 0;
  const to = wordIndexes[Math.min(bestStart + WINDOW, wordIndexes.length) - 1] ?? tokens.length - 1;
  const passage = tokens
    .slice(from, to + 1)
    .map((token, offset) => (matches.has(from + offset) ? `<mark>${escapeHtml(token)}</mark>` : escapeHtml(token)))
    .join('');
  return `${from > 0 ? '… ' : ''}${passage}${to < tokens.length - 1 ? ' …' : ''}`;
}
