import { ticketPriorities } from '@portico/shared/tickets/catalogue.schemas';
import { agentViews, type AgentView, type MyTickets, type Queue, type QueueQuerySchema } from '@portico/shared/tickets/tickets.schemas';
import type { z } from 'zod';
import { allTeams } from './catalogue/catalogue.models';
import { requesterTicketIds } from './ticket-numbers';
import { historyPage } from './search/history-page';
import { fold, type TicketSearchIndex } from './search/ticket-search-index';
import { TicketModel, TicketQueueModel, type QueueEntry, type StoredTicket } from './ticket.models';
import { ticketFilter } from './ticket.policy';
import { slaBreachView, ticketSummary, visibleOnly } from './ticket.presenter';
import type { Actor } from '../auth';
import { namesOf } from '../directory';

/*
 * Lists of tickets. Each starts from `ticketFilter(actor, side)` (and re-checks each ticket
 * with `canSee` before it leaves), so no list, count or search shows what the actor may not
 * see. The queue reads `ticket_queue`, which holds only tickets that are not closed: one
 * scan of that small collection gives the chosen view and the count of every view.
 */

/** A ticket due within this long is "breaching soon". */
export const BREACHING_SOON_MS = 4 * 3_600_000;
const priorityRank = (priority: string) => ticketPriorities.indexOf(priority as (typeof ticketPriorities)[number]);

export async function myTickets(actor: Actor, page: number, pageSize: number): Promise<MyTickets> {
  const { total, ids } = await requesterTicketIds(actor.employeeId, page, pageSize);
  const tickets = (await Promise.all(ids.map((id) => TicketModel.findById(id).lean<StoredTicket>()))).filter(
    (ticket): ticket is StoredTicket => ticket !== null,
  );
  const visible = visibleOnly(actor, tickets, 'requester');
  const names = await namesOf(visible.map((ticket) => ticket.assigneeId));
  return { total, page, pageSize, tickets: visible.map((ticket) => ticketSummary(ticket, names)) };
}

/** The moment a ticket's next target falls due: the first response until there is one, then the resolution. */
export const nextDue = (ticket: QueueEntry): Date | null =>
  !ticket.firstResponseAt && ticket.firstResponseDueAt ? ticket.firstResponseDueAt : ticket.resolutionDueAt;

export function isBreachingSoon(ticket: QueueEntry, now: Date): boolean {
  if (ticket.state === 'waiting_on_employee' || ticket.state === 'resolved' || ticket.state === 'closed') return false;
  const due = nextDue(ticket);
  return Boolean(due && due.getTime() - now.getTime() <= BREACHING_SOON_MS);
}

type QueueQuery = z.output<typeof QueueQuerySchema>;

function inView(view: AgentView, ticket: QueueEntry, actor: Actor, myTeams: ReadonlySet<string>, now: Date): boolean {
  switch (view) {
    case 'mine':
      return ticket.assigneeId === actor.employeeId && ticket.state !== 'resolved';
    case 'unassigned':
      return ticket.assigneeId === null && ticket.state !== 'resolved';
    case 'team':
      return myTeams.has(ticket.teamId) && ticket.state !== 'resolved';
    case 'breaching-soon':
      return isBreachingSoon(ticket, now);
    case 'waiting':
      return ticket.state === 'waiting_on_employee';
    case 'confidential':
      return ticket.confidential;
    case 'all':
      return true;
  }
}

function matchesFilters(ticket: QueueEntry, query: QueueQuery): boolean {
  if (query.state && ticket.state !== query.state) return false;
  if (query.category && ticket.category !== query.category) return false;
  if (query.teamId && ticket.teamId !== query.teamId) return false;
  if (query.q && !fold(`${ticket._id} ${ticket.subject}`).includes(fold(query.q))) return false;
  return true;
}

function sorter(sort: QueueQuery['sort']): (a: QueueEntry, b: QueueEntry) => number {
  const age = (a: QueueEntry, b: QueueEntry) => a.createdAt.getTime() - b.createdAt.getTime() || a._id.localeCompare(b._id);
  if (sort === 'age') return age;
  if (sort === 'due') {
    return (a, b) => (nextDue(a)?.getTime() ?? Infinity) - (nextDue(b)?.getTime() ?? Infinity) || age(a, b);
  }
  return (a, b) => priorityRank(b.priority) - priorityRank(a.priority) || age(a, b);
}

/** One view of the queue, sorted, filtered and paged, with the count of each view. */
export async function agentQueue(actor: Actor, query: QueueQuery, now: Date, index: TicketSearchIndex): Promise<Queue> {
  const myTeams = new Set(
    (await allTeams()).filter((team) => team.leadId === actor.employeeId || team.memberIds.includes(actor.employeeId)).map((team) => team._id),
  );
  const active = visibleOnly(actor, await TicketQueueModel.find(ticketFilter(actor, 'agent')).lean<QueueEntry[]>(), 'agent');
  const counts = Object.fromEntries(
    agentViews.filter((view) => view !== 'all').map((view) => [view, active.filter((ticket) => inView(view, ticket, actor, myTeams, now)).length]),
  );

  let total: number;
  let page: QueueEntry[];
  const start = (query.page - 1) * query.pageSize;
  if (query.view === 'all' || query.state === 'closed') {
    // History too: every ticket, from the in-memory search index (search/), never a scan of `tickets`.
    ({ total, page } = await historyPage(actor, query, myTeams, index));
  } else {
    const matching = active.filter((ticket) => inView(query.view, ticket, actor, myTeams, now) && matchesFilters(ticket, query)).sort(sorter(query.sort));
    total = matching.length;
    page = matching.slice(start, start + query.pageSize);
  }
  const names = await namesOf(page.flatMap((ticket) => [ticket.assigneeId, ticket.requesterId]));
  return {
    view: query.view,
    total,
    page: query.page,
    pageSize: query.pageSize,
    counts,
    tickets: page.map((ticket) => ({
      ...ticketSummary(ticket, names),
      requester: { id: ticket.requesterId, displayName: names.get(ticket.requesterId) ?? null },
      breachingSoon: isBreachingSoon(ticket, now),
      ...slaBreachView(ticket, now),
    })),
  };
}
