/* What specs and benches outside the help desk may use of it beyond its public face. */

export { seedDemoCatalogue } from './catalogue/seed/seed-demo-catalogue';
export { seedDemoTickets, type TicketSeedReport } from './seed/seed-demo-tickets';
export { RequesterCountModel } from './ticket.models';
