import { AUTO_CLOSE_DAYS } from '@portico/shared/tickets/tickets.schemas';
import { demoCalendarFor as calendarFor } from '../../settings';
import { addBusinessMinutes, businessDueAt } from '../sla/business-hours';
import { filedTicket, type SimulationContext, type Team, type TicketPlan } from './filed-ticket';
import {
  acknowledgements,
  answerFallbacks,
  chasers,
  closingUnanswered,
  firstGreetings,
  greetings,
  overrides,
  ratingComments,
  signOffs,
  withdrawals,
} from './phrases';
import type { Random } from './random';
import { fill, previousMonthName } from './scenario';
import { TicketHistory } from './ticket-history';

/*
 * One demo ticket's life, from filing to wherever it has got to at the seed time: the
 * steps its flow plans happen in business time of the requester's office, and the first
 * step that would fall after `now` ends the story there, so recent tickets are new, open
 * or waiting and older ones resolved or closed, as in a real help desk.
 */

export interface Simulated {
  history: TicketHistory;
  /** When and by whom the duplicate was merged into this ticket, if it was by `now`. */
  merged: { at: Date; by: string } | null;
}

const minute = 60_000;
const hour = 60 * minute;
const later = (date: Date, ms: number) => new Date(date.getTime() + ms);
const between = (from: Date, to: Date, share: number) => new Date(from.getTime() + (to.getTime() - from.getTime()) * share);

