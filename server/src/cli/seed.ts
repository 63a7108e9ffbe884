/** `npm run seed`: creates whatever part of the demo company is missing. */
import { loadConfig } from '../config/config';
import { seedDemoCompany } from '../features/directory/seed/seed-demo-company';
import { seedDemoHandbook } from '../features/handbook/seed/seed-demo-handbook';
import { seedDemoCannedResponses } from '../features/tickets/canned/seed/demo-canned-responses';
import { seedDemoCatalogue } from '../features/tickets/catalogue/seed/seed-demo-catalogue';
import { seedDemoTickets } from '../features/tickets/seed/seed-demo-tickets';
import { openDatabase } from '../platform/db/database';
import { createLogger } from '../platform/logger';
import { runCli } from './run-cli';

await runCli(async () => {
  const config = loadConfig();
  if (config.environment === 'production' && !config.seedDemoDataInProduction) {
    throw new Error(
      'NODE_ENV is production: the demo company (with its HR admin persona) is not created there unless SEED_DEMO_DATA_IN_PRODUCTION=true is set on purpose.',
    );
  }
  const logger = createLogger({ level: config.logLevel === 'info' ? 'warn' : config.logLevel });
  const database = await openDatabase({ uri: config.mongodbUri, dataDir: config.dataDir, databaseName: config.databaseName, logger });
  try {
    const { created, total } = await seedDemoCompany();
    console.log(`Demo company (Lumen Works) in database "${database.connection.name}":`);
    console.table({
      locations: { created: created.locations, total: total.locations },
      departments: { created: created.departments, total: total.departments },
      employees: { created: created.employees, total: total.employees },
      'portal settings': { created: created.settings, total: total.settings },
    });
    const handbook = await seedDemoHandbook();
    console.log(
      `Handbook: ${handbook.created} article versions created${handbook.errors ? `, ${handbook.errors} files with errors` : ''}, ${handbook.acknowledgements} policy acknowledgements.`,
    );
    const catalogue = await seedDemoCatalogue();
    console.log(
      `Help desk catalogue: ${catalogue.created.teams} of ${catalogue.total.teams} teams and ${catalogue.created.requestTypes} of ${catalogue.total.requestTypes} request types created.`,
    );
    const canned = await seedDemoCannedResponses();
    console.log(`Canned responses: ${canned ? `${canned} created` : 'none created (there are some already)'}.`);
    const tickets = await seedDemoTickets();
    console.log(
      tickets.skipped
        ? `Help desk tickets: none created (${tickets.skipped === 'tickets-exist' ? 'there are tickets already' : 'no catalogue or directory to seed from'}).`
        : `Help desk tickets: ${tickets.created} created over six months (${Object.entries(tickets.states)
            .map(([state, count]) => `${count} ${state.replace(/_/g, ' ')}`)
            .join(', ')}), ${tickets.messages} messages, ${tickets.ratings} ratings, ${tickets.deflections} deflections, in ${tickets.ms} ms.`,
    );
  } finally {
    await database.close();
  }
});
