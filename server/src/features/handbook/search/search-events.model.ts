import { model, Schema } from 'mongoose';

/**
 * What people searched for, without who searched: the query as typed (trimmed, lower
 * case), its language, how many results it had and whether one was opened. This is
 * what the "what people could not find" report is made of. `searcher` is the searcher's
 * pseudonym for that day (platform/pseudonyms.ts): the reports count each query once
 * per person and day, so one person searching a hundred times counts once. Events
 * recorded before it existed have none and count one each.
 */
const searchEventSchema = new Schema(
  {
    _id: { type: String, required: true },
    query: { type: String, required: true },
    language: { type: String, required: true },
    results: { type: Number, required: true },
    searcher: { type: String },
    opened: { type: Boolean, default: false },
    openedSlug: { type: String, default: null },
    at: { type: Date, required: true },
  },
  { strict: 'throw', versionKey: false },
);
searchEventSchema.index({ at: -1 });
searchEventSchema.index({ query: 1 });
export const SearchEventModel = model('HandbookSearchEvent', searchEventSchema, 'handbook_search_events');
