import type { TicketState } from '@portico/shared/tickets/tickets.schemas';
import { isDuplicateKey, onlyDuplicateKeys } from '../../../platform/db/inserts';
import { allRequestTypes, allTeams } from '../catalogue/catalogue.models';
import {
  RequesterCountModel,
  RequesterEntryModel,
  TeamRotationModel,
  TicketCounterModel,
  TicketMessageModel,
  TicketModel,
  TicketQueueModel,
  TicketRatingModel,
  DeflectionModel,
} from '../ticket.models';
import { loadTriageRules } from '../triage/triage-rules';
import { announceBulkEntries } from '../search/ticket-search-index';
import { searchEntryOf, TicketSearchModel } from '../search/ticket-search.models';
import { generateDeflections } from './demo-deflections';
import { generateDemoTickets, type Batch, type GenerateInput } from './generate-demo-tickets';
import type { Person } from './filed-ticket';
import { AuditEventModel } from '../../audit';
import { EmployeeModel, personas } from '../../directory';

/*
 * The demo help desk's history (issue 5 §11): a few hundred tickets over the past six
 * months, seeded once into a database that has none. Written with inserts only, batch by
 * batch, into every collection the commands keep in step (docs/helpdesk.md), then the
 * counters: the year's reference counter, each requester's list count, the round-robin
 * turns. No notifications and no mail: this is history.
 */

const DEMO_TICKET_SEED = 20261105;

export interface TicketSeedOptions {
  /** The seed time: dates are relative to it. */
  now?: Date;
  count?: number;
  /** How far back tickets go. */
  days?: number;
  seed?: number;
  /** "This answered my question" clicks over the same period. */
  deflections?: number;
  /** The persona and queue tickets that make every view show something today (not for the bench). */
  pins?: boolean;
  batchSize?: number;
  /** Told after each batch is written, with the messages written so far (the bench's progress). */
  progress?(messages: number): void;
}

export interface TicketSeedReport {
  created: number;
  /** Why nothing was seeded: tickets exist already, or there is no catalogue or directory to seed from. */
  skipped: 'tickets-exist' | 'nothing-to-seed-from' | null;
  states: Record<TicketState, number>;
  merged: number;
  confidential: number;
  messages: number;
  ratings: number;
  deflections: number;
  ms: number;
}

const languageOf = (preferred: string | null | undefined) => (preferred?.toLowerCase().startsWith('es') ? 'es' : 'en');

export async function seedDemoTickets(options: TicketSeedOptions = {}): Promise<TicketSeedReport> {
  const started = performance.now();
  const now = options.now ?? new Date();
  const report: TicketSeedReport = {
    created: 0,
    skipped: null,
    states: { new: 0, open: 0, waiting_on_employee: 0, resolved: 0, closed: 0 },
    merged: 0,
    confidential: 0,
    messages: 0,
    ratings: 0,
    deflections: 0,
    ms: 0,
  };
  const done = (skipped: TicketSeedReport['skipped']) => ({ ...report, skipped, ms: Math.round(performance.now() - started) });
  if (await TicketModel.exists({})) return done('tickets-exist');

  const [requestTypes, teams, rules, employees, counters, requesterCounts, rotations] = await Promise.all([
    allRequestTypes(),
    allTeams(),
    loadTriageRules(),
    EmployeeModel.find({ status: { $ne: 'terminated' } }, { firstName: 1, locationId: 1, preferredLanguage: 1 }).lean(),
    TicketCounterModel.find({}).lean(),
    RequesterCountModel.find({}).lean(),
    TeamRotationModel.find({}).lean(),
  ]);
  const people = new Map<string, Person>(
    employees.map((employee) => [
      employee._id,
      { id: employee._id, firstName: employee.firstName, locationId: employee.locationId, language: languageOf(employee.preferredLanguage) },
    ]),
  );
  // The help desk's own people answer tickets rather than file them.
  const helpDesk = new Set(teams.flatMap((team) => [team.leadId, ...team.memberIds]));
  const requesters = [...people.values()].filter((person) => !helpDesk.has(person.id));
  // Confidential reports go to the lead of the team that owns them (an HR admin, as the catalogue asks), or a member they trust.
  const confidentialTeam = teams.find((team) => requestTypes.some((type) => type.confidential && type.teamId === team._id));
  const confidentialHandlers = confidentialTeam ? [confidentialTeam.leadId, ...confidentialTeam.memberIds.filter((id) => id !== confidentialTeam.leadId)] : [];
  if (!requestTypes.length || !teams.length || !requesters.length || !confidentialHandlers.length) return done('nothing-to-seed-from');

  const lastNumber = new Map(counters.map((counter) => [counter._id, counter.last]));
  const input: GenerateInput = {
    now,
    count: options.count ?? 360,
    days: options.days ?? 182,
    seed: options.seed ?? DEMO_TICKET_SEED,
    pins: options.pins ?? true,
    requesters,
    personas: { employee: people.get(personas.employee.id), manager: people.get(personas.manager.id) },
    people,
    requestTypes,
    teams,
    rules,
    confidentialHandlers,
    firstNumber: (year) => (lastNumber.get(`HR-${year}`) ?? 0) + 1,
    requesterCounts: new Map(requesterCounts.map((entry) => [entry._id, entry.count])),
    turns: new Map(rotations.map((rotation) => [rotation._id, rotation.turns])),
    batchSize: options.batchSize ?? 250,
  };

  // Writing overlaps generating: the database works on one batch while the next is built
  // (its own process), with a few batches in flight at most.
  const tickets = generateDemoTickets(input);
  let writing: Promise<void> = Promise.resolve();
  let inFlight = 0;
  let first = true;
  for (let step = tickets.next(); ; step = tickets.next()) {
    if (step.done) {
      await writing;
      const totals = step.value;
      await saveCounters(totals.counters, lastNumber);
      await saveRequesterCounts(totals.requesterCounts, new Set(requesterCounts.map((entry) => entry._id)));
      await saveTurns(totals.turns, new Set(rotations.map((rotation) => rotation._id)));
      Object.assign(report, { created: totals.tickets, states: totals.states, merged: totals.merged, confidential: totals.confidential });
      break;
    }
    const batch = step.value;
    if (first) {
      // The first insert claims the seed: another process seeding at the same moment loses on the duplicate reference.
      first = false;
      try {
        await TicketModel.insertMany(batch.tickets.slice(0, 1), { lean: true });
      } catch (error) {
        if (isDuplicateKey(error)) return done('tickets-exist');
        throw error;
      }
      await TicketSearchModel.insertMany(batch.tickets.slice(0, 1).map(searchEntryOf), { lean: true });
      batch.tickets = batch.tickets.slice(1);
    }
    inFlight++;
    writing = writing.then(async () => {
      await writeBatch(batch);
      inFlight--;
      report.messages += batch.messages.length;
      report.ratings += batch.ratings.length;
      options.progress?.(report.messages);
    });
    // A failed write surfaces at the next await of `writing`, not as an unhandled rejection meanwhile.
    writing.catch(() => undefined);
    if (inFlight > 3) await writing;
    // Lets the driver send what is queued before the next batch is built.
    else await new Promise((resolve) => setImmediate(resolve));
  }

  const deflections = generateDeflections({ now, days: input.days, count: options.deflections ?? Math.round(input.count * 0.7), seed: input.seed });
  await insertInChunks(DeflectionModel, deflections);
  report.deflections = deflections.length;
  // Entries written without changes: a running portal's search index reads them all again.
  await announceBulkEntries();
  return done(null);
}

