import type { AgentView, QueueQuerySchema } from '@portico/shared/tickets/tickets.schemas';
import type { z } from 'zod';

import { TicketModel, type StoredTicket } from '../ticket.models';
import { canSee } from '../ticket.policy';
import { fold, type IndexedEntry, type TicketSearchIndex } from './ticket-search-index';
import type { Actor } from '../../auth';

type QueueQuery = z.output<typeof QueueQuerySchema>;

/** A view over every ticket, closed ones too (closed tickets are never breaching). */
function inView(view: AgentView, entry: IndexedEntry, actor: Actor, myTeams: ReadonlySet<string>): boolean {
  switch (view) {
    case 'mine':
      return entry.assigneeId === actor.employeeId;
    case 'unassigned':
      return entry.assigneeId === null;
    case 'team':
      return myTeams.has(entry.teamId);
    case 'breaching-soon':
      return false;
    case 'waiting':
      return entry.state === 'waiting_on_employee';
    case 'confidential':
      return entry.confidential;
    case 'all':
      return true;
  }
}

/**
 * One page of the queue's history: the "all" view, or any view with `state=closed`, with its
 * filters and search (a reference, or words of the subject, whatever their case and accents),
 * newest first (`sort=age`: oldest first). Decided over the in-memory index; only the page's
 * tickets are read, by `_id`, and checked again before they leave.
 */
export async function historyPage(
  actor: Actor,
  query: QueueQuery,
  myTeams: ReadonlySet<string>,
  index: TicketSearchIndex,
): Promise<{ total: number; page: StoredTicket[] }> {
  const words = query.q ? fold(query.q) : undefined;
  const matching: IndexedEntry[] = [];
  for (const entry of (await index.current()).values()) {
    if (!canSee(actor, entry, 'agent') || !inView(query.view, entry, actor, myTeams)) continue;
    if (
      (query.state && entry.state !== query.state) ||
      (query.category && entry.category !== query.category) ||
      (query.teamId && entry.teamId !== query.teamId)
    )
      continue;
    if (words && !entry.folded.includes(words)) continue;
    matching.push(entry);
  }
  const direction = query.sort === 'age' ? 1 : -1;
  matching.sort((a, b) => direction * (a.filedAt - b.filedAt) || (a._id < b._id ? -1 : a._id > b._id ? 1 : 0));
  const start = (query.page - 1) * query.pageSize;
  const tickets = await Promise.all(matching.slice(start, start + query.pageSize).map((entry) => TicketModel.findById(entry._id).lean<StoredTicket>()));
  return { total: matching.length, page: tickets.filter((ticket): ticket is StoredTicket => ticket !== null && canSee(actor, ticket, 'agent')) };
}
