import { ticketStates, type TicketState, type TriageRules } from '@portico/shared/tickets/tickets.schemas';
import type { StoredRequestType } from '../catalogue/catalogue.models';
import { queueEntryOf } from '../ticket-store';
import type { QueueEntry, StoredMessage, StoredTicket } from '../ticket.models';
import { pinnedDrafts } from './pinned-tickets';
import { draftTickets, filingRandom, lifeRandom, numberTickets, type Draft } from './plan-tickets';
import type { Scenario } from './scenario';
import { payAndLeaveScenarios } from './scenarios-pay-and-leave';
import { documentAndBenefitScenarios } from './scenarios-documents-and-benefits';
import { hoursConductAndGeneralScenarios } from './scenarios-hours-conduct-general';
import { filedTicket, filing, type Person, type SimulationContext, type Team, type TicketPlan } from './filed-ticket';
import { simulate } from './simulate-ticket';
import { TicketHistory, type AuditRecord, type RatingRecord } from './ticket-history';

/*
 * The demo tickets as documents for every collection the commands keep (tickets, queue,
 * messages, requester lists, ratings, audit), in batches, so a large run (the bench's
 * 100,000) streams into the database instead of building everything in memory first.
 */

export const demoScenarios: readonly Scenario[] = [...payAndLeaveScenarios, ...documentAndBenefitScenarios, ...hoursConductAndGeneralScenarios];

export interface GenerateInput {
  now: Date;
  count: number;
  days: number;
  seed: number;
  /** Place the persona and queue tickets of `pinned-tickets.ts` (the demo; not the bench). */
  pins: boolean;
  requesters: readonly Person[];
  personas: { employee?: Person; manager?: Person };
  /** Everybody by id, for the agents' names in replies. */
  people: ReadonlyMap<string, Person>;
  requestTypes: readonly StoredRequestType[];
  teams: readonly Team[];
  rules: TriageRules;
  confidentialHandlers: readonly string[];
  /** The first free reference number of a year. */
  firstNumber(year: number): number;
  /** Entries each requester's list already has. */
  requesterCounts: ReadonlyMap<string, number>;
  /** Round-robin turns each team has handed out already. */
  turns: ReadonlyMap<string, number>;
  batchSize: number;
}

export interface RequesterEntry {
  _id: string;
  ticketId: string;
  createdAt: Date;
}

export interface Batch {
  tickets: StoredTicket[];
  queue: QueueEntry[];
  messages: StoredMessage[];
  entries: RequesterEntry[];
  ratings: RatingRecord[];
  audit: AuditRecord[];
}

export interface Totals {
  tickets: number;
  states: Record<TicketState, number>;
  merged: number;
  confidential: number;
  /** The last reference number used per year. */
  counters: Map<number, number>;
  /** Every requester's list length after the run (those who filed). */
  requesterCounts: Map<string, number>;
  /** Round-robin turns per team after the run. */
  turns: Map<string, number>;
}

const emptyBatch = (): Batch => ({ tickets: [], queue: [], messages: [], entries: [], ratings: [], audit: [] });

export function* generateDemoTickets(input: GenerateInput): Generator<Batch, Totals, void> {
  const context: SimulationContext = {
    now: input.now,
    rules: input.rules,
    teams: new Map(input.teams.map((team) => [team._id, team])),
    people: input.people,
    confidentialHandlers: input.confidentialHandlers,
    turns: new Map(input.turns),
  };
  const common = { now: input.now, seed: input.seed, requesters: input.requesters, requestTypes: input.requestTypes, scenarios: demoScenarios };
  let drafts = draftTickets({ ...common, count: input.count, days: input.days });
  if (input.pins)
    drafts = [...drafts, ...pinnedDrafts({ ...common, personas: input.personas, context })].sort(
      (left, right) => left.created.getTime() - right.created.getTime() || left.key - right.key,
    );
  const references = numberTickets(drafts, input.firstNumber);
  const plan = (draft: Draft): TicketPlan => ({
    ...draft,
    reference: references.get(draft)!,
    duplicate: draft.duplicate && { reference: references.get(draft.duplicate)!, created: draft.duplicate.created },
    duplicateOf: draft.duplicateOf && references.get(draft.duplicateOf),
  });

  const totals: Totals = {
    tickets: 0,
    states: Object.fromEntries(ticketStates.map((state) => [state, 0])) as Record<TicketState, number>,
    merged: 0,
    confidential: 0,
    counters: new Map(),
    requesterCounts: new Map(),
    turns: context.turns,
  };
  const counts = new Map(input.requesterCounts);
  let batch = emptyBatch();
  const add = (history: TicketHistory) => {
    const { ticket } = history;
    batch.tickets.push(ticket);
    if (ticket.state !== 'closed') batch.queue.push(queueEntryOf(ticket));
    batch.messages.push(...history.messages);
    batch.ratings.push(...history.ratings);
    batch.audit.push(...history.audit);
    totals.tickets++;
    totals.states[ticket.state]++;
    if (ticket.mergedInto) totals.merged++;
    if (ticket.confidential) totals.confidential++;
    const [, year, number] = /^HR-(\d+)-(\d+)$/.exec(ticket._id)!;
    totals.counters.set(Number(year), Math.max(totals.counters.get(Number(year)) ?? 0, Number(number)));
  };

  for (const draft of drafts) {
    // The requester's list grows in filing order, duplicates included.
    const reference = references.get(draft)!;
    const entry = (counts.get(draft.requester.id) ?? 0) + 1;
    counts.set(draft.requester.id, entry);
    totals.requesterCounts.set(draft.requester.id, entry);
    batch.entries.push({ _id: `${draft.requester.id}:${entry}`, ticketId: reference, createdAt: draft.created });
    // A duplicate is written with the ticket it was merged into, which knows when that happened.
    if (draft.duplicateOf) continue;

    const own = filing(draft, false, filingRandom(input.seed, draft.key));
    const lived = simulate(plan(draft), own.question, own.answers, context, lifeRandom(input.seed, draft.key));
    add(lived.history);
    if (draft.duplicate) {
      const duplicate = draft.duplicate;
      const copy = filing(duplicate, true, filingRandom(input.seed, duplicate.key));
      const history = new TicketHistory(filedTicket(plan(duplicate), copy.question, copy.answers, input.rules));
      const mergedAt = lived.merged?.at;
      history.sweep(mergedAt ?? input.now);
      if (lived.merged) history.mergeInto(lived.merged.by, reference, lived.merged.at);
      add(history);
    }
    if (batch.tickets.length >= input.batchSize) {
      yield batch;
      batch = emptyBatch();
    }
  }
  if (batch.tickets.length || batch.entries.length) yield batch;
  return totals;
}