/** Lives the plan up to `now`, from the question and answers the caller took from the scenario. */
export function simulate(
  plan: TicketPlan,
  question: string,
  answers: Record<string, string | string[] | null>,
  context: SimulationContext,
  random: Random,
): Simulated {
  const { now } = context;
  const { flow } = plan;
  const history = new TicketHistory(filedTicket(plan, question, answers, context.rules));
  const calendar = calendarFor(plan.requester.locationId);
  const business = (from: Date, minutes: number) => addBusinessMinutes(from, Math.max(1, minutes), calendar);
  const language = plan.requester.language;
  const texts = plan.scenario[language];
  const values = { name: plan.requester.firstName, month: previousMonthName(plan.created, language), agent: '' };
  const text = (body: string) => fill(body, values);
  let replies = 0;
  const hrText = (body: string) => {
    const greeting = replies++ === 0 ? random.pick(firstGreetings[language]) : random.chance(0.5) ? random.pick(greetings[language]) : '';
    return text([greeting, body, random.pick(signOffs[language])].filter(Boolean).join('\n\n'));
  };
  const sla = history.ticket.sla!;
  let merged: Simulated['merged'] = null;
  let pendingMerge: Date | null = null;
  /** What happened by `at` (the sweep, a merge due), and whether `at` has come yet: the story stops at the first step after now. */
  const reach = (at: Date): boolean => {
    history.sweep(at < now ? at : now);
    const assignee = history.ticket.assigneeId;
    if (pendingMerge && pendingMerge <= at && pendingMerge <= now && history.state !== 'closed' && assignee) {
      history.mergedFrom(assignee, plan.duplicate!.reference, pendingMerge);
      merged = { at: pendingMerge, by: assignee };
      pendingMerge = null;
    }
    return at <= now;
  };
  const finish = (): Simulated => {
    reach(now);
    return { history, merged };
  };
  const requesterCloses = (at: Date) => {
    if (!reach(at)) return;
    history.requesterReply(text(random.pick(withdrawals[language])), at);
    history.move('closed', later(at, minute), { id: plan.requester.id, side: 'requester' });
  };

  // A triage override comes first: the lead of the team it landed in, while nobody has it.
  if (flow.override && !history.ticket.confidential) {
    const at = business(plan.created, random.int(1, 4));
    const choices = overrides.filter(
      (entry) =>
        entry.fromTypes.includes(plan.type._id) &&
        context.teams.has(entry.teamId ?? history.ticket.teamId) &&
        (entry.priority !== history.ticket.priority || (entry.teamId ?? history.ticket.teamId) !== history.ticket.teamId),
    );
    if (choices.length && reach(at)) {
      const choice = random.pick(choices);
      history.overrideTriage(
        context.teams.get(history.ticket.teamId)?.leadId ?? context.confidentialHandlers[0]!,
        choice.priority,
        choice.teamId ?? history.ticket.teamId,
        choice.reason,
        at,
        random.uuid(),
      );
    }
  }

  const respondAt = flow.respond === null ? null : business(plan.created, flow.respond * sla.firstResponseMinutes);
  let assignAt = flow.assignAfter === null ? null : business(plan.created, flow.assignAfter);
  const overridden = history.ticket.triage.override?.at;
  if (assignAt && overridden && assignAt <= overridden) assignAt = later(overridden, 2 * minute);
  // Whoever replies first takes the ticket just before.
  if (respondAt && (!assignAt || assignAt >= respondAt)) assignAt = new Date(Math.max(plan.created.getTime() + minute, respondAt.getTime() - 2 * minute));
  if (history.ticket.confidential) {
    // A confidential report goes to its handler on arrival.
    assignAt ??= business(plan.created, random.int(5, 30));
    if (assignAt > now) assignAt = new Date(Math.min(now.getTime(), plan.created.getTime() + minute));
  }
  const withdrawAt = flow.withdraw === 'before' ? later(plan.created, random.between(1, 30) * hour) : null;
  if (withdrawAt && (!respondAt || withdrawAt < respondAt)) {
    requesterCloses(withdrawAt);
    return finish();
  }

  let agent = '';
  if (assignAt) {
    if (!reach(assignAt)) return finish();
    agent = assignTo(plan, history, context.teams.get(history.ticket.teamId), context, random, assignAt);
    values.agent = context.people.get(agent)?.firstName ?? '';
    if (plan.duplicate)
      pendingMerge = new Date(Math.max(later(assignAt, random.int(2, 20) * minute).getTime(), later(plan.duplicate.created, 5 * minute).getTime()));
  }
  // An internal note: before a direct answer; otherwise while the answer is being worked out.
  let note = flow.note && texts.note && assignAt ? text(texts.note) : null;
  const writeNote = (at: Date) => {
    if (note && reach(at)) history.note(agent, note, at);
    note = null;
  };
  if (flow.path === 'direct' && respondAt) writeNote(between(assignAt!, respondAt, 0.5));
  if (!respondAt || !reach(respondAt)) return finish();

  if (flow.path === 'direct') history.hrReply(agent, hrText(texts.resolution), respondAt, 'resolved');
  else if (flow.path === 'ask')
    history.hrReply(agent, hrText(texts.ask ?? texts.reply ?? random.pick(acknowledgements[language])), respondAt, 'waiting_on_employee');
  else history.hrReply(agent, hrText(texts.reply ?? random.pick(acknowledgements[language])), respondAt);
  let last = respondAt;

  if (flow.withdraw === 'after' && history.state === 'open') {
    requesterCloses(business(last, random.int(30, 600)));
    return finish();
  }

  if (history.state === 'waiting_on_employee') {
    if (flow.answerAfter === null) {
      // No answer: HR closes it after two weeks.
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
    if (flow.resolve === null) {
      writeNote(business(last, random.int(30, 600)));
      return finish();
    }
    const onClock = businessDueAt(history.ticket.sla!.intervals, flow.resolve * sla.resolutionMinutes, calendar);
    const resolveAt = onClock && onClock > last ? onClock : business(last, random.int(30, 240));
    writeNote(between(last, resolveAt, 0.3));
    if (flow.chase) {
      const chaseAt = between(last, resolveAt, 0.6);
      if (!reach(chaseAt)) return finish();
      history.requesterReply(text(random.pick(chasers[language])), chaseAt);
    }
    if (!reach(resolveAt)) return finish();
    history.hrReply(agent, hrText(texts.resolution), resolveAt, 'resolved');
    last = resolveAt;
  }

  if (flow.reopen && texts.reopen && texts.again) {
    const reopenAt = business(last, random.int(60, 900));
    if (!reach(reopenAt)) return finish();
    history.requesterReply(text(texts.reopen), reopenAt);
    last = business(reopenAt, random.int(60, 720));
    if (!reach(last)) return finish();
    history.hrReply(agent, hrText(texts.again), last, 'resolved');
  }

  // Rated and closed, in the order their moments come (a rating may follow the close).
  const steps: { at: Date; run: (at: Date) => void }[] = [];
  if (flow.rating !== null) {
    const rating = flow.rating;
    const band = rating >= 4 ? 'high' : rating === 3 ? 'middle' : 'low';
    // Reports of misconduct get a number, rarely words of praise.
    const comment = rating <= 2 || (flow.ratingComment && !history.ticket.confidential) ? text(random.pick(ratingComments[band][language])) : '';
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

/**
 * Who takes the ticket: a confidential report its handler (the team lead, an HR admin, or a
 * member they choose); otherwise a member of its team, preferring one who writes the
 * requester's language, by taking it, by the lead's choice, or in round-robin turn.
 */
function assignTo(plan: TicketPlan, history: TicketHistory, team: Team | undefined, context: SimulationContext, random: Random, at: Date): string {
  const [lead, ...others] = context.confidentialHandlers;
  if (history.ticket.confidential) {
    const handler = random.chance(0.75) || !others.length ? lead! : random.pick(others);
    history.assign(lead!, handler, handler === lead ? 'self' : 'colleague', at);
    return handler;
  }
  const teamLead = team?.leadId ?? lead!;
  if (plan.flow.assignMode === 'round-robin' && team?.memberIds.length) {
    const turn = (context.turns.get(team._id) ?? 0) + 1;
    context.turns.set(team._id, turn);
    const assignee = team.memberIds[(turn - 1) % team.memberIds.length]!;
    history.assign(teamLead, assignee, 'round-robin', at);
    return assignee;
  }
  const members = team?.memberIds.length ? team.memberIds : [teamLead];
  const speakers = members.filter((id) => context.people.get(id)?.language === plan.requester.language);
  const assignee = random.pick(speakers.length && random.chance(0.8) ? speakers : members);
  if (plan.flow.assignMode === 'colleague' && assignee !== teamLead) history.assign(teamLead, assignee, 'colleague', at);
  else history.assign(assignee, assignee, 'self', at);
  return assignee;
}
