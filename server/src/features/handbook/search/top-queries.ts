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
 * The searches people make most, for suggestions as someone types: searched at least
 * five times in 90 days with results. Counted in the database ($group/$sum) at start
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
    const counts = await SearchEventModel.aggregate<{ _id: string; count: number }>([
      { $match: { at: { $gte: since }, results: { $gt: 0 } } },
      { $group: { _id: '$query', count: { $sum: 1 } } },
    ]);
    this.queries = counts
      .filter((row) => row.count >= TOP_QUERY_MIN_SEARCHES && typeof row._id === 'string' && row._id.trim())
      .sort((a, b) => b.count - a.count || a._id.localeCompare(b._id))
      .slice(0, MAX_QUERIES)
      .map((row) => ({ query: row._id.trim(), folded: fold(row._id), count: row.count }));
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
