import SearchableMap from 'minisearch/SearchableMap';

import type { Suggestion } from '@portico/shared/handbook/handbook.schemas';
import type { HandbookSearch, SearchDocument, SearchHitResult, SearchRequest } from './handbook-search';
import { snippet } from './snippet';
import { foldAccents, indexTerms, isStopWord, queryTerms, synonymAlternatives, words, type SynonymGroup } from './text-analysis';

const fields = ['title', 'tags', 'summary', 'text'] as const;
const titleFields = [0, 1];
const allFields = [0, 1, 2, 3];

/**
 * Relevance settings, measured with `npm run eval:search` (docs/handbook-search.md):
 * titles and summaries weigh more than the body; a synonym counts a little less than
 * the reader's own word; a typo or a prefix match less than an exact match.
 */
export const tuning = {
  boost: { title: 3, tags: 2, summary: 2, text: 1 },
  synonymWeight: 0.3,
  weights: { fuzzy: 0.45, prefix: 0.6 },
  bm25: { k: 2, b: 0.75, d: 0.5 },
  /** Results scoring under this share of the best one are noise, not answers. */
  relevanceCutoff: 0.15,
  /** A document matching all the words typed scores (1 + this) times more; part of them, less. */
  allWordsBonus: 1,
  /** Each more thing asked for (a typed word, a synonym) a document matches multiplies its score by (1 + this). */
  eachMatchBonus: 1,
};

/**
 * Typos allowed, by the length of the stem being matched: none in short stems (one edit
 * would turn "cos" into "cas" and match half the handbook), one from five letters, two
 * from seven ("payslpi" is two edits from "payslip").
 */
const fuzziness = (term: string) => (term.length >= 7 ? 2 : term.length >= 5 ? 1 : 0);

/** Where one index term occurs, field by field: document numbers (ascending) and term frequencies. */
interface Postings {
  documents: number[][];
  frequencies: number[][];
  /** Live documents per field (removed ones stay in the lists until the next compaction). */
  live: number[];
}

/** One term to look up, as expanded from what was typed. */
interface QueryTerm {
  term: string;
  weight: number;
  /** Bit of the typed word it stands for (coverage), 0 for synonyms. */
  word: number;
  /** What was asked for that it stands for: a typed word or a synonym (see `quality`). */
  concept: number;
}

interface Scored {
  document: number;
  score: number;
}

const idOf = (document: Pick<SearchDocument, 'slug' | 'language'>) => `${document.slug}:${document.language}`;

/**
 * The in-process implementation (ADR 7): an inverted index of stems, field by field,
 * scored with BM25F into one array of per-document scores, so a query over 10,000
 * documents costs a few milliseconds and allocates almost nothing. The term
 * dictionary is MiniSearch's radix tree (`SearchableMap`), which finds the terms
 * within an edit distance (typos) or under a prefix (the word being typed).
 *
 * Text is indexed as stems in its own language (text-analysis.ts); a query is
 * expanded into the stems of every query language, the synonyms HR configured, fuzzy
 * matches for words the handbook does not know and a prefix match for the word being
 * typed. Visibility (audience, status, language, scheduled publication) is checked on
 * every scored document, so counts and suggestions never include what the reader may
 * not see.
 */
export class InProcessHandbookSearch implements HandbookSearch {
  /** By document number; a removed document leaves a hole until the next compaction. */
  private documents: (SearchDocument | undefined)[] = [];
  private readonly numbers = new Map<string, number>();
  private postings = new Map<string, Postings>();
  private dictionary = new SearchableMap<Postings>();
  /** Field lengths (in terms) by document number, and their totals over live documents. */
  private lengths: number[][] = fields.map(() => []);
  private readonly totalLength = fields.map(() => 0);
  private liveDocuments = 0;
  private synonyms: SynonymGroup[] = [];
  /** Scratch space for one query: scores and matched typed words by document number. */
  private scores = new Float64Array(0);
  private matchedWords = new Uint32Array(0);
  /** The same for a synonym of several words, which counts only where all of them are found. */
  private partialScores = new Float64Array(0);
  private partialWords = new Uint32Array(0);
  /** How many different things asked for each document matched, and the last one counted. */
  private concepts = new Uint8Array(0);
  private lastConcept = new Int32Array(0);
  private nextConcept = 1;

  get size(): number {
    return this.liveDocuments;
  }

  replaceAll(documents: SearchDocument[]): void {
    this.documents = [];
    this.numbers.clear();
    this.postings = new Map();
    this.dictionary = new SearchableMap();
    this.lengths = fields.map(() => []);
    this.totalLength.fill(0);
    this.liveDocuments = 0;
    this.upsert(documents);
  }

