import MiniSearch, { type Query, type SearchResult } from 'minisearch';

import type { Suggestion } from '@portico/shared/handbook/handbook.schemas';
import type { HandbookSearch, SearchDocument, SearchHitResult, SearchRequest } from './handbook-search';
import { snippet } from './snippet';
import { foldAccents, indexTerms, isStopWord, queryTerms, synonymAlternatives, words, type SynonymGroup } from './text-analysis';

const fields = ['title', 'tags', 'summary', 'text'] as const;

/**
 * Relevance settings, measured with `npm run eval:search` (docs/handbook-search.md):
 * titles and summaries weigh more than the body; a synonym counts a little less than
 * the reader's own word; a typo or a prefix match less than an exact match.
 */
export const tuning = {
  boost: { title: 3, tags: 2, summary: 2, text: 1 },
  synonymWeight: 0.3,
  weights: { fuzzy: 0.45, prefix: 0.6 },
  bm25: { k: 2, b: 0.7, d: 0.5 },
  /** Results scoring under this share of the best one are noise, not answers. */
  relevanceCutoff: 0.15,
  /** A document matching all the words typed scores (1 + this) times more; part of them, less. */
  allWordsBonus: 0.5,
};
/**
 * Typos allowed, by the length of the stem being matched: none in short stems (one edit
 * would turn "cos" into "cas" and match half the handbook), one from five letters, two
 * from seven ("payslpi" is two edits from "payslip").
 */
const fuzziness = (term: string) => (term.length >= 7 ? 2 : term.length >= 5 ? 1 : false);
const scaled = (weight: number) => Object.fromEntries(Object.entries(tuning.boost).map(([field, value]) => [field, value * weight]));

const CACHE_ENTRIES = 1_000;
const CACHE_LIFETIME_MS = 60_000;

const idOf = (document: Pick<SearchDocument, 'slug' | 'language'>) => `${document.slug}:${document.language}`;

/**
 * The in-process implementation, with MiniSearch (ADR 7). Text is indexed as stems in
 * its own language (see text-analysis.ts); a query is expanded into the stems of every
 * query language, the synonyms HR configured, fuzzy matches and a prefix match for the
 * word being typed. Filters for audience, status and language run inside the engine,
 * so counts and suggestions never include what the reader may not see.
 */
export class MiniSearchHandbookSearch implements HandbookSearch {
  private readonly documents = new Map<string, SearchDocument>();
  private synonyms: SynonymGroup[] = [];
  private index = this.createIndex();
  /**
   * Answers to recent searches, dropped whenever the index changes. People ask the same
   * few questions; a scheduled article must still appear on time, hence the short life.
   */
  private readonly cache = new Map<string, { at: number; value: { hits: SearchHitResult[]; total: number } }>();

  get size(): number {
    return this.documents.size;
  }

  private createIndex() {
    return new MiniSearch<SearchDocument & { id: string }>({
      fields: [...fields],
      storeFields: [],
      extractField: (document, field) => {
        if (field === 'id') return document.id;
        const value = field === 'tags' ? document.tags.join(' ') : String(document[field as keyof SearchDocument] ?? '');
        return indexTerms(value, document.language);
      },
      // Terms arrive stemmed and folded (indexing) or are expanded below (queries).
      processTerm: (term) => term,
      tokenize: (text) => text.split(' ').filter(Boolean),
    });
  }

  replaceAll(documents: SearchDocument[]): void {
    this.cache.clear();
    this.documents.clear();
    this.index = this.createIndex();
    this.upsert(documents);
  }

  upsert(documents: SearchDocument[]): void {
    this.cache.clear();
    for (const document of documents) {
      const id = idOf(document);
      if (this.documents.has(id)) this.index.discard(id);
      this.documents.set(id, document);
      this.index.add({ ...document, id });
    }
  }

  remove(slug: string): void {
    this.cache.clear();
    for (const [id, document] of this.documents) {
      if (document.slug !== slug) continue;
      this.index.discard(id);
      this.documents.delete(id);
    }
  }

  setSynonyms(groups: string[][]): void {
    this.cache.clear();
    this.synonyms = groups.filter((group) => group.length > 1);
  }

  /** The visible documents for this request, as MiniSearch's filter. */
  private visible(request: Omit<SearchRequest, 'limit'>) {
    const now = Date.now();
    return (result: SearchResult) => {
      const document = this.documents.get(result.id as string);
      if (!document) return false;
      return (
        request.audiences.includes(document.audience) &&
        (!document.visibleFrom || document.visibleFrom.getTime() <= now) &&
        (!request.language || document.language === request.language) &&
        (!request.kind || document.kind === request.kind) &&
        (!request.category || document.category === request.category || document.category.startsWith(`${request.category} / `))
      );
    };
  }

  private query(text: string, prefixLast: boolean): Query {
    const typed = words(text).filter((word) => !isStopWord(word));
    const alternatives = synonymAlternatives(text, this.synonyms);
    // A word matches in any of its stems (fuzzily when long enough); the word being typed
    // also matches as the start of a longer word ("matern" → "maternity").
    const termQuery = (word: string, prefix: boolean): Query => ({
      queries: [
        { queries: queryTerms(word), combineWith: 'OR', fuzzy: fuzziness },
        ...(prefix && word.length >= 3 ? [{ queries: [foldAccents(word.toLowerCase())], combineWith: 'OR' as const, prefix: true }] : []),
      ],
      combineWith: 'OR',
    });
    // Any typed word may match; documents matching more of them (and rarer ones) rank higher.
    const main: Query = { queries: typed.map((word, index) => termQuery(word, prefixLast && index === typed.length - 1)), combineWith: 'OR' };
    // What HR says means the same counts, but a little less than the reader's own words.
    const synonymQueries: Query[] = alternatives.map((alternative) => ({
      queries: words(alternative)
        .filter((word) => !isStopWord(word))
        .map((word) => termQuery(word, false)),
      combineWith: 'AND',
      boost: scaled(tuning.synonymWeight),
    }));
    return { queries: [main, ...synonymQueries], combineWith: 'OR' };
  }

