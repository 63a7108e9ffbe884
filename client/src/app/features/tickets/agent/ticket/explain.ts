import type { Explanation, TicketMessage, Triage } from '@portico/shared/tickets/tickets.schemas';

/*
 * The server stores triage explanations and events as message keys with values; these
 * write them in the reader's language. Reasons ("misconduct-report") are HR's own words in
 * the triage rules: known ones have names, others are shown as written, hyphens as spaces.
 */

export interface Words {
  /** The message for `key` in the reader's language. */
  t(key: string, params?: Record<string, unknown>): string;
  /** Whether `key` has a message (for open-ended values such as reasons). */
  has(key: string): boolean;
}

const levelRank: Record<string, number> = { low: 0, medium: 1, high: 2 };
const PREFIX = 'hr.tickets.triage';

export function reasonName(words: Words, reason: string | undefined): string {
  if (!reason) return '';
  const key = `${PREFIX}.reasons.${reason}`;
  return words.has(key) ? words.t(key) : reason.replace(/-/g, ' ');
}

/** In the middle of a sentence: "severity high" (a level agrees with its dimension: "esfuerzo bajo", "gravedad alta"). */
const dimensionWord = (words: Words, dimension: string | undefined) => words.t(`${PREFIX}.dimensionWords.${dimension}`);
const levelWord = (words: Words, dimension: string | undefined, level: string | undefined) => words.t(`${PREFIX}.levelWords.${dimension}.${level}`);
export const priorityName = (words: Words, priority: string | undefined) => words.t(`hr.tickets.priorities.${priority}`);

/**
 * The one-line summary the issue asks for: "High: severity high — misconduct report;
 * effort medium", strongest scores first, a reason only for what rose above low.
 */
export function triageSentence(words: Words, triage: Pick<Triage, 'priority' | 'explanation'>): string {
  const priority = triage.explanation.find((entry) => entry.key === 'triage.priority')?.params['priority'] ?? triage.priority;
  const parts = triage.explanation
    .filter((entry) => entry.key === 'triage.dimension')
    .sort((a, b) => (levelRank[b.params['level'] ?? 'low'] ?? 0) - (levelRank[a.params['level'] ?? 'low'] ?? 0))
    .map(({ params }) => {
      const scored = { dimension: dimensionWord(words, params['dimension']), level: levelWord(words, params['dimension'], params['level']) };
      return params['level'] === 'low'
        ? words.t(`${PREFIX}.partLow`, scored)
        : words.t(`${PREFIX}.part`, { ...scored, reason: reasonName(words, params['reason']) });
    });
  return words.t(`${PREFIX}.sentence`, { priority: priorityName(words, priority), parts: parts.join('; ') });
}

/** Field labels and choice names of the ticket's request type, to say which answer raised a score. */
export type AnswerLabels = (fieldId: string, value?: string) => { field: string; value: string };

/** Where one score came from: the request type, an answer, or words in the question. */
export function dimensionSource(words: Words, entry: Explanation, labels: AnswerLabels): string {
  const { source, field, value, match } = entry.params;
  if (source === 'answer' && field) return words.t(`${PREFIX}.fromAnswer`, labels(field, value));
  if (source === 'keyword') return words.t(`${PREFIX}.fromWords`, { match: match ?? '' });
  return words.t(`${PREFIX}.fromType`);
}

/** The team line: the request type's team, or the one words in the question routed it to. */
export function teamSource(words: Words, triage: Pick<Triage, 'explanation'>): string | null {
  const team = triage.explanation.find((entry) => entry.key === 'triage.team');
  if (!team) return null;
  return team.params['source'] === 'keyword'
    ? words.t(`${PREFIX}.teamRouted`, { match: team.params['match'] ?? '', reason: reasonName(words, team.params['reason']) })
    : words.t(`${PREFIX}.teamOfType`);
}

/** Whether the priority was lifted to the request type's minimum. */
export const raisedToFloor = (triage: Pick<Triage, 'explanation'>) =>
  triage.explanation.some((entry) => entry.key === 'triage.priority' && entry.params['floor'] === 'type');

/** An event of the conversation in words, naming people and teams as the page knows them. */
export function eventText(
  words: Words,
  message: TicketMessage,
  names: { person(id: string | undefined): string; team(id: string | undefined): string },
): string {
  const event = message.event;
  const params = event?.params ?? {};
  const actor = message.author?.displayName ?? message.author?.id ?? words.t('hr.tickets.events.system');
  const state = (value: string | undefined) => words.t(`hr.tickets.states.${value}`);
  switch (event?.key) {
    case 'ticket.event.state':
      return words.t('hr.tickets.events.state', { actor, from: state(params['from']), to: state(params['to']) });
    case 'ticket.event.assigned':
      if (params['mode'] === 'self') return words.t('hr.tickets.events.tookIt', { actor });
      return words.t(params['mode'] === 'round-robin' ? 'hr.tickets.events.assignedInTurn' : 'hr.tickets.events.assigned', {
        actor,
        name: names.person(params['assigneeId']),
      });
    case 'ticket.event.triage_overridden':
      return words.t('hr.tickets.events.overridden', {
        actor,
        from: priorityName(words, params['previousPriority']),
        to: priorityName(words, params['priority']),
        fromTeam: names.team(params['previousTeamId']),
        toTeam: names.team(params['teamId']),
      });
    case 'ticket.event.merged':
      return words.t('hr.tickets.events.merged', { actor, reference: params['into'] ?? '' });
    case 'ticket.event.merged_from':
      return words.t('hr.tickets.events.mergedFrom', { actor, reference: params['from'] ?? '' });
    default:
      return words.t('hr.tickets.events.other');
  }
}