  upsert(documents: SearchDocument[]): void {
    for (const document of documents) {
      const id = idOf(document);
      const existing = this.numbers.get(id);
      if (existing !== undefined) this.discard(existing);
      this.add(document);
    }
    this.compactIfSparse();
  }

  remove(slug: string): void {
    for (const [id, number] of this.numbers) if (id.startsWith(`${slug}:`) && this.documents[number]?.slug === slug) this.discard(number);
    this.compactIfSparse();
  }

  setSynonyms(groups: string[][]): void {
    this.synonyms = groups.filter((group) => group.length > 1);
  }

  private fieldTerms(document: SearchDocument): string[][] {
    return [document.title, document.tags.join(' '), document.summary, document.text].map((text) =>
      indexTerms(text, document.language).split(' ').filter(Boolean),
    );
  }

  private add(document: SearchDocument): void {
    const number = this.documents.length;
    this.documents.push(document);
    this.numbers.set(idOf(document), number);
    this.liveDocuments++;
    this.fieldTerms(document).forEach((terms, field) => {
      const frequencies = new Map<string, number>();
      for (const term of terms) frequencies.set(term, (frequencies.get(term) ?? 0) + 1);
      // A field's length is its number of different terms (as MiniSearch counts it).
      this.lengths[field]![number] = frequencies.size;
      this.totalLength[field]! += frequencies.size;
      for (const [term, frequency] of frequencies) {
        let postings = this.postings.get(term);
        if (!postings) {
          postings = { documents: fields.map(() => []), frequencies: fields.map(() => []), live: fields.map(() => 0) };
          this.postings.set(term, postings);
          this.dictionary.set(term, postings);
        }
        postings.documents[field]!.push(number);
        postings.frequencies[field]!.push(frequency);
        postings.live[field]!++;
      }
    });
  }

  private discard(number: number): void {
    const document = this.documents[number]!;
    this.fieldTerms(document).forEach((terms, field) => {
      const distinct = new Set(terms);
      this.totalLength[field]! -= distinct.size;
      for (const term of distinct) this.postings.get(term)!.live[field]!--;
    });
    this.documents[number] = undefined;
    this.numbers.delete(idOf(document));
    this.liveDocuments--;
  }

  /** Rebuilds the lists once a quarter of the documents in them were removed or replaced. */
  private compactIfSparse(): void {
    if (this.documents.length - this.liveDocuments > Math.max(100, this.documents.length / 4)) {
      this.replaceAll(this.documents.filter((document): document is SearchDocument => document !== undefined));
    }
  }

  /** Is this document visible to this request? */
  private visible(request: Omit<SearchRequest, 'limit'>, now: number) {
    return (document: SearchDocument) =>
      request.audiences.includes(document.audience) &&
      (!document.visibleFrom || document.visibleFrom.getTime() <= now) &&
      (!request.language || document.language === request.language) &&
      (!request.kind || document.kind === request.kind) &&
      (!request.category || document.category === request.category || document.category.startsWith(`${request.category} / `));
  }

  /**
   * How one typed word is looked up: its stems (in every query language) that the
   * handbook uses, exactly. Only a word the handbook does not know is a likely typo and
   * is matched within an edit distance. The word being typed also matches as the start
   * of a longer word ("matern" → "maternity") when it is not a whole word yet, or
   * always, as in suggestions.
   */
  private expand(word: string, bit: number, weight: number, prefix: 'never' | 'unknown' | 'always'): QueryTerm[] {
    const forms = queryTerms(word);
    const known = forms.filter((term) => this.postings.has(term));
    const expanded = new Map<string, number>();
    const offer = (term: string, termWeight: number) => expanded.set(term, Math.max(expanded.get(term) ?? 0, termWeight));
    for (const term of known) offer(term, 1);
    if (!known.length) {
      for (const term of forms) {
        const distance = fuzziness(term);
        if (!distance) continue;
        for (const [match, [, edits]] of this.dictionary.fuzzyGet(term, distance)) offer(match, (tuning.weights.fuzzy * match.length) / (match.length + edits));
      }
    }
    const folded = foldAccents(word.toLowerCase());
    if (folded.length >= 3 && (prefix === 'always' || (prefix === 'unknown' && !known.length))) {
      for (const match of this.dictionary.atPrefix(folded).keys()) {
        const extra = match.length - folded.length;
        if (extra) offer(match, (tuning.weights.prefix * match.length) / (match.length + 0.3 * extra));
      }
    }
    const concept = this.nextConcept++;
    if (this.nextConcept >= 2 ** 31 - 1) this.nextConcept = 1;
    return [...expanded].map(([term, termWeight]) => ({ term, weight: termWeight * weight, word: bit, concept }));
  }

