import { DateTime } from 'luxon';

import type { StoredRequestType } from '../catalogue/catalogue.models';
import { formatReference } from '../ticket-numbers';
import { Random } from './random';
import type { Scenario } from './scenario';
import type { Flow, Person, TicketPlan } from './filed-ticket';

/*
 * Who files what and when: requesters drawn with uneven weights (a few people ask a lot),
 * request types in the proportions an HR desk sees, filing times in the requester's
 * working day (a few in the evening or at the weekend), and a flow for each ticket.
 */

/** How often each request type is filed, out of 100. */
const typeWeights: Record<string, number> = {
  'payroll-question': 22,
  'leave-question': 20,
  'general-question': 12,
  'employment-verification-letter': 11,
  'document-request': 11,
  'benefits-enrolment': 10,
  'change-of-working-hours': 8,
  'report-harassment-or-misconduct': 5,
};

/** Local hour of filing → weight: mornings and mid-afternoons. */
const hourWeights: [number, number][] = [
  [7, 1],
  [8, 4],
  [9, 9],
  [10, 11],
  [11, 10],
  [12, 7],
  [13, 5],
  [14, 8],
  [15, 9],
  [16, 7],
  [17, 5],
  [18, 3],
  [19, 2],
  [20, 1],
  [21, 1],
  [22, 1],
];

const zones: Record<string, string> = {
  london: 'Europe/London',
  madrid: 'Europe/Madrid',
  'new-york': 'America/New_York',
  bucharest: 'Europe/Bucharest',
  'sao-paulo': 'America/Sao_Paulo',
};

/** A per-ticket generator, so one ticket's draws never shift another's. */
export const randomFor = (seed: number, key: number) => new Random((seed ^ Math.imul(key + 1, 0x9e3779b1)) >>> 0);
/** The draws of a ticket's filing (the wording of a duplicate) and of its life, apart from those that drafted it. */
export const filingRandom = (seed: number, key: number) => randomFor(seed ^ 0x27d4eb2f, key);
export const lifeRandom = (seed: number, key: number) => randomFor(seed ^ 0x5bd1e995, key);

/** A plan before its reference is known; `key` seeds its own random draws. */
export type Draft = Omit<TicketPlan, 'reference' | 'duplicate' | 'duplicateOf'> & { key: number; duplicate?: Draft; duplicateOf?: Draft };

function filingTime(random: Random, now: Date, days: number, locationId: string): Date {
  const zone = zones[locationId] ?? 'Europe/London';
  const today = DateTime.fromMillis(now.getTime(), { zone });
  for (;;) {
    const day = today.minus({ days: Math.floor(random.next() * days) });
    if (day.weekday >= 6 && !random.chance(0.12)) continue;
    const at = day.set({ hour: random.weighted(hourWeights), minute: random.int(0, 59), second: random.int(0, 59), millisecond: 0 }).toMillis();
    if (at < now.getTime()) return new Date(at);
  }
}

/** A flow drawn for the scenario: mostly on time, some late, most rated 4 or 5. */
export function randomFlow(random: Random, scenario: Scenario, type: StoredRequestType): Flow {
  const confidential = type.confidential;
  const lateReply = random.chance(confidential ? 0.05 : 0.12);
  const lateResolution = random.chance(0.08);
  const resolve = lateResolution ? random.between(1.05, 1.9) : 0.1 + random.next() ** 1.3 * 0.85;
  const hasAsk = Boolean(scenario.en.ask);
  const rated = random.chance(confidential ? 0.4 : 0.72);
  const ratingWeights: [number, number][] =
    lateReply || lateResolution
      ? [
          [5, 20],
          [4, 30],
          [3, 25],
          [2, 15],
          [1, 10],
        ]
      : [
          [5, 52],
          [4, 30],
          [3, 10],
          [2, 5],
          [1, 3],
        ];
  return {
    assignAfter: random.chance(0.7) ? random.between(0.02, 0.4) * type.sla.firstResponseMinutes : null,
    assignMode: random.weighted([
      ['self', 65],
      ['colleague', 25],
      ['round-robin', 10],
    ] as const),
    override: random.chance(0.03),
    note: random.chance(0.45),
    respond: lateReply ? random.between(1.05, 2.6) : 0.03 + random.next() ** 1.6 * 0.9,
    path: hasAsk && random.chance(0.85) ? 'ask' : scenario.en.reply || random.chance(0.45) ? 'ack' : 'direct',
    answerAfter: random.chance(0.93) ? random.int(20, 1_200) : null,
    resolve,
    chase: resolve > 0.85 && random.chance(0.5),
    reopen: Boolean(scenario.en.reopen) && random.chance(0.35),
    withdraw: confidential
      ? null
      : random.weighted([
          [null, 95],
          ['before', 3],
          ['after', 2],
        ] as const),
    rating: rated ? random.weighted(ratingWeights) : null,
    ratingComment: random.chance(0.4),
    ratingAfterHours: random.between(0.3, 40),
    closeBy: random.chance(0.45) ? 'requester' : 'system',
    closeAfterHours: random.between(0.3, 100),
  };
}

