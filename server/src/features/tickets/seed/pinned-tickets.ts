import type { StoredRequestType } from '../catalogue/catalogue.models';
import type { StoredTicket } from '../ticket.models';
import { addBusinessMinutes } from '../sla/business-hours';
import { BREACHING_SOON_MS } from '../ticket-queries';
import { demoCalendarFor as calendarFor } from '../../settings';
import { filingRandom, lifeRandom, randomFor, randomFlow, scenariosFor, type Draft } from './plan-tickets';
import type { Conversation, Scenario } from './scenario';
import { filing, type Flow, type Person, type SimulationContext } from './filed-ticket';
import { simulate } from './simulate-ticket';

/*
 * A handful of tickets placed so that the demo shows every view on the day it is seeded,
 * whatever the day: a persona's requests in each state, tickets past their first-response
 * date, some about to breach, confidential reports in progress. Each is tried at earlier
 * and earlier filing times until its story, lived up to now, ends where it should.
 */

interface Pin {
  who: 'employee' | 'manager' | 'anyone';
  typeId: string;
  /** A scenario that has this part (a question to ask, for a ticket waiting on the employee). */
  needs?: keyof Conversation;
  flow: Partial<Flow>;
  /** First try this many hours before now, then `step` hours earlier each time, `tries` times. */
  from: number;
  step: number;
  tries: number;
  want(ticket: StoredTicket, now: Date): boolean;
  /** A quick test of the first-response due date alone, before a try is lived in full. */
  due?(firstResponseDueAt: Date, now: Date): boolean;
}

const hours = (count: number) => count * 3_600_000;
const is = (state: StoredTicket['state']) => (ticket: StoredTicket) => ticket.state === state;
const unanswered: Partial<Flow> = { respond: null, withdraw: null, override: false };
const inProgress: Partial<Flow> = { respond: 0.3, path: 'ack', resolve: null, withdraw: null, chase: false, override: false };
const pastFirstResponse = (ticket: StoredTicket, now: Date) => ticket.state === 'new' && ticket.firstResponseDueAt! < now;
const dueSoon = (due: Date, now: Date) => due > now && due.getTime() - now.getTime() < BREACHING_SOON_MS - hours(0.5);
const breachingSoon = (ticket: StoredTicket, now: Date) => ticket.state === 'new' && dueSoon(ticket.firstResponseDueAt!, now);

