import type { Synonyms } from '@portico/shared/handbook/handbook.schemas';
import { markHandbookChanged } from '../handbook.models';
import { HandbookSynonymsModel } from '../synonyms.model';

export async function readSynonyms(): Promise<Synonyms> {
  const document = await HandbookSynonymsModel.findById('synonyms').lean();
  return { groups: (document?.groups ?? []).map((group) => group.terms) };
}

/**
 * Replaces HR's synonym groups: spaces tidied, a term repeated in a group (in any case)
 * kept once, groups left with fewer than two terms dropped. The stamp moves, so every
 * instance's search index reloads them within seconds (search/handbook-index.ts).
 */
export async function saveSynonyms(synonyms: Synonyms): Promise<Synonyms> {
  const groups = synonyms.groups
    .map((group) => {
      const seen = new Set<string>();
      return group.map((term) => term.replace(/\s+/g, ' ').trim()).filter((term) => term && !seen.has(term.toLowerCase()) && seen.add(term.toLowerCase()));
    })
    .filter((group) => group.length > 1);
  await HandbookSynonymsModel.updateOne({ _id: 'synonyms' }, { $set: { groups: groups.map((terms) => ({ terms })) } }, { upsert: true });
  await markHandbookChanged();
  return { groups };
}
