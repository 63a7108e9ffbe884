import { z } from 'zod';

export const HrContactSchema = z
  .object({
    email: z.string(),
    phone: z.string().nullable(),
    hours: z.string().nullable(),
  })
  .meta({ id: 'HrContact', description: 'How to reach a person in HR. Public: shown even to someone who cannot sign in.' });
export type HrContact = z.infer<typeof HrContactSchema>;
