import mongoose, { type Model } from 'mongoose';

/**
 * The unique index refused an insert. On both databases an insert of a known `_id` is how
 * a race is decided (docs/database.md): this error tells the loser.
 */
export const isDuplicateKey = (error: unknown): boolean => error instanceof mongoose.mongo.MongoServerError && error.code === 11000;

/** Runs an insert of a known `_id`: true when it inserted, false when another got there first. */
export async function insertedFirst(insert: () => Promise<unknown>): Promise<boolean> {
  try {
    await insert();
    return true;
  } catch (error) {
    if (isDuplicateKey(error)) return false;
    throw error;
  }
}

/** An unordered `insertMany` whose only refusals are duplicate keys (rows another process inserted first). */
export const onlyDuplicateKeys = (error: unknown): error is mongoose.mongo.MongoBulkWriteError =>
  error instanceof mongoose.mongo.MongoBulkWriteError && [error.writeErrors].flat().every((writeError) => writeError.code === 11000);

/**
 * Inserts the rows whose `_id` is not there yet; returns how many it inserted. Inserts, not
 * upserts: on the embedded database an upsert's `$setOnInsert` drops null fields, and a bulk
 * update of about 100 statements deadlocks it (docs/database.md).
 */
export async function insertMissing<T>(model: Model<T>, rows: (Partial<T> & { _id: string })[]): Promise<number> {
  const existing = new Set((await model.distinct('_id', { _id: { $in: rows.map((row) => row._id) } })).map(String));
  const missing = rows.filter((row) => !existing.has(row._id));
  if (missing.length === 0) return 0;
  try {
    return (await model.insertMany(missing, { ordered: false })).length;
  } catch (error) {
    // Another process seeding at the same time inserted some of them first: that is fine.
    if (!onlyDuplicateKeys(error)) throw error;
    return error.insertedCount;
  }
}
