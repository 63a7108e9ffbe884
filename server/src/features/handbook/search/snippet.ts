import { stem } from './text-analysis';

const WINDOW = 28;
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

/**
 * The passage of `text` where the matched terms are densest, about 28 words, escaped,
 * with the matching words in <mark>. `matchedTerms` are index terms (stems), so each
 * word of the text is stemmed in the text's language to find them.
 */
export function snippet(text: string, matchedTerms: readonly string[], language: string): string {
  const wanted = new Set(matchedTerms);
  // Every word with where it starts and ends, and whether it matched: one pass over the text.
  const starts: number[] = [];
  const ends: number[] = [];
  const matched: boolean[] = [];
  const pattern = /[\p{L}\p{N}]+/gu;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    starts.push(match.index);
    ends.push(pattern.lastIndex);
    matched.push(wanted.has(stem(match[0].toLowerCase(), language)));
  }
  if (!starts.length) return '';
  // The window of WINDOW words holding the most matches, slid one word at a time.
  let bestStart = 0;
  let bestCount = -1;
  let count = 0;
  for (let end = 0; end < starts.length; end++) {
    if (matched[end]) count++;
    if (end >= WINDOW && matched[end - WINDOW]) count--;
    if (end >= Math.min(WINDOW, starts.length) - 1 && count > bestCount) {
      bestCount = count;
      bestStart = Math.max(0, end - WINDOW + 1);
    }
  }
  // Centred on the matches it holds, so they come with words before and after.
  const inWindow = matched.slice(bestStart, bestStart + WINDOW);
  const centre = bestStart + (inWindow.indexOf(true) + inWindow.lastIndexOf(true)) / 2;
  if (bestCount > 0) bestStart = Math.max(0, Math.min(starts.length - WINDOW, Math.round(centre - WINDOW / 2)));
  const last = Math.min(bestStart + WINDOW, starts.length) - 1;
  let passage = '';
  for (let word = bestStart; word <= last; word++) {
    if (word > bestStart) passage += escapeHtml(text.slice(ends[word - 1], starts[word]));
    const token = escapeHtml(text.slice(starts[word], ends[word]));
    passage += matched[word] ? `<mark>${token}</mark>` : token;
  }
  return `${bestStart > 0 ? '… ' : ''}${passage}${last < starts.length - 1 ? ' …' : ''}`;
}
