import type { Model } from 'mongoose';

import type { Logger } from '../../../platform/logger';
import { DepartmentModel } from '../department.model';
import { EmployeeModel } from '../employee.model';
import { LocationModel } from '../location.model';
import { generateDemoCompany } from './demo-company';

export interface SeedReport {
  created: { locations: number; departments: number; employees: number };
  total: { locations: number; departments: number; employees: number };
}

/**
 * Creates whatever part of the demo company is missing and leaves existing records as
 * they are (an edited demo profile survives a re-seed). Safe to run any number of times.
 */
export async function seedDemoCompany(): Promise<SeedReport> {
  const company = generateDemoCompany();
  const created = {
    locations: await insertMissing(LocationModel, company.locations),
    departments: await insertMissing(DepartmentModel, company.departments),
    employees: await insertMissing(EmployeeModel, company.employees),
  };
  return {
    created,
    total: {
      locations: company.locations.length,
      departments: company.departments.length,
      employees: company.employees.length,
    },
  };
}

/** `npm start` seeds an empty database only; an installation with real people is never touched. */
export async function seedDemoCompanyIfEmpty(logger: Logger): Promise<void> {
  if ((await EmployeeModel.countDocuments({}).limit(1)) > 0) return;
  const report = await seedDemoCompany();
  logger.info({ created: report.created }, 'empty database: demo company seeded');
}

async function insertMissing<T extends { _id: string }>(model: Model<T>, rows: Partial<T>[]): Promise<number> {
  const result = await model.bulkWrite(
    rows.map(({ _id, ...fields }) => ({
      updateOne: { filter: { _id }, update: { $setOnInsert: fields }, upsert: true },
    })),
    { ordered: false },
  );
  return result.upsertedCount;
}
