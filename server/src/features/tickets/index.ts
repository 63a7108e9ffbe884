import type { Feature } from '../feature';
import { agentRoutes } from './agent.routes';
import { cannedRoutes } from './canned/canned.routes';
import { catalogueRoutes } from './catalogue/catalogue.routes';
import { scheduleTicketJobs } from './jobs/ticket-jobs';
import { ticketsFiledBy } from './personal-data';
import { helpDeskReportRoutes } from './reports/reports.routes';
import { seedDemoHelpDesk } from './seed/seed-demo-help-desk';
import { ticketRoutes } from './tickets.routes';
import { triageRoutes } from './triage/triage.routes';

/** The help desk: employees' requests, the agents' queue, its catalogue, triage, canned responses, SLAs and reports. */
export const ticketsFeature: Feature = {
  name: 'tickets',
  routes(api, { clock, mailer, files, logger, publicUrl, session, ticketSearch }) {
    catalogueRoutes(api);
    cannedRoutes(api);
    triageRoutes(api);
    helpDeskReportRoutes(api, { clock });
    // After the catalogue: /tickets/:id would otherwise take /tickets/catalogue.
    const tickets = { clock, mailer, files, logger, publicUrl, secret: session.secret, search: ticketSearch };
    ticketRoutes(api, tickets);
    agentRoutes(api, tickets);
  },
  jobs: (jobs, context) => scheduleTicketJobs(jobs, context),
  seedDemo: seedDemoHelpDesk,
  personalData: async (employeeId) => ({ filed: await ticketsFiledBy(employeeId) }),
};

export { TicketSearchIndex } from './search/ticket-search-index';
export type { WorkingCalendar } from './sla/business-hours';
