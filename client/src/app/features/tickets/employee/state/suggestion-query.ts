/** Suggestions are asked for once the person pauses typing. */
export const SUGGEST_PAUSE_MS = 400;
/** Fewer letters than this find everything and nothing. */
export const MIN_QUERY_LENGTH = 3;
/** The handbook's suggest endpoint takes this much; a question usually says what it is about first. */
const MAX_QUERY_LENGTH = 100;

/** The words to look up: the question's start, cut at a word boundary. */
export function suggestionQuery(question: string): string {
  const words = question.trim().replace(/\s+/g, ' ');
  if (words.length <= MAX_QUERY_LENGTH) return words;
  const cut = words.slice(0, MAX_QUERY_LENGTH + 1);
  const lastSpace = cut.lastIndexOf(' ');
  return (lastSpace > 0 ? cut.slice(0, lastSpace) : cut.slice(0, MAX_QUERY_LENGTH)).trim();
}
