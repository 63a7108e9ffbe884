import { z } from 'zod';

import { ContentLanguageSchema } from '../handbook/handbook.schemas';

/*
 * "Turn this answer into a handbook draft" (issue 5 §5): an HR reply on a ticket becomes the
 * body of a new draft article, so the next person finds the answer in the handbook.
 */

export const HandbookDraftFromReplySchema = z
  .strictObject({
    /** The number of the HR reply on the ticket (`<reference>:<n>`). */
    messageNumber: z.number().int().min(1),
    title: z.string().trim().min(1, 'is required').max(200),
    language: ContentLanguageSchema,
  })
  .meta({ id: 'TicketHandbookDraft', description: 'An HR reply to turn into a draft handbook article, with its title and language.' });
export type HandbookDraftFromReply = z.infer<typeof HandbookDraftFromReplySchema>;
