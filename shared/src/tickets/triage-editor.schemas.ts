import { z } from 'zod';

import { MAX_QUESTION_LENGTH, TriageRulesSchema, TriageSchema } from './tickets.schemas';

/*
 * HR's editor of the triage rules (issue 5 §4): the rules as stored, and "Try it", which
 * runs the real triage on a made-up request, with the stored rules or the ones being edited.
 */

/** GET and PUT /api/tickets/triage-rules. */
export const TriageRulesSettingsSchema = z
  .object({
    rules: TriageRulesSchema,
    /** When and by whom they last changed; null for the defaults nobody has edited. */
    updatedAt: z.string().nullable(),
    updatedBy: z.object({ id: z.string(), name: z.string().nullable() }).nullable(),
  })
  .meta({ id: 'TicketTriageRulesSettings' });
export type TriageRulesSettings = z.infer<typeof TriageRulesSettingsSchema>;

/** POST /api/tickets/triage-rules/preview. */
export const TriagePreviewRequestSchema = z
  .strictObject({
    requestTypeId: z.string().min(1, 'is required').max(60),
    answers: z.record(z.string(), z.union([z.string(), z.array(z.string()), z.null()])).default({}),
    question: z.string().max(MAX_QUESTION_LENGTH).default(''),
    /** Rules being edited; the stored ones when left out. */
    rules: TriageRulesSchema.optional(),
  })
  .meta({ id: 'TicketTriagePreviewRequest', description: 'A made-up request to triage.' });
export type TriagePreviewRequest = z.input<typeof TriagePreviewRequestSchema>;

/** A ticket's triage without an agent's override: the explanation's message keys and values are as on a ticket. */
export const TriagePreviewSchema = TriageSchema.omit({ override: true }).meta({
  id: 'TicketTriagePreview',
  description: 'What triage would give a request filed now, with why.',
});
export type TriagePreview = z.infer<typeof TriagePreviewSchema>;
