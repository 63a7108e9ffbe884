import { insertMissing } from '../../../platform/db/inserts';
import type { Logger } from '../../../platform/logger';
import { DepartmentModel } from '../department.model';
import { EmployeeModel } from '../employee.model';
import { LocationModel } from '../location.model';
import { PORTAL_SETTINGS_ID, PortalSettingsModel } from '../../settings/portal-settings.model';
import { demoHrContact } from '../../settings/seed/demo-hr-contact';
import { seedDemoHandbook } from '../../handbook/seed/seed-demo-handbook';
import { seedDemoCannedResponses } from '../../tickets/canned/seed/demo-canned-responses';
import { seedDemoCatalogue } from '../../tickets/catalogue/seed/seed-demo-catalogue';
import { seedDemoTickets } from '../../tickets/seed/seed-demo-tickets';
import { generateDemoCompany } from './demo-company';

export interface SeedReport {
  created: { locations: number; departments: number; employees: number; settings: number };
  total: { locations: number; departments: number; employees: number; settings: number };
}

/** How Lumen Works' employees reach HR (HR edits this in the portal later). */
const demoSettings = [
  {
    _id: PORTAL_SETTINGS_ID,
    hrContact: demoHrContact,
  },
];

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
    settings: await insertMissing(PortalSettingsModel, demoSettings),
  };
  return {
    created,
    total: {
      locations: company.locations.length,
      departments: company.departments.length,
      employees: company.employees.length,
      settings: demoSettings.length,
    },
  };
}

/** `npm start` seeds an empty database only; an installation with real people is never touched. */
export async function seedDemoCompanyIfEmpty(logger: Logger): Promise<void> {
  if ((await EmployeeModel.countDocuments({}).limit(1)) > 0) return;
  const report = await seedDemoCompany();
  const handbook = await seedDemoHandbook();
  const helpDesk = await seedDemoCatalogue();
  const cannedResponses = await seedDemoCannedResponses();
  const { created: tickets, messages, ratings, deflections, ms } = await seedDemoTickets();
  logger.info(
    {
      created: report.created,
      handbook,
      helpDeskCatalogue: helpDesk.created,
      cannedResponses,
      helpDeskTickets: { tickets, messages, ratings, deflections, ms },
    },
    'empty database: demo company seeded',
  );
}