  private run(request: Omit<SearchRequest, 'limit'>, prefixLast: boolean, onlyTitles = false): SearchResult[] {
    if (!words(request.query).some((word) => !isStopWord(word))) return [];
    const options = {
      boost: tuning.boost,
      bm25: tuning.bm25,
      fields: onlyTitles ? ['title', 'tags'] : [...fields],
      filter: this.visible(request),
      weights: tuning.weights,
    };
    const all = this.index.search(this.query(request.query, prefixLast), options);
    if (!all.length) return [];
    // Only what could still clear the relevance cut-off once coverage is counted needs more work.
    const floor = (all[0]!.score * tuning.relevanceCutoff) / (1 + tuning.allWordsBonus);
    const cut = all.findIndex((result) => result.score < floor);
    const results = cut === -1 ? all : all.slice(0, cut);
    if (cut !== -1 && request.preferredLanguage) {
      // Keep the reader's language version of every kept article, however it scored itself.
      const kept = new Set(results.map((result) => this.documents.get(result.id as string)!.slug));
      for (const result of all.slice(cut)) {
        const document = this.documents.get(result.id as string)!;
        if (document.language === request.preferredLanguage && kept.has(document.slug)) results.push(result);
      }
    }
    // Coverage: how many of the typed words (in any of their forms) each document matches.
    // A document answering all of "overtime pay" beats one with "pay" in its title.
    // `queryTerms` says which query terms a result matched.
    const typed = words(request.query).filter((word) => !isStopWord(word));
    if (typed.length > 1) {
      const owners = new Map<string, Set<number>>();
      typed.forEach((word, index) => {
        for (const term of [...queryTerms(word), foldAccents(word.toLowerCase())]) owners.set(term, (owners.get(term) ?? new Set()).add(index));
      });
      for (const result of results) {
        const covered = new Set(result.queryTerms.flatMap((term) => [...(owners.get(term) ?? [])]));
        result.score *= 1 + tuning.allWordsBonus * (covered.size / typed.length) ** 2;
      }
    }
    return results.sort((a, b) => b.score - a.score);
  }

  /**
   * One hit per article, ranked by its best-matching language version; shown in the
   * reader's language when that version matched too (so a Spanish reader who types
   * "maternity leave" still gets the article first, in Spanish).
   */
  private perArticle(results: SearchResult[], preferredLanguage?: string): SearchResult[] {
    const articles = new Map<string, { best: SearchResult; shown: SearchResult }>();
    for (const result of results) {
      const language = this.documents.get(result.id as string)!.language;
      const slug = this.documents.get(result.id as string)!.slug;
      const current = articles.get(slug);
      if (!current) {
        articles.set(slug, { best: result, shown: result });
        continue;
      }
      if (result.score > current.best.score) current.best = result;
      const shownLanguage = this.documents.get(current.shown.id as string)!.language;
      if (language === preferredLanguage && shownLanguage !== preferredLanguage) current.shown = result;
      else if (shownLanguage !== preferredLanguage && result.score > current.shown.score) current.shown = result;
    }
    return [...articles.values()]
      .sort((a, b) => b.best.score - a.best.score)
      .map(({ best, shown }) => ({ ...shown, score: best.score, terms: [...new Set([...shown.terms, ...best.terms])] }));
  }

  search(request: SearchRequest): { hits: SearchHitResult[]; total: number } {
    const key = JSON.stringify([request.query.trim().toLowerCase(), [...request.audiences].sort(), request.language, request.preferredLanguage, request.category, request.kind, request.limit]);
    const cached = this.cache.get(key);
    if (cached && Date.now() - cached.at < CACHE_LIFETIME_MS) return cached.value;
    const value = this.searchUncached(request);
    if (this.cache.size >= CACHE_ENTRIES) this.cache.delete(this.cache.keys().next().value!);
    this.cache.set(key, { at: Date.now(), value });
    return value;
  }

  private searchUncached(request: SearchRequest): { hits: SearchHitResult[]; total: number } {
    const all = this.perArticle(this.run(request, true), request.preferredLanguage);
    const results = all.filter((result) => result.score >= (all[0]?.score ?? 0) * tuning.relevanceCutoff);
    const hits = results.slice(0, request.limit).map((result) => {
      const document = this.documents.get(result.id as string)!;
      return { document, score: Math.round(result.score * 1000) / 1000, snippet: snippet(document.text || document.summary, result.terms, document.language) };
    });
    return { hits, total: results.length };
  }

  suggest(request: Omit<SearchRequest, 'limit'> & { limit?: number }): Suggestion[] {
    return this.perArticle(this.run(request, true, true), request.preferredLanguage)
      .slice(0, request.limit ?? 6)
      .map((result) => {
        const document = this.documents.get(result.id as string)!;
        return { text: document.title, kind: 'article' as const, slug: document.slug };
      });
  }
}
