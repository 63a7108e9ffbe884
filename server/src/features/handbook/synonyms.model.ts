import { model, Schema } from 'mongoose';

/**
 * Synonyms HR edits in the portal: groups of terms or phrases that mean the same to
 * employees ("PTO", "vacation", "annual leave"). One document, `_id: 'synonyms'`.
 */
const synonymsSchema = new Schema(
  {
    _id: { type: String, required: true },
    groups: { type: [{ terms: { type: [String], required: true }, _id: false }], default: [] },
  },
  { timestamps: true, strict: 'throw' },
);
export const HandbookSynonymsModel = model('HandbookSynonyms', synonymsSchema, 'handbook_synonyms');