/** Scenarios a requester may get for a request type (an English text may describe some offices only). */
export function scenariosFor(scenarios: readonly Scenario[], typeId: string, requester: Person): Scenario[] {
  return scenarios.filter(
    (scenario) => scenario.requestTypeId === typeId && (requester.language === 'es' || !scenario.offices || scenario.offices.includes(requester.locationId)),
  );
}

export interface PlanInput {
  now: Date;
  count: number;
  days: number;
  seed: number;
  requesters: readonly Person[];
  requestTypes: readonly StoredRequestType[];
  scenarios: readonly Scenario[];
}

/** `count` tickets (and a few duplicates merged into earlier ones), oldest first. */
export function draftTickets(input: PlanInput): Draft[] {
  const random = new Random(input.seed);
  const types = input.requestTypes.filter((type) => typeWeights[type._id] && input.scenarios.some((scenario) => scenario.requestTypeId === type._id));
  if (!types.length || !input.requesters.length) return [];
  // Uneven requesters: a cumulative weight per person, picked by binary search.
  const cumulative: number[] = [];
  let total = 0;
  for (let index = 0; index < input.requesters.length; index++) cumulative.push((total += 0.2 + random.next() ** 3 * 4));
  const pickRequester = (draw: number) => {
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (cumulative[middle]! < draw * total) low = middle + 1;
      else high = middle;
    }
    return input.requesters[low]!;
  };
  const drafts: Draft[] = [];
  for (let key = 0; drafts.length < input.count; key++) {
    const own = randomFor(input.seed, key);
    const requester = pickRequester(own.next());
    const type = own.weighted(types.map((candidate) => [candidate, typeWeights[candidate._id]!] as const));
    const choices = scenariosFor(input.scenarios, type._id, requester);
    if (!choices.length) continue;
    const scenario = own.pick(choices);
    drafts.push({
      key,
      requester,
      type,
      scenario,
      created: filingTime(own, input.now, input.days, requester.locationId),
      flow: randomFlow(own, scenario, type),
    });
  }
  addDuplicates(drafts, input.now, random);
  return drafts.sort((left, right) => left.created.getTime() - right.created.getTime() || left.key - right.key);
}

/** About one ticket in eighty, filed a month ago or more, was filed twice by mistake; HR merged the second. */
function addDuplicates(drafts: Draft[], now: Date, random: Random): void {
  const monthAgo = now.getTime() - 30 * 86_400_000;
  const candidates = drafts.filter(
    (draft) =>
      draft.created.getTime() < monthAgo && !draft.type.confidential && !draft.flow.withdraw && draft.flow.respond !== null && draft.flow.closeBy === 'system',
  );
  const wanted = Math.min(candidates.length, Math.max(2, Math.round(drafts.length / 80)));
  const chosen = new Set<Draft>();
  while (chosen.size < wanted) chosen.add(random.pick(candidates));
  let key = 1_000_000_000;
  for (const target of chosen) {
    const duplicate: Draft = { ...target, key: key++, created: new Date(target.created.getTime() + random.int(10, 120) * 60_000), duplicateOf: target };
    target.duplicate = duplicate;
    drafts.push(duplicate);
  }
}

/** References in filing order, numbered per year from where each year's counter stands. */
export function numberTickets(drafts: readonly Draft[], firstNumber: (year: number) => number): Map<Draft, string> {
  const next = new Map<number, number>();
  const references = new Map<Draft, string>();
  for (const draft of drafts) {
    const year = draft.created.getUTCFullYear();
    const number = next.get(year) ?? firstNumber(year);
    next.set(year, number + 1);
    references.set(draft, formatReference(year, number));
  }
  return references;
}
