import type { Logger } from '../../../platform/logger';
import { SearchEventModel } from './search-events.model';

export interface SearchEvent {
  _id: string;
  query: string;
  language: string;
  results: number;
  /** The searcher's pseudonym for the day (search-events.model.ts). */
  searcher: string;
  at: Date;
}

const FLUSH_INTERVAL_MS = 1_000;
const BATCH = 25;

/**
 * The search analytics of one API instance, written in batches: a search answers
 * without waiting for a database write, and a second's worth of searches costs one
 * write. What is still buffered when the instance stops is written on the way out.
 */
export class SearchLog {
  private pending: SearchEvent[] = [];
  private timer?: NodeJS.Timeout;
  private flushing: Promise<void> = Promise.resolve();

  constructor(private readonly logger: Logger) {}

  start(): void {
    this.timer = setInterval(() => void this.flush(), FLUSH_INTERVAL_MS);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.flush();
  }

  record(event: SearchEvent): void {
    this.pending.push(event);
    if (this.pending.length >= BATCH) void this.flush();
  }

  /**
   * Marks a search as followed by an opened result. The search may still be in this
   * instance's buffer, or in another instance's for up to a second: then it is tried again.
   */
  async opened(searchId: string, slug: string, retries = 2): Promise<void> {
    await this.flush();
    const { matchedCount } = await SearchEventModel.updateOne({ _id: searchId }, { $set: { opened: true, openedSlug: slug } });
    if (matchedCount || !retries) return;
    setTimeout(() => {
      this.opened(searchId, slug, retries - 1).catch((error: unknown) => this.logger.warn({ err: error }, 'could not record an opened search result'));
    }, FLUSH_INTERVAL_MS * 2).unref();
  }

  /** Writes what is buffered now (specs call it instead of waiting). */
  flush(): Promise<void> {
    this.flushing = this.flushing.then(async () => {
      const batch = this.pending.splice(0, this.pending.length);
      for (let start = 0; start < batch.length; start += BATCH) {
        try {
          await SearchEventModel.insertMany(batch.slice(start, start + BATCH), { ordered: false });
        } catch (error) {
          // Analytics must never break searching; the loss is logged.
          this.logger.warn({ err: error, events: batch.length - start }, 'search events not recorded');
        }
      }
    });
    return this.flushing;
  }
}
