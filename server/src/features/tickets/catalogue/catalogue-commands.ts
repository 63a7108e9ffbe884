import type { FieldIssue } from '@portico/shared/platform/field-issues';
import type { NewRequestType, RequestTypeInput, TeamInput } from '@portico/shared/tickets/catalogue.schemas';
import { isDuplicateKey } from '../../../platform/db/inserts';
import { HttpProblem, notFound, validationFailed } from '../../../platform/errors';
import { articleLinkProblems } from '../../handbook';
import { RequestTypeModel, TeamModel, findRequestType, findTeam, type StoredRequestType, type StoredTeam } from './catalogue.models';
import { type Editor, recordAuditEvent } from '../../audit';
import { EmployeeModel } from '../../directory';

type Problem = FieldIssue;

/**
 * What the schema cannot check alone: the team exists; each linked article exists and is
 * not archived. Paths are the request's (`body.teamId`), so the form can point at the field.
 */
async function referenceProblems(type: RequestTypeInput): Promise<Problem[]> {
  const problems: Problem[] = [];
  if (!(await findTeam(type.teamId)))
    problems.push({ path: 'body.teamId', code: 'unknown_team', params: { value: type.teamId }, message: `there is no team "${type.teamId}"` });
  problems.push(...(await articleLinkProblems(type.articleSlugs.map((slug, index) => ({ path: `body.articleSlugs.${index}`, slug })))));
  return problems;
}

/** The input as stored: optional parts left out rather than undefined. */
function storedShape(type: RequestTypeInput) {
  return {
    category: type.category,
    name: type.name,
    description: type.description,
    fields: type.fields.map((field) => ({
      id: field.id,
      kind: field.kind,
      label: field.label,
      ...(field.hint ? { hint: field.hint } : {}),
      required: field.required,
      ...(field.options ? { options: field.options } : {}),
      ...(field.maxLength !== undefined ? { maxLength: field.maxLength } : {}),
    })),
    defaultPriority: type.defaultPriority,
    teamId: type.teamId,
    sla: type.sla,
    confidential: type.confidential,
    articleSlugs: type.articleSlugs,
    active: type.active,
    order: type.order,
  };
}

/** JSON with keys sorted, to compare what was stored with what was sent. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, entry: unknown) =>
    entry && typeof entry === 'object' && !Array.isArray(entry) ? Object.fromEntries(Object.entries(entry).sort(([a], [b]) => a.localeCompare(b))) : entry,
  );
}

/** The top-level keys whose value differs. */
function changedKeys(before: Record<string, unknown>, after: Record<string, unknown>): string[] {
  return Object.keys(after).filter((key) => canonical(before[key]) !== canonical(after[key]));
}

export async function createRequestType({ id, ...type }: NewRequestType, editor: Editor): Promise<StoredRequestType> {
  const problems = await referenceProblems(type);
  if (problems.length) throw validationFailed(problems);
  try {
    // An insert with the id: of two HR admins creating the same id at once, one wins.
    await RequestTypeModel.create({ _id: id, ...storedShape(type), updatedBy: editor.employeeId });
  } catch (error) {
    if (isDuplicateKey(error)) throw new HttpProblem(409, 'request_type_exists', 'Conflict', `A request type "${id}" exists already; change it instead.`);
    throw error;
  }
  await audit(editor, 'tickets.request_type_created', { typeId: id });
  return (await findRequestType(id))!;
}

export async function updateRequestType(id: string, type: RequestTypeInput, editor: Editor): Promise<StoredRequestType> {
  const before = await findRequestType(id);
  if (!before) throw notFound(`There is no request type "${id}".`);
  const problems = await referenceProblems(type);
  if (problems.length) throw validationFailed(problems);
  const after = storedShape(type);
  const changed = changedKeys(storedShape(before), after);
  if (changed.length) {
    await RequestTypeModel.updateOne({ _id: id }, { $set: { ...after, updatedBy: editor.employeeId } });
    await audit(editor, 'tickets.request_type_updated', { typeId: id, changed });
  }
  return (await findRequestType(id))!;
}

/** Lead and members must be in the directory and not have left. */
async function peopleProblems(team: TeamInput): Promise<Problem[]> {
  const ids = [...new Set([team.leadId, ...team.memberIds])];
  const found = new Map(
    (await EmployeeModel.find({ _id: { $in: ids } }, { status: 1 }).lean<{ _id: string; status: string }[]>()).map((employee) => [
      employee._id,
      employee.status,
    ]),
  );
  const problem = (id: string, path: string): Problem[] => {
    const status = found.get(id);
    if (status === undefined) return [{ path, code: 'unknown_employee', params: { value: id }, message: `there is no employee ${id} in the directory` }];
    if (status === 'terminated') return [{ path, code: 'employee_left', params: { value: id }, message: `${id} has left the company` }];
    return [];
  };
  return [...problem(team.leadId, 'body.leadId'), ...team.memberIds.flatMap((id, index) => problem(id, `body.memberIds.${index}`))];
}

/** Creates the team, or replaces its name, lead and members. */
export async function saveTeam(id: string, team: TeamInput, editor: Editor): Promise<StoredTeam> {
  const problems = await peopleProblems(team);
  if (problems.length) throw validationFailed(problems);
  const after = { name: team.name, leadId: team.leadId, memberIds: team.memberIds };
  const before = await findTeam(id);
  let created = false;
  if (!before) {
    try {
      await TeamModel.create({ _id: id, ...after, updatedBy: editor.employeeId });
      created = true;
    } catch (error) {
      // Created by someone else a moment ago: this save replaces it, as a PUT does.
      if (!isDuplicateKey(error)) throw error;
    }
  }
  const changed = created ? Object.keys(after) : changedKeys({ ...before }, after);
  if (!created && changed.length) await TeamModel.updateOne({ _id: id }, { $set: { ...after, updatedBy: editor.employeeId } });
  if (changed.length) await audit(editor, created ? 'tickets.team_created' : 'tickets.team_updated', { teamId: id, changed });
  return (await findTeam(id))!;
}

function audit(editor: Editor, type: string, details: Record<string, string | string[]>): Promise<void> {
  return recordAuditEvent(editor.log, { type, outcome: 'success', employeeId: editor.employeeId, requestId: editor.requestId, details });
}
