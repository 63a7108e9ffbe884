import { createHmac } from 'node:crypto';

/**
 * A different pseudonym for each person each day: counts of "how many people" without
 * keeping who. Keyed with a server secret, so the database alone cannot tell whose it is
 * (employee numbers are few enough to try them all); a new day gives a new one, so days
 * cannot be linked. `purpose` keeps one use's pseudonyms apart from another's.
 */
export function dailyPseudonyms(secret: string, purpose: string): (personId: string, at: Date) => string {
  const key = createHmac('sha256', secret).update(purpose).digest();
  return (personId, at) =>
    createHmac('sha256', key)
      .update(`${personId}\n${at.toISOString().slice(0, 10)}`)
      .digest('base64url')
      .slice(0, 22);
}
