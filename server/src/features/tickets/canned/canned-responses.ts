import { randomUUID } from 'node:crypto';

import { MAX_CANNED_RESPONSES, type CannedResponse, type CannedResponseInputSchema } from '@portico/shared/tickets/canned.schemas';
import type { z } from 'zod';
import { HttpProblem, notFound, validationFailed } from '../../../platform/errors';
import { articleLinkProblems, publishedArticleTitles } from '../../handbook';
import { allCannedResponses, CannedResponseModel, findCannedResponse, type StoredCannedResponse } from './canned-responses.model';
import { type Editor, recordAuditEvent } from '../../audit';

type CannedInput = z.output<typeof CannedResponseInputSchema>;

/** Titles of the linked articles that are published now, in each response's language (`<slug>:<language>`). */
const publishedTitles = (responses: readonly StoredCannedResponse[]) =>
  publishedArticleTitles(responses.flatMap((response) => (response.articleSlug ? [{ slug: response.articleSlug, language: response.language }] : [])));

function present(response: StoredCannedResponse, titles: Map<string, string>): CannedResponse {
  return {
    id: response._id,
    title: response.title,
    body: response.body,
    language: response.language,
    articleSlug: response.articleSlug,
    articleTitle: response.articleSlug ? (titles.get(`${response.articleSlug}:${response.language}`) ?? null) : null,
    updatedAt: response.updatedAt.toISOString(),
  };
}

/** Every canned response by title, with the linked article's title when it is published. */
export async function cannedResponses(): Promise<CannedResponse[]> {
  const responses = (await allCannedResponses()).sort((a, b) => a.title.localeCompare(b.title) || a._id.localeCompare(b._id));
  const titles = await publishedTitles(responses);
  return responses.map((response) => present(response, titles));
}

async function presentOne(id: string): Promise<CannedResponse> {
  const response = (await findCannedResponse(id))!;
  return present(response, await publishedTitles([response]));
}

/** The linked article must exist and not be archived (a draft may be published later). */
const articleProblems = (input: CannedInput) => articleLinkProblems(input.articleSlug ? [{ path: 'body.articleSlug', slug: input.articleSlug }] : []);

const storedShape = (input: CannedInput) => ({ title: input.title, body: input.body, language: input.language, articleSlug: input.articleSlug });

export async function createCannedResponse(input: CannedInput, editor: Editor, now = new Date()): Promise<CannedResponse> {
  const problems = await articleProblems(input);
  if (problems.length) throw validationFailed(problems);
  // A bound on a collection read whole; two admins adding the last one at once may pass it by one.
  if ((await CannedResponseModel.countDocuments({})) >= MAX_CANNED_RESPONSES) {
    throw new HttpProblem(409, 'too_many_canned_responses', 'Conflict', `There are ${MAX_CANNED_RESPONSES} canned responses already; remove one first.`);
  }
  const id = randomUUID();
  await CannedResponseModel.create({ _id: id, ...storedShape(input), createdAt: now, updatedAt: now, updatedBy: editor.employeeId });
  await audit(editor, 'tickets.canned_response_created', { cannedResponseId: id });
  return presentOne(id);
}

export async function updateCannedResponse(id: string, input: CannedInput, editor: Editor, now = new Date()): Promise<CannedResponse> {
  const before = await findCannedResponse(id);
  if (!before) throw notFound(`There is no canned response "${id}".`);
  const problems = await articleProblems(input);
  if (problems.length) throw validationFailed(problems);
  const after = storedShape(input);
  const changed = (Object.keys(after) as (keyof typeof after)[]).filter((key) => before[key] !== after[key]);
  if (changed.length) {
    await CannedResponseModel.updateOne({ _id: id }, { $set: { ...after, updatedAt: now, updatedBy: editor.employeeId } });
    await audit(editor, 'tickets.canned_response_updated', { cannedResponseId: id, changed });
  }
  return presentOne(id);
}

export async function deleteCannedResponse(id: string, editor: Editor): Promise<void> {
  const { deletedCount } = await CannedResponseModel.deleteOne({ _id: id });
  if (!deletedCount) throw notFound(`There is no canned response "${id}".`);
  await audit(editor, 'tickets.canned_response_deleted', { cannedResponseId: id });
}

function audit(editor: Editor, type: string, details: Record<string, string | string[]>): Promise<void> {
  return recordAuditEvent(editor.log, { type, outcome: 'success', employeeId: editor.employeeId, requestId: editor.requestId, details });
}
