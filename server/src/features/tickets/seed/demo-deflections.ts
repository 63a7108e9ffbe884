import { deflectedQuestions } from './phrases';
import { Random } from './random';

/** A "This answered my question" click: the question in lower case and the article; no person (`recordDeflection`). */
export interface DeflectionRecord {
  _id: string;
  query: string;
  articleSlug: string;
  at: Date;
}

/** Deflections spread over the same period as the tickets, mostly in working hours on weekdays. */
export function generateDeflections(input: { now: Date; days: number; count: number; seed: number }): DeflectionRecord[] {
  const random = new Random(input.seed ^ 0x1b873593);
  const records: DeflectionRecord[] = [];
  while (records.length < input.count) {
    const at = new Date(input.now.getTime() - random.next() * input.days * 86_400_000);
    const weekend = at.getUTCDay() === 0 || at.getUTCDay() === 6;
    const night = at.getUTCHours() < 6 || at.getUTCHours() > 20;
    if ((weekend || night) && !random.chance(0.15)) continue;
    const { articleSlug, queries } = random.pick(deflectedQuestions);
    records.push({ _id: random.uuid(), query: random.pick(queries).toLowerCase(), articleSlug, at });
  }
  return records.sort((left, right) => left.at.getTime() - right.at.getTime());
}
