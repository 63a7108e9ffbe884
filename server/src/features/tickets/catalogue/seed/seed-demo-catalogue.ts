import { insertMissing } from '../../../../platform/db/inserts';
import { RequestTypeModel, TeamModel } from '../catalogue.models';
import { demoRequestTypes, demoTeams } from './demo-catalogue';

export interface CatalogueSeedReport {
  created: { teams: number; requestTypes: number };
  total: { teams: number; requestTypes: number };
}

/**
 * Inserts the demo teams and request types that are missing, by id; what HR changed is
 * never overwritten. Inserts, not upserts (docs/database.md): `$setOnInsert` drops nulls on
 * the embedded database. Runs with the demo company (the help desk's demo seed step, seed-demo-help-desk.ts).
 */
export async function seedDemoCatalogue(): Promise<CatalogueSeedReport> {
  const teams = demoTeams().map(({ id, ...team }) => ({ _id: id, ...team, updatedBy: null }));
  const types = demoRequestTypes.map(({ id, ...type }) => ({ _id: id, ...type, updatedBy: null }));
  return {
    created: { teams: await insertMissing(TeamModel, teams), requestTypes: await insertMissing(RequestTypeModel, types) },
    total: { teams: teams.length, requestTypes: types.length },
  };
}
