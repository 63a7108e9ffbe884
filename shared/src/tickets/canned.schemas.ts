import { z } from 'zod';

import { interfaceLanguages } from '../i18n/languages';

/*
 * Canned responses (issue 5 §5): replies HR writes once and agents insert into a reply,
 * each in one language, optionally pointing at a handbook article (the agent's reply then
 * carries a link to /handbook/<slug>). HR admins keep them (tickets.configure); agents
 * read them (tickets.work).
 */

export const MAX_CANNED_RESPONSES = 500;

export const CannedResponseInputSchema = z
  .strictObject({
    title: z.string().trim().min(1, 'is required').max(120),
    body: z.string().trim().min(1, 'is required').max(10_000),
    language: z.enum(interfaceLanguages),
    /** A handbook article the reply links to; null for none. */
    articleSlug: z.string().max(200).nullable().default(null),
  })
  .meta({ id: 'CannedResponseInput', description: 'A canned response as HR writes it.' });
export type CannedResponseInput = z.input<typeof CannedResponseInputSchema>;

export const CannedResponseSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    body: z.string(),
    language: z.enum(interfaceLanguages),
    articleSlug: z.string().nullable(),
    /** The article's title in the response's language, when it exists and is published. */
    articleTitle: z.string().nullable(),
    updatedAt: z.string(),
  })
  .meta({ id: 'CannedResponse' });
export type CannedResponse = z.infer<typeof CannedResponseSchema>;

/** GET /api/tickets/agent/canned-responses: every canned response, by title. */
export const CannedResponsesSchema = z.object({ responses: z.array(CannedResponseSchema) }).meta({ id: 'CannedResponses' });
export type CannedResponses = z.infer<typeof CannedResponsesSchema>;
