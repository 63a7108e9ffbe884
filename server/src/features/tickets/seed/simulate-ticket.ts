import { answersSchema } from '@portico/shared/tickets/catalogue.schemas';
import { AUTO_CLOSE_DAYS, type TriageRules } from '@portico/shared/tickets/tickets.schemas';
import type { StoredRequestType } from '../catalogue/catalogue.models';
import { subjectOf } from '../ticket-commands';
import { calendarFor, slaAtFiling } from '../ticket-sla';
import type { StoredTicket } from '../ticket.models';
import { triage } from '../triage/triage';
import { addBusinessMinutes, businessDueAt } from '../sla/business-hours';
import { acknowledgements, answerFallbacks, chasers, closingUnanswered, duplicatePrefixes, greetings, overrides, ratingComments, signOffs, withdrawals } from './phrases';
import type { Random } from './random';
import { fill, previousMonthName, type Conversation, type Language, type Scenario } from './scenario';
import { TicketHistory } from './ticket-history';

/*
 * One demo ticket's life, from filing to wherever it has got to at the seed time: the
 * steps its flow plans happen at business times of the requester's office, and the first
 * step that would fall after `now` ends the story there, so recent tickets are new, open
 * or waiting and older ones resolved or closed, as in a real help desk.
 */

/** How a ticket's life goes; shares are of the request type's SLA targets. */
export interface Flow {
  /** Business minutes from filing to the assignment; null: whoever replies first takes it. */
  assignAfter: number | null;
  assignMode: 'self' | 'colleague' | 'round-robin';
  override: boolean;
  note: boolean;
  /** HR's first reply, as a share of the first-response target (above 1: late); null: not answered yet. */
  respond: number | null;
  path: 'direct' | 'ack' | 'ask';
  /** Business minutes the employee takes to answer HR's question; null: never answers (HR closes it after two weeks). */
  answerAfter: number | null;
  /** The resolution, as a share of the resolution target on the running clock; null: not resolved yet. */
  resolve: number | null;
  chase: boolean;
  reopen: boolean;
  withdraw: 'before' | 'after' | null;
  rating: number | null;
  ratingComment: boolean;
  ratingAfterHours: number;
  closeBy: 'requester' | 'system';
  closeAfterHours: number;
}

export interface Person {
  id: string;
  firstName: string;
  locationId: string;
  language: Language;
}

export interface Team {
  _id: string;
  leadId: string;
  memberIds: string[];
}

/** One planned ticket: who files what, when, and how it goes. */
export interface TicketPlan {
  reference: string;
  requester: Person;
  type: StoredRequestType;
  scenario: Scenario;
  created: Date;
  flow: Flow;
  /** A duplicate filed after this one and merged into it. */
  duplicate?: { reference: string; created: Date };
  /** The question is a duplicate of another ticket (merged into it when HR gets to it). */
  duplicateOf?: string;
}

export interface SimulationContext {
  now: Date;
  rules: TriageRules;
  teams: ReadonlyMap<string, Team>;
  people: ReadonlyMap<string, Person>;
  /** Who handles confidential tickets: HR admins, then a trusted agent. */
  confidentialHandlers: readonly string[];
  /** Round-robin turns handed out so far, per team (ticket_team_rotations). */
  turns: Map<string, number>;
}

const minute = 60_000;
const hour = 60 * minute;
const later = (date: Date, ms: number) => new Date(date.getTime() + ms);

const answerSchemas = new WeakMap<StoredRequestType, ReturnType<typeof answersSchema>>();

/**
 * The question and the form's answers as the employee sent them, checked by the request
 * type's own form (a scenario that does not fit its type fails the seed, and its spec).
 */
export function filing(plan: Pick<TicketPlan, 'scenario' | 'requester' | 'type' | 'created'>, duplicate: boolean, random: Random): { question: string; answers: Record<string, string | string[] | null> } {
  const language = plan.requester.language;
  const texts = plan.scenario[language];
  const values = { name: plan.requester.firstName, month: previousMonthName(plan.created, language) };
  const question = fill(`${duplicate ? random.pick(duplicatePrefixes[language]) : ''}${texts.question}`, values);
  let schema = answerSchemas.get(plan.type);
  if (!schema) answerSchemas.set(plan.type, (schema = answersSchema(plan.type)));
  const answers = schema.parse(plan.scenario.answers({ created: plan.created, language, details: texts.details && fill(texts.details, values), random })) as Record<string, string | string[] | null>;
  return { question, answers };
}

/** The ticket as `createTicket` stores it. */
export function filedTicket(plan: TicketPlan, question: string, answers: Record<string, string | string[] | null>, rules: TriageRules): StoredTicket {
  const { type, created } = plan;
  const scores = triage({ requestType: { id: type._id, teamId: type.teamId, defaultPriority: type.defaultPriority }, answers, question }, rules);
  return {
    _id: plan.reference,
    requestTypeId: type._id,
    category: type.category,
    subject: subjectOf(question),
    question,
    answers,
    requesterId: plan.requester.id,
    assigneeId: null,
    teamId: scores.teamId,
    priority: scores.priority,
    triage: { ...scores, override: null },
    confidential: type.confidential,
    state: 'new',
    createdAt: created,
    updatedAt: created,
    firstResponseAt: null,
    resolvedAt: null,
    closedAt: null,
    ...slaAtFiling(type.sla, plan.requester.locationId, created),
    resolutions: 0,
    csat: [],
    attachmentIds: [],
    messageCount: 0,
    mergedInto: null,
    firstResponseBreachedAt: null,
    resolutionBreachedAt: null,
  };
}

