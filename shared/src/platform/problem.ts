import { z } from 'zod';

/**
 * Every API error is an RFC 9457 problem document. `code` is stable and meant for
 * programs (the client maps it to a translated message); `title` and `detail` are
 * English text for people reading logs or raw responses.
 */
export const ProblemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    code: z.string(),
    detail: z.string().optional(),
    instance: z.string().optional(),
    requestId: z.string().optional(),
    errors: z
      .array(z.object({ path: z.string(), message: z.string() }))
      .optional()
      .meta({ description: 'One entry per invalid input field, when the input failed validation.' }),
  })
  .meta({ id: 'Problem', description: 'RFC 9457 problem details with a stable `code`.' });

export type Problem = z.infer<typeof ProblemSchema>;

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';