  /** Adds BM25F scores of these terms to `scores`; returns the documents touched for the first time. */
  private accumulate(terms: QueryTerm[], fieldNumbers: number[], scores: Float64Array, matchedWords: Uint32Array, touched: number[]): void {
    const { k, b, d } = tuning.bm25;
    const boosts = fields.map((field) => tuning.boost[field]);
    const total = this.liveDocuments;
    const { concepts, lastConcept } = this;
    for (const { term, weight, word, concept } of terms) {
      const postings = this.postings.get(term);
      if (!postings) continue;
      for (const field of fieldNumbers) {
        const live = postings.live[field]!;
        if (!live) continue;
        const numbers = postings.documents[field]!;
        const frequencies = postings.frequencies[field]!;
        const lengths = this.lengths[field]!;
        const averageLength = this.totalLength[field]! / total || 1;
        const inverse = Math.log(1 + (total - live + 0.5) / (live + 0.5)) * weight * boosts[field]!;
        for (let index = 0; index < numbers.length; index++) {
          const number = numbers[index]!;
          if (!this.documents[number]) continue;
          const frequency = frequencies[index]!;
          if (scores[number] === 0) touched.push(number);
          scores[number]! += inverse * (d + (frequency * (k + 1)) / (frequency + k * (1 - b + (b * lengths[number]!) / averageLength)));
          matchedWords[number]! |= word;
          if (concept && lastConcept[number] !== concept) {
            lastConcept[number] = concept;
            concepts[number]!++;
          }
        }
      }
    }
  }

  /** Every visible document matching the query well enough, scored; plus the terms looked up. */
  private run(request: Omit<SearchRequest, 'limit'>, prefixLast: 'unknown' | 'always', fieldNumbers: number[]): { results: Scored[]; terms: string[] } {
    const typed = words(request.query)
      .filter((word) => !isStopWord(word))
      .slice(0, 31);
    if (!typed.length || !this.liveDocuments) return { results: [], terms: [] };
    if (this.scores.length < this.documents.length) {
      const size = Math.ceil(this.documents.length * 1.5);
      [this.scores, this.partialScores] = [new Float64Array(size), new Float64Array(size)];
      [this.matchedWords, this.partialWords] = [new Uint32Array(size), new Uint32Array(size)];
      [this.concepts, this.lastConcept] = [new Uint8Array(size), new Int32Array(size)];
    }
    const { scores, matchedWords } = this;
    const touched: number[] = [];
    const lookedUp: string[] = [];

    // Any typed word may match; documents matching more of them (and rarer ones) rank higher.
    typed.forEach((word, index) => {
      const terms = this.expand(word, 1 << index, 1, index === typed.length - 1 ? prefixLast : 'never');
      lookedUp.push(...terms.map((term) => term.term));
      this.accumulate(terms, fieldNumbers, scores, matchedWords, touched);
    });
    // What HR says means the same counts, a little less than the reader's own words, and
    // only where all the words of the synonym are found ("holiday" and "holidays" are
    // the same stems, looked up once).
    const phrases = new Map<string, { words: QueryTerm[][]; covers: number }>();
    const typedFolded = typed.map((word) => foldAccents(word));
    for (const alternative of synonymAlternatives(request.query, this.synonyms)) {
      const phrase = words(alternative.text)
        .filter((word) => !isStopWord(word))
        .map((word) => this.expand(word, 0, tuning.synonymWeight, 'never'));
      if (!phrase.length || !phrase.every((terms) => terms.length)) continue;
      // A synonym found stands for the typed words it replaces ("bereavement" for "funeral").
      const covers = typedFolded.reduce((bits, word, index) => (alternative.replaces.includes(word) ? bits | (1 << index) : bits), 0);
      const key = JSON.stringify([covers, phrase.map((terms) => terms.map((term) => term.term).sort())]);
      phrases.set(key, { words: phrase, covers });
    }
    for (const { words: phrase, covers } of phrases.values()) {
      lookedUp.push(...phrase.flat().map((term) => term.term));
      if (phrase.length === 1) {
        this.accumulate(
          phrase[0]!.map((term) => ({ ...term, word: covers })),
          fieldNumbers,
          scores,
          matchedWords,
          touched,
        );
        continue;
      }
      const { partialScores, partialWords } = this;
      const reached: number[] = [];
      phrase.forEach((terms, index) =>
        this.accumulate(
          terms.map((term) => ({ ...term, word: 1 << index, concept: 0 })),
          fieldNumbers,
          partialScores,
          partialWords,
          reached,
        ),
      );
      const all = 2 ** phrase.length - 1;
      for (const number of reached) {
        if (partialWords[number] === all) {
          if (scores[number] === 0) touched.push(number);
          scores[number]! += partialScores[number]!;
          matchedWords[number]! |= covers;
          this.concepts[number]!++;
        }
        partialScores[number] = 0;
        partialWords[number] = 0;
      }
    }

    const visible = this.visible(request, Date.now());
    const all: Scored[] = [];
    let best = 0;
    for (const number of touched) {
      // Coverage: a document answering all of "overtime pay" beats one with "pay" in its title.
      const covered = bitCount(matchedWords[number]!);
      const score = scores[number]! * quality(this.concepts[number]!) * (typed.length > 1 ? 1 + tuning.allWordsBonus * (covered / typed.length) ** 2 : 1);
      scores[number] = 0;
      this.concepts[number] = 0;
      matchedWords[number] = 0;
      if (!visible(this.documents[number]!)) continue;
      all.push({ document: number, score });
      best = Math.max(best, score);
    }
    const floor = best * tuning.relevanceCutoff;
    const kept = all.filter((result) => result.score >= floor);
    if (request.preferredLanguage && kept.length < all.length) {
      // Keep the reader's language version of every kept article, however it scored itself.
      const slugs = new Set(kept.map((result) => this.documents[result.document]!.slug));
      for (const result of all) {
        const document = this.documents[result.document]!;
        if (result.score < floor && document.language === request.preferredLanguage && slugs.has(document.slug)) kept.push(result);
      }
    }
    return { results: kept, terms: lookedUp };
  }

