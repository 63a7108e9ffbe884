import type { articleKinds, audiences, Suggestion } from '@portico/shared/handbook/handbook.schemas';

export type Audience = (typeof audiences)[number];

/** One language variant of a published article, as the search engine needs it. */
export interface SearchDocument {
  slug: string;
  language: string;
  kind: (typeof articleKinds)[number];
  category: string;
  audience: Audience;
  title: string;
  summary: string;
  tags: string[];
  /** Plain text of the body. */
  text: string;
  updatedAt: Date;
  /** Not shown before this moment (scheduled publication). */
  visibleFrom: Date | null;
}

export interface SearchRequest {
  query: string;
  /** Who reads: only these audiences' articles may appear, anywhere. */
  audiences: readonly Audience[];
  /** Only this content language. */
  language?: string;
  /** The reader's language: preferred when an article matches in several. */
  preferredLanguage?: string;
  category?: string;
  kind?: SearchDocument['kind'];
  limit: number;
}

export interface SearchHitResult {
  document: SearchDocument;
  score: number;
  /** HTML: an escaped passage with the matching words in <mark>. */
  snippet: string;
}

/**
 * The handbook's search engine, behind an interface so another (Elasticsearch,
 * OpenSearch, Atlas Search) can replace the in-process one at scale. Implementations
 * must never return, suggest or count what the reader's audiences may not see.
 */
export interface HandbookSearch {
  replaceAll(documents: SearchDocument[]): void;
  upsert(documents: SearchDocument[]): void;
  remove(slug: string): void;
  setSynonyms(groups: string[][]): void;
  search(request: SearchRequest): { hits: SearchHitResult[]; total: number };
  suggest(request: Omit<SearchRequest, 'limit'> & { limit?: number }): Suggestion[];
  readonly size: number;
}
