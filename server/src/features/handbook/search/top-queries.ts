import type { Logger } from '../../../platform/logger';
import { SearchEventModel } from './search-events.model';
import { foldAccents } from './text-analysis';

/** A query suggested to others must have been searched this often, with results, in this many days. */
export const TOP_QUERY_MIN_SEARCHES = 5;
export const TOP_QUERY_DAYS = 90;
const MAX_QUERIES = 500;
const REFRESH_INTERVAL_MS = 5 * 60_000;

interface TopQuery {
  query: string;
  /** Lower case, accents folded: what a prefix is compared with. */
  folded: string;
  count: number;
}

const fold = (text: string) => foldAccents(text.trim().toLowerCase());

/**
 * The searches people make most, for suggestions as someone types: searched with results
 * by at least five people-days in 90 days (one person's repeated searches count once a
 * day, so nobody can push a query into everyone's suggestions). Counted in the database ($group/$sum) at start
 * and every few minutes, then kept in memory, so a keystroke never reads the search
 * events. At most 500, most searched first.
 */
export class TopQueries {
  private queries: TopQuery[] = [];
  private timer?: NodeJS.Timeout;

  constructor(private readonly logger: Logger) {}

  async start(intervalMs = REFRESH_INTERVAL_MS): Promise<void> {
    await this.refresh().catch((error: unknown) => this.logger.warn({ err: error }, 'top queries not loaded'));
    this.timer = setInterval(() => {
      this.refresh().catch((error: unknown) => this.logger.warn({ err: error }, 'top queries not refreshed'));
    }, intervalMs);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
  }

  /** Counts again now (specs call it instead of waiting). */
  async refresh(now = new Date()): Promise<void> {
    const since = new Date(now.getTime() - TOP_QUERY_DAYS * 86_400_000);
    const withResults = { at: { $gte: since }, results: { $gt: 0 } };
    // One row per query and searcher's day; events from before pseudonyms (no searcher) count one each.
    const [people, anonymous] = await Promise.all([
      SearchEventModel.aggregate<{ _id: { query: unknown } }>([
        { $match: { ...withResults, searcher: { $exists: true } } },
        { $group: { _id: { query: '$query', searcher: '$searcher' }, count: { $sum: 1 } } },
      ]),
      SearchEventModel.aggregate<{ _id: unknown; count: number }>([
        { $match: { ...withResults, searcher: { $exists: false } } },
        { $group: { _id: '$query', count: { $sum: 1 } } },
      ]),
    ]);
    const counts = new Map<string, number>();
    const add = (query: unknown, count: number) => {
      if (typeof query === 'string' && query.trim()) counts.set(query, (counts.get(query) ?? 0) + count);
    };
    for (const row of people) add(row._id.query, 1);
    for (const row of anonymous) add(row._id, row.count);
    this.queries = [...counts]
      .filter(([, count]) => count >= TOP_QUERY_MIN_SEARCHES)
      .sort(([a, countA], [b, countB]) => countB - countA || a.localeCompare(b))
      .slice(0, MAX_QUERIES)
      .map(([query, count]) => ({ query: query.trim(), folded: fold(query), count }));
  }

  /** Frequent queries starting with what was typed (case and accents ignored), most searched first. */
  startingWith(typed: string, limit: number): string[] {
    const prefix = fold(typed);
    if (!prefix || limit <= 0) return [];
    const found: string[] = [];
    for (const query of this.queries) {
      if (!query.folded.startsWith(prefix)) continue;
      found.push(query.query);
      if (found.length >= limit) break;
    }
    return found;
  }
}