export interface Simulated {
  history: TicketHistory;
  /** When and by whom the duplicate was merged into this ticket, if it was by `now`. */
  merged: { at: Date; by: string } | null;
}

/**
 * Lives the plan up to `now`. `question` and `answers` were taken from the scenario by the
 * caller (so a duplicate can reword the question).
 */
export function simulate(plan: TicketPlan, question: string, answers: Record<string, string | string[] | null>, context: SimulationContext, random: Random): Simulated {
  const { now } = context;
  const history = new TicketHistory(filedTicket(plan, question, answers, context.rules));
  const calendar = calendarFor(plan.requester.locationId);
  const business = (from: Date, minutes: number) => addBusinessMinutes(from, Math.max(1, minutes), calendar);
  const { flow } = plan;
  const language = plan.requester.language;
  const texts: Conversation = plan.scenario[language];
  const values = { name: plan.requester.firstName, month: previousMonthName(plan.created, language), agent: '' };
  const text = (body: string) => fill(body, values);
  const hrText = (body: string, greet = true) => {
    const parts = [greet ? random.pick(greetings[language]) : '', body, random.pick(signOffs[language])].filter(Boolean);
    return fill(parts.join('\n\n'), values);
  };
  const sla = history.ticket.sla!;
  let merged: Simulated['merged'] = null;
  let pendingMerge: Date | null = null;
  /** Runs the merge when its moment comes before `at`; false when `at` is after now (the story stops). */
  const reach = (at: Date): boolean => {
    history.sweep(at < now ? at : now);
    if (pendingMerge && pendingMerge <= at && pendingMerge <= now && history.state !== 'closed' && history.ticket.assigneeId) {
      history.mergedFrom(history.ticket.assigneeId, plan.duplicate!.reference, pendingMerge);
      merged = { at: pendingMerge, by: history.ticket.assigneeId };
      pendingMerge = null;
    }
    return at <= now;
  };
  const finish = (): Simulated => {
    reach(now);
    return { history, merged };
  };

  // Triage override first, by the lead of the team it landed in (nobody has it yet).
  if (flow.override && !history.ticket.confidential) {
    const choice = overrides.find((entry) => entry.fromTypes.includes(plan.type._id) && entry.teamId !== history.ticket.teamId && context.teams.has(entry.teamId));
    const at = business(plan.created, random.int(1, 4));
    if (choice && reach(at)) {
      const by = context.teams.get(history.ticket.teamId)?.leadId ?? choice.teamId;
      history.overrideTriage(by, choice.priority, choice.teamId, choice.reason, at, random.uuid());
    }
  }

  const respondAt = flow.respond === null ? null : business(plan.created, flow.respond * sla.firstResponseMinutes);
  let assignAt = flow.assignAfter === null ? null : business(plan.created, flow.assignAfter);
  // Assigned after any override (an agent overrides while nobody has the ticket), before the first reply.
  const overridden = history.ticket.triage.override?.at;
  if (assignAt && overridden && assignAt <= overridden) assignAt = later(overridden, 2 * minute);
  if (respondAt && (!assignAt || assignAt >= respondAt)) assignAt = new Date(Math.max(plan.created.getTime() + minute, respondAt.getTime() - 2 * minute));
  if (history.ticket.confidential) {
    // Confidential reports go to a handler at once (an HR admin sees them on arrival).
    assignAt = assignAt ?? business(plan.created, random.int(5, 30));
    if (assignAt > now) assignAt = new Date(Math.min(now.getTime(), plan.created.getTime() + minute));
  }
  const withdrawAt = flow.withdraw === 'before' ? later(plan.created, random.between(1, 30) * hour) : null;
  if (withdrawAt && (!respondAt || withdrawAt < respondAt)) {
    if (!reach(withdrawAt)) return finish();
    history.requesterReply(text(random.pick(withdrawals[language])), withdrawAt);
    history.move('closed', later(withdrawAt, minute), { id: plan.requester.id, side: 'requester' });
    return finish();
  }

  const team = context.teams.get(history.ticket.teamId);
  let agent = '';
  if (assignAt) {
    if (!reach(assignAt)) return finish();
    agent = assignTo(plan, history, team, context, random, assignAt);
    values.agent = context.people.get(agent)?.firstName ?? '';
    if (plan.duplicate) pendingMerge = new Date(Math.max(later(assignAt, random.int(2, 20) * minute).getTime(), later(plan.duplicate.created, 5 * minute).getTime()));
  }
  if (flow.note && texts.note && assignAt) {
    const noteAt = respondAt ? new Date((assignAt.getTime() + respondAt.getTime()) / 2) : business(assignAt, random.int(20, 240));
    if (reach(noteAt)) history.note(agent, text(texts.note), noteAt);
  }
  if (!respondAt || !reach(respondAt)) return finish();

  if (flow.path === 'direct') history.hrReply(agent, hrText(texts.resolution), respondAt, 'resolved');
  else if (flow.path === 'ask') history.hrReply(agent, hrText(texts.ask ?? texts.reply ?? random.pick(acknowledgements[language])), respondAt, 'waiting_on_employee');
  else history.hrReply(agent, hrText(texts.reply ?? random.pick(acknowledgements[language])), respondAt);
  let last = respondAt;

  if (flow.withdraw === 'after' && history.state === 'open') {
    const at = business(last, random.int(30, 600));
    if (!reach(at)) return finish();
    history.requesterReply(text(random.pick(withdrawals[language])), at);
    history.move('closed', later(at, minute), { id: plan.requester.id, side: 'requester' });
    return finish();
  }

  if (history.state === 'waiting_on_employee') {
    if (flow.answerAfter === null) {
      // No answer: HR closes it after two weeks of waiting.
      const at = later(last, 14 * 24 * hour);
      if (!reach(at)) return finish();
      history.hrReply(agent, hrText(random.pick(closingUnanswered[language])), at);
      history.move('closed', later(at, minute), { id: agent, side: 'hr' });
      return finish();
    }
    last = business(last, flow.answerAfter);
    if (!reach(last)) return finish();
    history.requesterReply(text(texts.answer ?? random.pick(answerFallbacks[language])), last);
  }

  if (history.state === 'open') {
    if (flow.resolve === null) return finish();
    const onClock = businessDueAt(history.ticket.sla!.intervals, flow.resolve * sla.resolutionMinutes, calendar);
    const resolveAt = onClock && onClock > last ? onClock : business(last, random.int(30, 240));
    if (flow.chase) {
      const chaseAt = new Date((last.getTime() + resolveAt.getTime()) / 2);
      if (!reach(chaseAt)) return finish();
      history.requesterReply(text(random.pick(chasers[language])), chaseAt);
    }
    if (!reach(resolveAt)) return finish();
    history.hrReply(agent, hrText(texts.resolution, flow.path !== 'ask'), resolveAt, 'resolved');
    last = resolveAt;
  }

  if (flow.reopen && texts.reopen && texts.again) {
    const reopenAt = business(last, random.int(60, 900));
    if (!reach(reopenAt)) return finish();
    history.requesterReply(text(texts.reopen), reopenAt);
    last = business(reopenAt, random.int(60, 720));
    if (!reach(last)) return finish();
    history.hrReply(agent, hrText(texts.again, false), last, 'resolved');
  }

  // Rated and closed, in the order their moments come (a rating may follow the close).
  const steps: { at: Date; run: (at: Date) => void }[] = [];
  if (flow.rating !== null) {
    const rating = flow.rating;
    const band = rating >= 4 ? 'high' : rating === 3 ? 'middle' : 'low';
    const comment = flow.ratingComment || rating <= 2 ? text(random.pick(ratingComments[band][language])) : '';
    steps.push({ at: later(last, flow.ratingAfterHours * hour), run: (at) => history.rate(rating, comment, at) });
  }
  const requester = { id: plan.requester.id, side: 'requester' as const };
  const closeAt = later(last, (flow.closeBy === 'requester' ? Math.min(flow.closeAfterHours, AUTO_CLOSE_DAYS * 24 - 8) : AUTO_CLOSE_DAYS * 24) * hour);
  steps.push({ at: closeAt, run: (at) => history.move('closed', at, flow.closeBy === 'requester' ? requester : null) });
  for (const step of steps.sort((left, right) => left.at.getTime() - right.at.getTime())) {
    if (!reach(step.at)) break;
    step.run(step.at);
  }
  return finish();
}

function assignTo(plan: TicketPlan, history: TicketHistory, team: Team | undefined, context: SimulationContext, random: Random, at: Date): string {
  const members = team?.memberIds.length ? team.memberIds : [team?.leadId ?? context.confidentialHandlers[0]!];
  if (history.ticket.confidential) {
    const handler = random.chance(0.7) ? context.confidentialHandlers[0]! : random.pick(context.confidentialHandlers);
    const self = handler === context.confidentialHandlers[0];
    history.assign(self ? handler : context.confidentialHandlers[0]!, handler, self ? 'self' : 'colleague', at);
    return handler;
  }
  const lead = team?.leadId ?? members[0]!;
  if (plan.flow.assignMode === 'round-robin' && team?.memberIds.length) {
    const turn = (context.turns.get(team._id) ?? 0) + 1;
    context.turns.set(team._id, turn);
    const assignee = team.memberIds[(turn - 1) % team.memberIds.length]!;
    history.assign(lead, assignee, 'round-robin', at);
    return assignee;
  }
  const assignee = random.pick(members);
  if (plan.flow.assignMode === 'colleague' && assignee !== lead) history.assign(lead, assignee, 'colleague', at);
  else history.assign(assignee, assignee, 'self', at);
  return assignee;
}