const pins: Pin[] = [
  // Emma, the employee persona: one request in each state.
  { who: 'employee', typeId: 'general-question', flow: { ...unanswered, assignAfter: null }, from: 0.5, step: 0.5, tries: 6, want: is('new') },
  { who: 'employee', typeId: 'document-request', flow: inProgress, from: 8, step: 4, tries: 30, want: is('open') },
  {
    who: 'employee',
    typeId: 'leave-question',
    needs: 'ask',
    flow: { respond: 0.3, path: 'ask', answerAfter: null, withdraw: null },
    from: 20,
    step: 4,
    tries: 30,
    want: is('waiting_on_employee'),
  },
  {
    who: 'employee',
    typeId: 'payroll-question',
    flow: { respond: 0.4, path: 'ack', resolve: 0.4, reopen: false, rating: null, closeBy: 'system', withdraw: null, chase: false },
    from: 40,
    step: 6,
    tries: 30,
    want: is('resolved'),
  },
  {
    who: 'employee',
    typeId: 'employment-verification-letter',
    flow: { respond: 0.3, path: 'direct', rating: 5, ratingComment: true, ratingAfterHours: 2, closeBy: 'requester', closeAfterHours: 3, withdraw: null },
    from: 24 * 9,
    step: 24,
    tries: 10,
    want: (ticket) => ticket.state === 'closed' && ticket.csat.length > 0,
  },
  {
    who: 'employee',
    typeId: 'benefits-enrolment',
    needs: 'ask',
    flow: { respond: 0.5, path: 'ask', answerAfter: 120, resolve: 0.4, rating: 4, closeBy: 'system', withdraw: null, reopen: false },
    from: 24 * 60,
    step: 24,
    tries: 10,
    want: (ticket, now) => ticket.state === 'closed' && ticket.closedAt!.getTime() < now.getTime() - hours(24 * 14),
  },
  // Marcus, the manager persona, has asked something too.
  {
    who: 'manager',
    typeId: 'change-of-working-hours',
    needs: 'ask',
    flow: { respond: 0.6, path: 'ask', answerAfter: null, withdraw: null },
    from: 30,
    step: 6,
    tries: 30,
    want: is('waiting_on_employee'),
  },
  // The queue: past the first-response date, about to breach, resolution overdue.
  { who: 'anyone', typeId: 'payroll-question', flow: { ...unanswered, assignAfter: null }, from: 20, step: 4, tries: 40, want: pastFirstResponse },
  { who: 'anyone', typeId: 'leave-question', flow: { ...unanswered, assignAfter: 20 }, from: 30, step: 4, tries: 40, want: pastFirstResponse },
  { who: 'anyone', typeId: 'general-question', flow: { ...unanswered, assignAfter: null }, from: 40, step: 6, tries: 40, want: pastFirstResponse },
  // About to breach: due within the next few hours (over a weekend, none can be; they are left out).
  {
    who: 'anyone',
    typeId: 'payroll-question',
    flow: { ...unanswered, assignAfter: null },
    from: 0.25,
    step: 0.25,
    tries: 400,
    want: breachingSoon,
    due: dueSoon,
  },
  {
    who: 'anyone',
    typeId: 'document-request',
    flow: { ...unanswered, assignAfter: null },
    from: 0.25,
    step: 0.25,
    tries: 600,
    want: breachingSoon,
    due: dueSoon,
  },
  { who: 'anyone', typeId: 'report-harassment-or-misconduct', flow: unanswered, from: 0.25, step: 0.25, tries: 300, want: breachingSoon, due: dueSoon },
  {
    who: 'anyone',
    typeId: 'document-request',
    flow: inProgress,
    from: 24 * 7,
    step: 12,
    tries: 20,
    want: (ticket, now) => ticket.state === 'open' && ticket.resolutionDueAt! < now,
  },
  {
    who: 'anyone',
    typeId: 'leave-question',
    flow: inProgress,
    from: 24 * 8,
    step: 12,
    tries: 20,
    want: (ticket, now) => ticket.state === 'open' && ticket.resolutionDueAt! < now,
  },
  // Confidential reports in progress, and tickets waiting or resolved.
  { who: 'anyone', typeId: 'report-harassment-or-misconduct', flow: inProgress, from: 26, step: 6, tries: 30, want: is('open') },
  {
    who: 'anyone',
    typeId: 'report-harassment-or-misconduct',
    needs: 'ask',
    flow: { respond: 0.2, path: 'ask', answerAfter: null },
    from: 6,
    step: 3,
    tries: 30,
    want: is('waiting_on_employee'),
  },
  {
    who: 'anyone',
    typeId: 'benefits-enrolment',
    needs: 'ask',
    flow: { respond: 0.4, path: 'ask', answerAfter: null, withdraw: null },
    from: 12,
    step: 4,
    tries: 30,
    want: is('waiting_on_employee'),
  },
  {
    who: 'anyone',
    typeId: 'leave-question',
    flow: { respond: 0.3, path: 'direct', rating: null, reopen: false, withdraw: null },
    from: 30,
    step: 6,
    tries: 30,
    want: is('resolved'),
  },
  {
    who: 'anyone',
    typeId: 'change-of-working-hours',
    flow: { respond: 0.3, path: 'ack', resolve: 0.3, rating: null, reopen: false, withdraw: null, chase: false },
    from: 60,
    step: 8,
    tries: 30,
    want: is('resolved'),
  },
];

export interface PinInput {
  now: Date;
  seed: number;
  requesters: readonly Person[];
  personas: { employee?: Person; manager?: Person };
  requestTypes: readonly StoredRequestType[];
  scenarios: readonly Scenario[];
  context: SimulationContext;
}

/** The pinned tickets that could be placed (a pin whose type or person is missing, or that fits no time, is left out). */
export function pinnedDrafts(input: PinInput): Draft[] {
  const drafts: Draft[] = [];
  pins.forEach((pin, index) => {
    const key = 2_000_000_000 + index;
    const random = randomFor(input.seed, key);
    const type = input.requestTypes.find((candidate) => candidate._id === pin.typeId);
    const requester = pin.who === 'anyone' ? random.pick(input.requesters) : input.personas[pin.who];
    if (!type || !requester) return;
    const scenario = scenariosFor(input.scenarios, type._id, requester).find((candidate) => !pin.needs || candidate.en[pin.needs]);
    if (!scenario) return;
    const flow = { ...randomFlow(random, scenario, type), ...pin.flow };
    // A scratch context: trying times must not hand out round-robin turns.
    const context = { ...input.context, turns: new Map(input.context.turns) };
    for (let attempt = 0; attempt < pin.tries; attempt++) {
      const created = new Date(input.now.getTime() - hours(pin.from + attempt * pin.step));
      if (pin.due && !pin.due(addBusinessMinutes(created, type.sla.firstResponseMinutes, calendarFor(requester.locationId)), input.now)) continue;
      const draft: Draft = { key, requester, type, scenario, created, flow };
      const { question, answers } = filing(draft, false, filingRandom(input.seed, key));
      const { history } = simulate(
        { ...draft, reference: 'HR-0000-00000', duplicate: undefined, duplicateOf: undefined },
        question,
        answers,
        context,
        lifeRandom(input.seed, key),
      );
      if (pin.want(history.ticket, input.now)) {
        drafts.push(draft);
        return;
      }
    }
  });
  return drafts;
}
