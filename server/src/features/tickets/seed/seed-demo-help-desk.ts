import { seedDemoCannedResponses } from '../canned/seed/demo-canned-responses';
import { seedDemoCatalogue } from '../catalogue/seed/seed-demo-catalogue';
import { seedDemoTickets } from './seed-demo-tickets';

/** The help desk's demo step: the catalogue, then canned responses, then six months of tickets on them. */
export async function seedDemoHelpDesk(): Promise<string> {
  const catalogue = await seedDemoCatalogue();
  const canned = await seedDemoCannedResponses();
  const tickets = await seedDemoTickets();
  const states = Object.entries(tickets.states)
    .map(([state, count]) => `${count} ${state.replace(/_/g, ' ')}`)
    .join(', ');
  return [
    `Help desk catalogue: ${catalogue.created.teams} of ${catalogue.total.teams} teams and ${catalogue.created.requestTypes} of ${catalogue.total.requestTypes} request types created.`,
    `Canned responses: ${canned ? `${canned} created` : 'none created (there are some already)'}.`,
    tickets.skipped
      ? `Help desk tickets: none created (${tickets.skipped === 'tickets-exist' ? 'there are tickets already' : 'no catalogue or directory to seed from'}).`
      : `Help desk tickets: ${tickets.created} created over six months (${states}), ${tickets.messages} messages, ${tickets.ratings} ratings, ${tickets.deflections} deflections, in ${tickets.ms} ms.`,
  ].join('\n');
}
