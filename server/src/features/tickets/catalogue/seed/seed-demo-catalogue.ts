import mongoose, { type Model } from 'mongoose';

import { RequestTypeModel, TeamModel } from '../catalogue.models';
import { demoRequestTypes, demoTeams } from './demo-catalogue';

export interface CatalogueSeedReport {
  created: { teams: number; requestTypes: number };
  total: { teams: number; requestTypes: number };
}

/**
 * Inserts the demo teams and request types that are missing, by id; what HR changed is
 * never overwritten. Inserts, not upserts (docs/database.md): `$setOnInsert` drops nulls on
 * the embedded database. Runs with the demo company (seedDemoCompanyIfEmpty, npm run seed).
 */
export async function seedDemoCatalogue(): Promise<CatalogueSeedReport> {
  const teams = demoTeams().map(({ id, ...team }) => ({ _id: id, ...team, updatedBy: null }));
  const types = demoRequestTypes.map(({ id, ...type }) => ({ _id: id, ...type, updatedBy: null }));
  return {
    created: { teams: await insertMissing(TeamModel, teams), requestTypes: await insertMissing(RequestTypeModel, types) },
    total: { teams: teams.length, requestTypes: types.length },
  };
}

async function insertMissing<T>(model: Model<T>, rows: (Partial<T> & { _id: string })[]): Promise<number> {
  const existing = new Set((await model.distinct('_id', { _id: { $in: rows.map((row) => row._id) } })).map(String));
  const missing = rows.filter((row) => !existing.has(row._id));
  if (!missing.length) return 0;
  try {
    return (await model.insertMany(missing, { ordered: false })).length;
  } catch (error) {
    // Another process seeding at the same moment inserted some first: that is fine.
    const writeErrors = error instanceof mongoose.mongo.MongoBulkWriteError ? [error.writeErrors].flat() : null;
    if (!writeErrors?.every((writeError) => writeError.code === 11000)) throw error;
    return (error as mongoose.mongo.MongoBulkWriteError).insertedCount;
  }
}