async function writeBatch(batch: Batch): Promise<void> {
  await insertInChunks(TicketModel, batch.tickets);
  await insertInChunks(TicketMessageModel, batch.messages);
  await insertInChunks(TicketQueueModel, batch.queue);
  await insertInChunks(TicketSearchModel, batch.tickets.map(searchEntryOf));
  await insertInChunks(RequesterEntryModel, batch.entries);
  await insertInChunks(TicketRatingModel, batch.ratings);
  await insertAuditEvents(batch.audit);
}

/** Overrides' audit events keep their ids when the tickets are removed and seeded again: those already there stay. */
async function insertAuditEvents(events: readonly object[]): Promise<void> {
  if (!events.length) return;
  try {
    await AuditEventModel.insertMany(events, { ordered: false });
  } catch (error) {
    if (!onlyDuplicateKeys(error)) throw error;
  }
}

/**
 * Inserts (never bulk updates: the embedded database deadlocks on those, docs/database.md), a
 * thousand at a time, lean: the documents are built whole in the stored shapes, and the
 * spec checks each against its schema, so Mongoose's casting (two thirds of the write time)
 * is skipped.
 */
async function insertInChunks(
  model: { insertMany(documents: never[], options: { lean: true }): Promise<unknown> },
  documents: readonly object[],
): Promise<void> {
  for (let start = 0; start < documents.length; start += 1_000) await model.insertMany(documents.slice(start, start + 1_000) as never[], { lean: true });
}

/** The year's counter says the next real ticket takes the number after the last one seeded. */
async function saveCounters(last: Map<number, number>, existing: Map<string, number>): Promise<void> {
  for (const [year, number] of last) {
    const id = `HR-${year}`;
    if (existing.has(id)) await TicketCounterModel.updateOne({ _id: id }, { $set: { last: Math.max(number, existing.get(id)!) } });
    else await TicketCounterModel.create({ _id: id, last: number });
  }
}

async function saveRequesterCounts(counts: Map<string, number>, existing: Set<string>): Promise<void> {
  await insertInChunks(
    RequesterCountModel,
    [...counts].filter(([id]) => !existing.has(id)).map(([id, count]) => ({ _id: id, count })),
  );
  // One by one: few, and a bulk update of a hundred statements would stall the embedded database.
  for (const [id, count] of counts) if (existing.has(id)) await RequesterCountModel.updateOne({ _id: id }, { $set: { count } });
}

async function saveTurns(turns: Map<string, number>, existing: Set<string>): Promise<void> {
  for (const [id, count] of turns) {
    if (existing.has(id)) await TeamRotationModel.updateOne({ _id: id }, { $set: { turns: count } });
    else await TeamRotationModel.create({ _id: id, turns: count });
  }
}