  /**
   * One hit per article, ranked by its best-matching language version; shown in the
   * reader's language when that version matched too (so a Spanish reader who types
   * "maternity leave" still gets the article first, in Spanish).
   */
  private perArticle(results: Scored[], preferredLanguage?: string): { document: SearchDocument; score: number }[] {
    const articles = new Map<string, { score: number; shown: SearchDocument; shownScore: number }>();
    for (const { document: number, score } of results) {
      const document = this.documents[number]!;
      const current = articles.get(document.slug);
      if (!current) {
        articles.set(document.slug, { score, shown: document, shownScore: score });
        continue;
      }
      current.score = Math.max(current.score, score);
      const preferred = (candidate: SearchDocument) => candidate.language === preferredLanguage;
      if ((preferred(document) && !preferred(current.shown)) || (!preferred(current.shown) && score > current.shownScore)) {
        current.shown = document;
        current.shownScore = score;
      }
    }
    return [...articles.values()].sort((a, b) => b.score - a.score).map(({ shown, score }) => ({ document: shown, score }));
  }

  search(request: SearchRequest): { hits: SearchHitResult[]; total: number } {
    if (!request.query.trim()) return this.browse(request);
    const { results, terms } = this.run(request, 'unknown', allFields);
    const articles = this.perArticle(results, request.preferredLanguage);
    const relevant = articles.filter((article) => article.score >= (articles[0]?.score ?? 0) * tuning.relevanceCutoff);
    const hits = relevant.slice(0, request.limit).map(({ document, score }) => ({
      document,
      score: Math.round(score * 1000) / 1000,
      snippet: snippet(document.text || document.summary, terms, document.language),
    }));
    return { hits, total: relevant.length };
  }

  /** No words, only filters (a category from the handbook home): what is there, by title. */
  private browse(request: SearchRequest): { hits: SearchHitResult[]; total: number } {
    const visible = this.visible(request, Date.now());
    const results: Scored[] = [];
    this.documents.forEach((document, number) => {
      if (document && visible(document)) results.push({ document: number, score: 0 });
    });
    const articles = this.perArticle(results, request.preferredLanguage).sort((a, b) => a.document.title.localeCompare(b.document.title, a.document.language));
    const hits = articles
      .slice(0, request.limit)
      .map(({ document }) => ({ document, score: 0, snippet: snippet(document.summary || document.text, [], document.language) }));
    return { hits, total: articles.length };
  }

  suggest(request: Omit<SearchRequest, 'limit'> & { limit?: number }): Suggestion[] {
    return this.perArticle(this.run(request, 'always', titleFields).results, request.preferredLanguage)
      .slice(0, request.limit ?? 6)
      .map(({ document }) => ({ text: document.title, kind: 'article' as const, slug: document.slug }));
  }
}

/** Matching more of what was asked for (typed words, synonyms) multiplies the score. */
const quality = (concepts: number) => 1 + tuning.eachMatchBonus * Math.max(0, concepts - 1);

function bitCount(value: number): number {
  let count = 0;
  for (let rest = value; rest; rest &= rest - 1) count++;
  return count;
}
