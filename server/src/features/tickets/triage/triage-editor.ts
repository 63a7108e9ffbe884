import type { FieldIssue } from '@portico/shared/platform/field-issues';
import type { TriagePreview, TriagePreviewRequestSchema } from '@portico/shared/tickets/triage-editor.schemas';
import { answersSchema } from '@portico/shared/tickets/catalogue.schemas';
import type { TriageRules } from '@portico/shared/tickets/tickets.schemas';
import type { z } from 'zod';
import { validationFailed } from '../../../platform/errors';
import { allRequestTypes, allTeams, findRequestType } from '../catalogue/catalogue.models';
import { triage } from './triage';
import { loadTriageRules, saveTriageRules } from './triage-rules';
import { type Editor, recordAuditEvent } from '../../audit';

type Problem = FieldIssue;

/**
 * What the schema cannot check alone, each at the path of the rule (`body.answerRules.3.value`):
 * request types, fields, choice values and teams must be in the catalogue, and a request type
 * has one line of defaults (the first would count, silently).
 */
export async function ruleProblems(rules: TriageRules, prefix = 'body'): Promise<Problem[]> {
  const [types, teams] = await Promise.all([allRequestTypes(), allTeams()]);
  const typesById = new Map(types.map((type) => [type._id, type]));
  const teamIds = new Set(teams.map((team) => team._id));
  const problems: Problem[] = [];
  const seen = new Set<string>();
  rules.typeDefaults.forEach((entry, index) => {
    const path = `${prefix}.typeDefaults.${index}.requestTypeId`;
    if (!typesById.has(entry.requestTypeId))
      problems.push({
        path,
        code: 'unknown_request_type',
        params: { value: entry.requestTypeId },
        message: `there is no request type "${entry.requestTypeId}"`,
      });
    else if (seen.has(entry.requestTypeId))
      problems.push({
        path,
        code: 'default_twice',
        params: { value: entry.requestTypeId },
        message: `"${entry.requestTypeId}" has defaults already; only the first would count`,
      });
    seen.add(entry.requestTypeId);
  });
  rules.answerRules.forEach((rule, index) => {
    const at = `${prefix}.answerRules.${index}`;
    const type = typesById.get(rule.requestTypeId);
    if (!type)
      return problems.push({
        path: `${at}.requestTypeId`,
        code: 'unknown_request_type',
        params: { value: rule.requestTypeId },
        message: `there is no request type "${rule.requestTypeId}"`,
      });
    const field = type.fields.find((candidate) => candidate.id === rule.fieldId);
    if (!field)
      return problems.push({
        path: `${at}.fieldId`,
        code: 'unknown_choice_field',
        params: { value: rule.fieldId },
        message: `"${rule.requestTypeId}" has no field "${rule.fieldId}"`,
      });
    if (field.kind === 'choice' && !field.options?.some((option) => option.value === rule.value)) {
      problems.push({
        path: `${at}.value`,
        code: 'not_a_choice',
        params: { value: rule.value },
        message: `"${rule.value}" is not one of the choices of "${rule.fieldId}"`,
      });
    }
    return undefined;
  });
  rules.keywordRules.forEach((rule, index) => {
    if (rule.teamId !== null && !teamIds.has(rule.teamId))
      problems.push({
        path: `${prefix}.keywordRules.${index}.teamId`,
        code: 'unknown_team',
        params: { value: rule.teamId },
        message: `there is no team "${rule.teamId}"`,
      });
  });
  return problems;
}

/** Which rules differ: `fallback`, and each added, changed or removed rule by its place (`keywordRules.2`). */
export function changedRules(before: TriageRules, after: TriageRules): string[] {
  const changed: string[] = [];
  if (JSON.stringify(before.fallback) !== JSON.stringify(after.fallback)) changed.push('fallback');
  for (const list of ['typeDefaults', 'answerRules', 'keywordRules'] as const) {
    const length = Math.max(before[list].length, after[list].length);
    for (let index = 0; index < length; index++) {
      if (JSON.stringify(before[list][index] ?? null) !== JSON.stringify(after[list][index] ?? null)) changed.push(`${list}.${index}`);
    }
  }
  return changed;
}

/** Replaces the rules; tickets filed from now on are triaged by them. Audited with the rules that changed. */
export async function updateTriageRules(rules: TriageRules, editor: Editor): Promise<void> {
  const problems = await ruleProblems(rules);
  if (problems.length) throw validationFailed(problems);
  const changed = changedRules(await loadTriageRules(), rules);
  if (!changed.length) return;
  await saveTriageRules(rules, editor.employeeId);
  await recordAuditEvent(editor.log, {
    type: 'tickets.triage_rules_updated',
    outcome: 'success',
    employeeId: editor.employeeId,
    requestId: editor.requestId,
    // Bounded: a whole new set of rules is "everything", not hundreds of entries.
    details: { changed: changed.length > 50 ? [...changed.slice(0, 50), `and ${changed.length - 50} more`] : changed },
  });
}

type PreviewInput = z.output<typeof TriagePreviewRequestSchema>;

/**
 * "Try it": the triage a ticket filed now would get, by the same function and (unless the
 * rules being edited are given) the same rules. Answers are read as filing reads them when
 * they pass the form; incomplete ones are used as they are, so a single answer can be tried.
 */
export async function previewTriage(input: PreviewInput): Promise<TriagePreview> {
  const type = await findRequestType(input.requestTypeId);
  if (!type)
    throw validationFailed([
      {
        path: 'body.requestTypeId',
        code: 'unknown_request_type',
        params: { value: input.requestTypeId },
        message: `there is no request type "${input.requestTypeId}"`,
      },
    ]);
  const parsed = answersSchema(type).safeParse(input.answers);
  const answers = parsed.success ? (parsed.data as Record<string, unknown>) : input.answers;
  const result = triage(
    { requestType: { id: type._id, teamId: type.teamId, defaultPriority: type.defaultPriority }, answers, question: input.question },
    input.rules ?? (await loadTriageRules()),
  );
  return {
    complexity: result.complexity,
    severity: result.severity,
    effort: result.effort,
    priority: result.priority,
    teamId: result.teamId,
    explanation: result.explanation,
  };
}
