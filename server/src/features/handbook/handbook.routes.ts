import { randomUUID } from 'node:crypto';
import { z } from 'zod';

import {
  ImportReportSchema,
  ImportRequestSchema,
  ArticleViewSchema,
  HandbookHomeSchema,
  SearchQuerySchema,
  SearchResultSchema,
  SuggestQuerySchema,
  SuggestResultSchema,
  type ArticleView,
  type HandbookHome,
  type ImportReport,
  type SearchResult,
  type SuggestResult,
  type Suggestion,
} from '@portico/shared/handbook/handbook.schemas';
import { notFound } from '../../platform/errors';
import type { ApiRouter } from '../../platform/http/api-router';
import type { RouteRateLimit } from '../../platform/rate-limit/rate-limited';
import { readableAudiences } from './handbook.policy';
import { articleView, handbookHome } from './handbook.presenter';
import type { HandbookSearch } from './search/handbook-search';
import { importHandbook } from './import/import-handbook';
import type { SearchLog } from './search/search-log';
import type { TopQueries } from './search/top-queries';
import { readerLanguage } from '../auth';

const read = { action: 'handbook.read' } as const;
const MAX_SUGGESTIONS = 8;

/** The searcher's pseudonym for a day (platform/pseudonyms.ts), for counting each query once per person and day. */
export type Searchers = (employeeId: string, at: Date) => string;

export interface ReadingOptions {
  searchers: Searchers;
  /** Per person: searching and suggesting are cheap for one reader and must stay so for all. */
  limits: { search: RouteRateLimit; suggest: RouteRateLimit };
}

export function handbookRoutes(
  api: ApiRouter,
  search: HandbookSearch,
  searchLog: SearchLog,
  topQueries: Pick<TopQueries, 'startingWith'>,
  { searchers, limits }: ReadingOptions,
): void {
  api.get(
    '/handbook/search',
    {
      summary: 'Search the handbook',
      description: 'Forgiving search: typos, accents, word forms, synonyms. Only what the reader may see is found or counted.',
      tags: ['handbook'],
      access: read,
      rateLimit: limits.search,
      request: { query: SearchQuerySchema },
      response: { description: 'Matching articles, best first', schema: SearchResultSchema },
    },
    async ({ query, actor }, request): Promise<SearchResult> => {
      const preferredLanguage = await readerLanguage(request);
      const result = search.search({
        query: query.q,
        audiences: readableAudiences(actor),
        language: query.lang,
        preferredLanguage,
        category: query.category,
        kind: query.type,
        limit: query.limit,
      });
      // Searches are counted once, with words: "show more" and browsing a category are not new searches.
      const searchId = query.searchId ?? randomUUID();
      if (!query.searchId && query.q) {
        const at = new Date();
        searchLog.record({
          _id: searchId,
          query: query.q.toLowerCase(),
          language: query.lang ?? preferredLanguage,
          results: result.total,
          searcher: searchers(actor.employeeId, at),
          at,
        });
      }
      return {
        searchId,
        total: result.total,
        hits: result.hits.map(({ document, score, snippet }) => ({
          slug: document.slug,
          title: document.title,
          summary: document.summary,
          snippet,
          category: document.category,
          language: document.language,
          type: document.kind,
          updatedAt: document.updatedAt.toISOString(),
          score,
        })),
      };
    },
  );

  api.post(
    '/handbook/search/:searchId/opened',
    {
      summary: 'Record that a search result was opened',
      description: 'Feeds "searches nobody opened a result of". Keeps no user id.',
      tags: ['handbook'],
      access: read,
      status: 204,
      request: { params: z.object({ searchId: z.uuid() }), body: z.strictObject({ slug: z.string().max(100) }) },
    },
    async ({ params, body }) => {
      await searchLog.opened(params.searchId, body.slug);
    },
  );

  api.get(
    '/handbook/suggest',
    {
      summary: 'Suggestions as the reader types',
      tags: ['handbook'],
      access: read,
      rateLimit: limits.suggest,
      request: { query: SuggestQuerySchema },
      response: { description: 'Article titles and frequent searches', schema: SuggestResultSchema },
    },
    async ({ query, actor }, request): Promise<SuggestResult> => {
      const audiences = readableAudiences(actor);
      const suggestions = search.suggest({ query: query.q, audiences, language: query.lang, preferredLanguage: await readerLanguage(request) });
      // Then what others search most that starts the same way, once each whatever its case.
      const seen = new Set(suggestions.map((suggestion) => suggestion.text.toLowerCase()));
      const queries: Suggestion[] = [];
      for (const text of topQueries.startingWith(query.q, 20)) {
        if (suggestions.length + queries.length >= MAX_SUGGESTIONS) break;
        if (seen.has(text.toLowerCase())) continue;
        // Only a search that finds something for this reader: others' searches must not hint at what they may not read.
        if (!search.search({ query: text, audiences, language: query.lang, limit: 1 }).total) continue;
        seen.add(text.toLowerCase());
        queries.push({ text, kind: 'query' });
      }
      return { suggestions: [...suggestions.slice(0, MAX_SUGGESTIONS), ...queries] };
    },
  );

  api.get(
    '/handbook/home',
    {
      summary: 'Handbook home: categories and recently updated articles',
      tags: ['handbook'],
      access: read,
      request: { query: z.strictObject({ lang: z.string().max(10).optional() }) },
      response: { description: 'Categories with counts and the latest updates', schema: HandbookHomeSchema },
    },
    async ({ query, actor }, request): Promise<HandbookHome> => {
      return handbookHome(readableAudiences(actor), query.lang ?? (await readerLanguage(request)));
    },
  );

  api.get(
    '/handbook/articles/:slug',
    {
      summary: 'One article, in the reader\u2019s language or the closest available',
      tags: ['handbook'],
      access: read,
      request: { params: z.object({ slug: z.string().max(100) }), query: z.strictObject({ lang: z.string().max(10).optional() }) },
      response: { description: 'The article', schema: ArticleViewSchema },
    },
    async ({ params, query, actor }, request): Promise<ArticleView> => {
      const view = await articleView(
        params.slug,
        { employeeId: actor.employeeId, audiences: readableAudiences(actor) },
        query.lang ?? (await readerLanguage(request)),
        search,
      );
      if (!view) throw notFound('There is no such article, or it is not published for you.');
      return view;
    },
  );

  api.post(
    '/handbook/import',
    {
      summary: 'Import Markdown files with front matter (HR admins)',
      description:
        'Every *.md file given is imported (docs/handbook-import.md). A file with an error imports nothing and is reported by file and field; the same files again change nothing.',
      tags: ['handbook'],
      access: { action: 'handbook.publish' },
      // A bulk import of a wiki is large.
      request: { body: ImportRequestSchema, bodyLimit: '20mb' },
      response: { description: 'What was created, updated or left unchanged, and each error', schema: ImportReportSchema },
    },
    ({ body, actor }): Promise<ImportReport> => importHandbook(body.files, actor.employeeId),
  );
}
