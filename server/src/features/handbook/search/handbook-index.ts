import type { Logger } from '../../../platform/logger';
import { contentId, HandbookArticleModel, HandbookContentModel, HandbookStampModel, type HandbookArticle } from '../handbook.models';
import { HandbookSynonymsModel } from '../synonyms.model';
import type { HandbookSearch, SearchDocument } from './handbook-search';
import { SearchLog } from './search-log';
import { TopQueries } from './top-queries';

/** How often each API instance looks for handbook changes (no change streams here). */
export const POLL_INTERVAL_MS = 2_000;

function documentsOf(article: HandbookArticle, texts: Map<string, string>): SearchDocument[] {
  if (article.status !== 'published') return [];
  return article.variants.map((variant) => ({
    slug: article._id,
    language: variant.language,
    kind: article.kind as SearchDocument['kind'],
    category: article.category,
    audience: article.audience as SearchDocument['audience'],
    title: variant.title,
    summary: variant.summary,
    tags: variant.tags,
    text: texts.get(contentId(article._id, variant.language)) ?? '',
    updatedAt: variant.updatedAt,
    visibleFrom: article.publishAt ?? null,
  }));
}

/**
 * The handbook search of one API instance. Keeps its index in step with the database: a full load at start,
 * then, every two seconds, a look at the stamp document (one read by id); when it moved,
 * the articles changed since the last look are re-indexed and the synonyms reloaded.
 * Every instance does the same, so a publish is searchable everywhere within seconds.
 */
export class HandbookIndex {
  private lastStamp: number | null = null;
  private syncedUpTo = new Date(0);
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  /** What was searched, buffered (search-log.ts). */
  readonly searchLog: SearchLog;
  /** What is searched most, for suggestions (top-queries.ts). */
  readonly topQueries: TopQueries;

  constructor(
    readonly search: HandbookSearch,
    private readonly logger: Logger,
  ) {
    this.searchLog = new SearchLog(logger);
    this.topQueries = new TopQueries(logger);
  }

  async start(pollIntervalMs = POLL_INTERVAL_MS): Promise<void> {
    await this.refresh(true);
    this.searchLog.start();
    await this.topQueries.start();
    this.timer = setInterval(() => {
      this.refresh().catch((error: unknown) => this.logger.warn({ err: error }, 'handbook index refresh failed'));
    }, pollIntervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.topQueries.stop();
    await this.searchLog.stop();
  }

  /** Brings the index up to date now (tests and the authoring API call it directly). */
  refresh(full = false): Promise<void> {
    // One refresh at a time: a slow one is not overtaken by the next tick.
    this.running = (this.running ?? Promise.resolve()).then(() => this.sync(full));
    return this.running;
  }

  private async sync(full: boolean): Promise<void> {
    const started = performance.now();
    const stamp = (await HandbookStampModel.findById('handbook').lean())?.changedAt.getTime() ?? 0;
    if (!full && stamp === this.lastStamp) return;
    const startedAt = new Date();
    // Articles saved around the previous look may carry a slightly earlier time.
    const since = full ? null : new Date(this.syncedUpTo.getTime() - 5_000);
    const articles = await HandbookArticleModel.find(since ? { updatedAt: { $gte: since } } : {}).lean<HandbookArticle[]>();
    const wanted = articles
      .filter((article) => article.status === 'published')
      .flatMap((article) => article.variants.map((variant) => contentId(article._id, variant.language)));
    const texts = new Map<string, string>();
    const contents = full
      ? await HandbookContentModel.find({}, { text: 1 }).lean()
      : await Promise.all(wanted.map((id) => HandbookContentModel.findById(id, { text: 1 }).lean()));
    for (const content of contents) if (content) texts.set(content._id, content.text ?? '');

    const documents = articles.flatMap((article) => documentsOf(article, texts));
    if (full) {
      this.search.replaceAll(documents);
    } else {
      for (const article of articles) this.search.remove(article._id);
      this.search.upsert(documents);
    }
    const synonyms = await HandbookSynonymsModel.findById('synonyms').lean();
    this.search.setSynonyms((synonyms?.groups ?? []).map((group) => group.terms));
    this.lastStamp = stamp;
    this.syncedUpTo = startedAt;
    const figures = { articles: articles.length, documents: this.search.size, ms: Math.round(performance.now() - started) };
    if (full) this.logger.info(figures, 'handbook index built');
    else if (articles.length) this.logger.debug(figures, 'handbook index refreshed');
  }
}
