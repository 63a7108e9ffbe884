import { answersSchema } from '@portico/shared/tickets/catalogue.schemas';
import type { TriageRules } from '@portico/shared/tickets/tickets.schemas';
import type { StoredRequestType } from '../catalogue/catalogue.models';
import { subjectOf } from '../ticket-commands';
import { demoCalendarFor } from '../../settings';
import { slaAtFiling } from '../ticket-sla';
import type { StoredTicket } from '../ticket.models';
import { triage } from '../triage/triage';
import { duplicatePrefixes } from './phrases';
import type { Random } from './random';
import { fill, previousMonthName, type Language, type Scenario } from './scenario';

/*
 * What a demo ticket is made of, and the ticket as filed: the question and answers from
 * its scenario, checked by the request type's form, then triage, SLA targets and due dates
 * as `createTicket` computes them.
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

const answerSchemas = new WeakMap<StoredRequestType, ReturnType<typeof answersSchema>>();

/**
 * The question and the form's answers as the employee sent them, checked by the request
 * type's own form (a scenario that does not fit its type fails the seed, and its spec).
 */
export function filing(
  plan: Pick<TicketPlan, 'scenario' | 'requester' | 'type' | 'created'>,
  duplicate: boolean,
  random: Random,
): { question: string; answers: Record<string, string | string[] | null> } {
  const language = plan.requester.language;
  const texts = plan.scenario[language];
  const values = { name: plan.requester.firstName, month: previousMonthName(plan.created, language) };
  const question = fill(`${duplicate ? random.pick(duplicatePrefixes[language]) : ''}${texts.question}`, values);
  let schema = answerSchemas.get(plan.type);
  if (!schema) answerSchemas.set(plan.type, (schema = answersSchema(plan.type)));
  const answers = schema.parse(
    plan.scenario.answers({ created: plan.created, language, details: texts.details && fill(texts.details, values), random }),
  ) as Record<string, string | string[] | null>;
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
    ...slaAtFiling(type.sla, plan.requester.locationId, created, demoCalendarFor),
    resolutions: 0,
    csat: [],
    attachmentIds: [],
    messageCount: 0,
    mergedInto: null,
    firstResponseBreachedAt: null,
    resolutionBreachedAt: null,
  };
}
