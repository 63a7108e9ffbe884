import { model, Schema } from 'mongoose';

/** "Was this helpful?" answers. Anonymous: no user id, so people answer honestly. */
const feedbackSchema = new Schema(
  {
    _id: { type: String, required: true },
    slug: { type: String, required: true },
    language: { type: String, required: true },
    helpful: { type: Boolean, required: true },
    comment: { type: String, default: null },
    at: { type: Date, required: true },
  },
  { strict: 'throw', versionKey: false },
);
feedbackSchema.index({ slug: 1, at: -1 });
export const FeedbackModel = model('HandbookFeedback', feedbackSchema, 'handbook_feedback');
