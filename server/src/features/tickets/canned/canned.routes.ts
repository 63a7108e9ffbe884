import { z } from 'zod';

import {
  CannedResponseInputSchema,
  CannedResponseSchema,
  CannedResponsesSchema,
  type CannedResponse,
  type CannedResponses,
} from '@portico/shared/tickets/canned.schemas';
import type { ApiRouter } from '../../../platform/http/api-router';
import { cannedResponses, createCannedResponse, deleteCannedResponse, updateCannedResponse } from './canned-responses';
import { editorOf } from '../../audit';

const tags = ['help desk canned responses'];
const configure = { action: 'tickets.configure' } as const;
const idParams = z.strictObject({ id: z.uuid('must be the id of a canned response') });

/** Canned responses: agents read them (tickets.work), HR admins keep them (tickets.configure). */
export function cannedRoutes(api: ApiRouter): void {
  api.get(
    '/tickets/agent/canned-responses',
    {
      summary: 'Canned responses, to insert into a reply',
      description:
        'Every canned response by title; `articleTitle` is the linked handbook article\u2019s title in the response\u2019s language while the article is published (null otherwise).',
      tags,
      access: { action: 'tickets.work' },
      response: { description: 'The canned responses', schema: CannedResponsesSchema },
    },
    async (): Promise<CannedResponses> => ({ responses: await cannedResponses() }),
  );

  api.post(
    '/tickets/canned-responses',
    {
      summary: 'Add a canned response',
      description: 'A linked article must exist and not be archived (400 naming `body.articleSlug` otherwise). Audited.',
      tags,
      access: configure,
      status: 201,
      request: { body: CannedResponseInputSchema },
      response: { description: 'The canned response as stored', schema: CannedResponseSchema },
      otherResponses: { 409: { description: 'There are as many canned responses as allowed' } },
    },
    ({ body, actor }, request): Promise<CannedResponse> => createCannedResponse(body, editorOf(actor, request)),
  );

  api.put(
    '/tickets/canned-responses/:id',
    {
      summary: 'Change a canned response',
      description: 'Replaces its title, body, language and linked article. An audit event lists what changed.',
      tags,
      access: configure,
      request: { params: idParams, body: CannedResponseInputSchema },
      response: { description: 'The canned response as stored', schema: CannedResponseSchema },
    },
    ({ params, body, actor }, request): Promise<CannedResponse> => updateCannedResponse(params.id, body, editorOf(actor, request)),
  );

  api.delete(
    '/tickets/canned-responses/:id',
    {
      summary: 'Remove a canned response',
      description: 'Replies already sent keep their text. Audited.',
      tags,
      access: configure,
      status: 204,
      request: { params: idParams },
    },
    async ({ params, actor }, request): Promise<void> => deleteCannedResponse(params.id, editorOf(actor, request)),
  );
}
