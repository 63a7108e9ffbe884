import type { TriageDimension, TriageLevel, TriageRules } from '@portico/shared/tickets/tickets.schemas';

/*
 * Edits of the triage rules as new values (the page keeps them in a signal). Lists are in
 * the order HR wants them to count: the first keyword rule that routes wins.
 */

export type RuleList = 'typeDefaults' | 'answerRules' | 'keywordRules';
type Entry<L extends RuleList> = TriageRules[L][number];

export function changeRule<L extends RuleList>(rules: TriageRules, list: L, index: number, change: Partial<Entry<L>>): TriageRules {
  return { ...rules, [list]: rules[list].map((rule, at) => (at === index ? { ...rule, ...change } : rule)) };
}

export function addRule<L extends RuleList>(rules: TriageRules, list: L, rule: Entry<L>): TriageRules {
  return { ...rules, [list]: [...rules[list], rule] };
}

export function removeRule(rules: TriageRules, list: RuleList, index: number): TriageRules {
  return { ...rules, [list]: rules[list].filter((_rule, at) => at !== index) };
}

/** Moves a rule one place up (-1) or down (+1). */
export function moveRule(rules: TriageRules, list: RuleList, index: number, by: -1 | 1): TriageRules {
  const target = index + by;
  if (target < 0 || target >= rules[list].length) return rules;
  const moved = [...rules[list]] as Entry<typeof list>[];
  [moved[index], moved[target]] = [moved[target]!, moved[index]!];
  return { ...rules, [list]: moved };
}

export function changeFallback(rules: TriageRules, dimension: TriageDimension, level: TriageLevel): TriageRules {
  return { ...rules, fallback: { ...rules.fallback, [dimension]: level } };
}

/** A reason is a key: lower-case words joined by hyphens ("Missing pay" → "missing-pay"). */
export const reasonKey = (text: string) =>
  text
    .trim()
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
