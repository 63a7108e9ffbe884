import type { Logger } from '../../../platform/logger';
import { countNumbered, insertFirstFree } from '../../../platform/db/numbered';
import { formatReference } from '../ticket-numbers';
import { TicketCounterModel, TicketModel, type StoredTicket } from '../ticket.models';
import { searchEntryOf, TicketSearchChangeModel, TicketSearchModel, type SearchChange, type SearchEntry } from './ticket-search.models';

/*
 * Each API instance keeps every ticket's search entry in memory: read in one pass when
 * first needed (or at start, main.ts), then kept current by the numbered changes, which
 * are read by `_id` before each answer (one read of the last number when nothing changed).
 * Writers put the entry and append a change after every write to a ticket (`syncQueueEntry`).
 * Changes older than an hour are removed; an index that finds a number it has not read
 * missing, or the numbering gone back (the collections emptied), reads everything again.
 */

/** Where the last change number is kept: a hint read by `_id` (inserts decide the numbers). */
const HEAD = 'search-changes';
const KEEP_CHANGES_MS = 3_600_000;
const FOLLOW_BATCH = 50;
/** How often a started index (main.ts) reads the changes on its own, so a search finds few to read. */
const FOLLOW_EVERY_MS = 2_000;
const PRUNE_EVERY_MS = 600_000;
let lastPruned = 0;

async function lastChange(): Promise<number> {
  return (await TicketCounterModel.findById(HEAD).lean())?.last ?? 0;
}

async function appendChange(entry: SearchEntry | null, now: Date): Promise<void> {
  const number = await insertFirstFree((await lastChange()) + 1, (n) => TicketSearchChangeModel.create({ _id: n, entry, at: now }));
  await TicketCounterModel.replaceOne({ _id: HEAD }, { last: number }, { upsert: true });
  if (now.getTime() - lastPruned >= PRUNE_EVERY_MS) {
    lastPruned = now.getTime();
    await TicketSearchChangeModel.deleteMany({ at: { $lt: new Date(now.getTime() - KEEP_CHANGES_MS) } });
  }
}

/** Puts the ticket's search entry in line with it and tells every instance's index. */
export async function recordSearchEntry(ticket: StoredTicket): Promise<void> {
  const entry = searchEntryOf(ticket);
  await TicketSearchModel.replaceOne({ _id: entry._id }, entry, { upsert: true });
  await appendChange(entry, new Date());
}

/** After entries were written in bulk without changes (the demo seed): every index reads them all again. */
export const announceBulkEntries = () => appendChange(null, new Date());

/** An entry as the index keeps it: the subject folded for matching, the time as a number for sorting. */
export interface IndexedEntry extends SearchEntry {
  folded: string;
  filedAt: number;
}

/** Lower case without accents: "Vacación" is found by "vacacion". */
export const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

const indexed = (entry: SearchEntry): IndexedEntry => ({
  ...entry,
  folded: fold(`${entry._id} ${entry.subject}`),
  filedAt: new Date(entry.createdAt).getTime(),
});

export class TicketSearchIndex {
  private entries = new Map<string, IndexedEntry>();
  /** The last change applied. */
  private followed = 0;
  private loaded?: Promise<void>;
  /** One follow at a time: concurrent requests wait for the same reads. */
  private following: Promise<void> = Promise.resolve();

  constructor(private readonly logger?: Logger) {}

  private timer?: NodeJS.Timeout;

  /**
   * Reads the entries in the background, so that the first search does not wait for them,
   * then follows the changes every two seconds.
   */
  start(): void {
    this.load().catch((error: unknown) => this.logger?.warn({ err: error }, 'ticket search index not built; the first search will try again'));
    this.timer = setInterval(() => {
      if (this.loaded) this.current().catch((error: unknown) => this.logger?.warn({ err: error }, 'ticket search index not brought up to date'));
    }, FOLLOW_EVERY_MS);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
  }

  /** Every ticket's entry as of now. */
  async current(): Promise<ReadonlyMap<string, IndexedEntry>> {
    await this.load();
    this.following = this.following.then(
      () => this.follow(),
      () => this.follow(),
    );
    await this.following;
    return this.entries;
  }

  private load(): Promise<void> {
    this.loaded ??= this.readAll().catch((error: unknown) => {
      this.loaded = undefined;
      throw error;
    });
    return this.loaded;
  }

  private async readAll(): Promise<void> {
    const started = performance.now();
    // The number first: changes made while reading are applied again afterwards, which is harmless.
    const followed = await lastChange();
    const entries = await TicketSearchModel.find({}).lean<SearchEntry[]>();
    const map = new Map(entries.map((entry) => [entry._id, indexed(entry)]));
    const added = await addMissingEntries(map);
    this.entries = map;
    this.followed = followed;
    this.logger?.info({ tickets: map.size, added, ms: Math.round(performance.now() - started) }, 'ticket search index built');
  }

  private async follow(): Promise<void> {
    const last = await lastChange();
    if (last < this.followed) return this.rebuild();
    // Up to the last number known, in parallel batches (an instance no one asked for a while
    // may be hundreds behind); then one by one past it, since the number is only a hint.
    for (;;) {
      const first = this.followed + 1;
      const numbers = Array.from({ length: first <= last ? Math.min(FOLLOW_BATCH, last - first + 1) : 1 }, (_, index) => first + index);
      const changes = await Promise.all(numbers.map((number) => TicketSearchChangeModel.findById(number).lean<SearchChange>()));
      for (const [index, change] of changes.entries()) {
        if (!change) {
          // Missing although numbered: removed as old while this instance was not looking.
          if (numbers[index]! <= last) return this.rebuild();
          return;
        }
        if (!change.entry) return this.rebuild();
        this.entries.set(change.entry._id, indexed(change.entry));
        this.followed = change._id;
      }
    }
  }

  private async rebuild(): Promise<void> {
    this.loaded = undefined;
    await this.load();
  }
}

/**
 * Tickets filed before `ticket_search` existed (or whose entry a crash lost) get theirs:
 * every reference of each year, up to its counter (and past it while tickets exist), that
 * has no entry is read by `_id`.
 */
async function addMissingEntries(entries: Map<string, IndexedEntry>): Promise<number> {
  const counters = await TicketCounterModel.find({ _id: { $regex: '^HR-\\d{4}$' } }).lean();
  let added = 0;
  for (const counter of counters) {
    const year = Number(counter._id.slice(3));
    const last = await countNumbered((number) => TicketModel.exists({ _id: formatReference(year, number) }), counter.last);
    for (let number = 1; number <= last; number++) {
      const reference = formatReference(year, number);
      if (entries.has(reference)) continue;
      const ticket = await TicketModel.findById(reference).lean<StoredTicket>();
      if (!ticket) continue;
      const entry = searchEntryOf(ticket);
      await TicketSearchModel.replaceOne({ _id: entry._id }, entry, { upsert: true });
      entries.set(entry._id, indexed(entry));
      added++;
    }
  }
  return added;
}
