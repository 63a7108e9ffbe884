import type { TicketPriority } from '@portico/shared/tickets/catalogue.schemas';
import { ticketPriorities } from '@portico/shared/tickets/catalogue.schemas';
import { triageDimensions, type Explanation, type TriageDimension, type TriageLevel, type TriageRules } from '@portico/shared/tickets/tickets.schemas';

/*
 * Triage v1 (issue 5 §4): three scores for a new ticket from its request type, its form
 * answers and the words of its question; a priority from the scores; a team from the
 * request type unless a word rule routes elsewhere. Rules only ever raise a score. The
 * explanation is stored as message keys and values for the interface to write out.
 */

export interface TriageInput {
  requestType: { id: string; teamId: string; defaultPriority: TicketPriority };
  answers: Record<string, unknown>;
  question: string;
}

export interface TriageResult {
  complexity: TriageLevel;
  severity: TriageLevel;
  effort: TriageLevel;
  priority: TicketPriority;
  teamId: string;
  explanation: Explanation[];
}

const rank: Record<TriageLevel, number> = { low: 0, medium: 1, high: 2 };

/**
 * The priority table. Severity sets the row; complexity + effort (0–4) the column:
 *
 * | severity \ complexity + effort | 0–2    | 3      | 4      |
 * |--------------------------------|--------|--------|--------|
 * | low                            | low    | normal | normal |
 * | medium                         | normal | high   | high   |
 * | high                           | high   | high   | urgent |
 *
 * and never below the request type's default priority.
 */
export function priorityFor(scores: Record<TriageDimension, TriageLevel>, floor: TicketPriority = 'low'): TicketPriority {
  const weight = rank[scores.complexity] + rank[scores.effort];
  const byScores: TicketPriority =
    scores.severity === 'high'
      ? weight >= 4
        ? 'urgent'
        : 'high'
      : scores.severity === 'medium'
        ? weight >= 3
          ? 'high'
          : 'normal'
        : weight >= 3
          ? 'normal'
          : 'low';
  return ticketPriorities.indexOf(byScores) >= ticketPriorities.indexOf(floor) ? byScores : floor;
}

/** Lower case without accents, so rules need not list "acoso" and "acosó", "medica" and "médica". */
export const foldText = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** A rule's pattern, matched at the start of a word; null when it does not compile. */
function wordPattern(pattern: string): RegExp | null {
  try {
    return new RegExp(`(?<![\\p{L}\\p{N}])(?:${pattern.normalize('NFD').replace(/\p{M}/gu, '')})`, 'iu');
  } catch {
    return null;
  }
}

export function triage(input: TriageInput, rules: TriageRules): TriageResult {
  const defaults = rules.typeDefaults.find((entry) => entry.requestTypeId === input.requestType.id);
  const scores: Record<TriageDimension, TriageLevel> = {
    complexity: defaults?.complexity ?? rules.fallback.complexity,
    severity: defaults?.severity ?? rules.fallback.severity,
    effort: defaults?.effort ?? rules.fallback.effort,
  };
  const why: Record<TriageDimension, Record<string, string>> = {
    complexity: { source: 'type', reason: defaults?.reason ?? 'default' },
    severity: { source: 'type', reason: defaults?.reason ?? 'default' },
    effort: { source: 'type', reason: defaults?.reason ?? 'default' },
  };
  const raise = (dimension: TriageDimension, level: TriageLevel, because: Record<string, string>) => {
    if (rank[level] <= rank[scores[dimension]]) return;
    scores[dimension] = level;
    why[dimension] = because;
  };

  for (const rule of rules.answerRules) {
    if (rule.requestTypeId !== input.requestType.id) continue;
    const answer = input.answers[rule.fieldId];
    const matches = Array.isArray(answer) ? answer.includes(rule.value) : answer === rule.value;
    if (matches) raise(rule.dimension, rule.level, { source: 'answer', reason: rule.reason, field: rule.fieldId, value: rule.value });
  }

  const text = foldText(input.question);
  let routed: { teamId: string; reason: string; match: string } | null = null;
  for (const rule of rules.keywordRules) {
    const match = wordPattern(rule.pattern)?.exec(text);
    if (!match) continue;
    raise(rule.dimension, rule.level, { source: 'keyword', reason: rule.reason, match: match[0] });
    // The first rule that routes wins: rules are listed in the order HR wants them to count.
    if (rule.teamId && !routed) routed = { teamId: rule.teamId, reason: rule.reason, match: match[0] };
  }

  const fromScores = priorityFor(scores);
  const priority = priorityFor(scores, input.requestType.defaultPriority);
  const teamId = routed?.teamId ?? input.requestType.teamId;
  const explanation: Explanation[] = [
    { key: 'triage.priority', params: { priority, ...(priority !== fromScores ? { floor: 'type' } : {}) } },
    ...triageDimensions.map((dimension) => ({ key: 'triage.dimension', params: { dimension, level: scores[dimension], ...why[dimension] } })),
    { key: 'triage.team', params: routed ? { teamId, source: 'keyword', reason: routed.reason, match: routed.match } : { teamId, source: 'type' } },
  ];
  return { ...scores, priority, teamId, explanation };
}

/**
 * The explanation in English, for logs and specs ("High: severity high — misconduct;
 * complexity high — misconduct-report; effort medium"); the interface writes its own.
 */
export function explainInEnglish(explanation: readonly Explanation[]): string {
  const priority = explanation.find((entry) => entry.key === 'triage.priority')?.params['priority'] ?? '';
  const parts = explanation
    .filter((entry) => entry.key === 'triage.dimension')
    .sort((a, b) => rank[b.params['level'] as TriageLevel] - rank[a.params['level'] as TriageLevel])
    .map(({ params }) => `${params['dimension']} ${params['level']}${params['level'] !== 'low' ? ` — ${params['reason']}` : ''}`);
  return `${priority.charAt(0).toUpperCase()}${priority.slice(1)}: ${parts.join('; ')}`;
}
