import { isDuplicateKey } from './inserts';

/*
 * Numbered lists (`<owner>:<n>`): a number that must never be handed out twice is decided by
 * inserting a document whose `_id` holds it; the duplicate-key error tells the loser, who
 * tries the next one. That is exact on MongoDB and on the embedded database alike, where
 * `$inc` and conditional updates are not atomic (docs/database.md). Counters kept beside such
 * a list only say where to start looking.
 */

/** Calls `insert(n)` for n = first, first + 1, … until one does not hit a duplicate key; returns that n. */
export async function insertFirstFree(first: number, insert: (number: number) => Promise<unknown>, attempts = 1_000): Promise<number> {
  for (let number = Math.max(1, first), tried = 0; tried < attempts; number++, tried++) {
    try {
      await insert(number);
      return number;
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
    }
  }
  throw new Error(`no free number after ${attempts} attempts from ${first}`);
}

/**
 * How many entries a numbered list has: from the stored hint, looking further while entry
 * `hint + 1` exists (a concurrent writer can leave the hint a step behind).
 */
export async function countNumbered(exists: (number: number) => Promise<unknown>, hint: number): Promise<number> {
  let count = hint;
  while (await exists(count + 1)) count++;
  return count;
}
