import { model, Schema } from 'mongoose';

import { interfaceLanguages, type InterfaceLanguage } from '@portico/shared/i18n/languages';

/**
 * Canned responses (issue 5 §5): a small collection (at most MAX_CANNED_RESPONSES) read
 * whole by the agents' reply box, and by `_id` when HR changes one.
 */
export interface StoredCannedResponse {
  _id: string;
  title: string;
  body: string;
  language: InterfaceLanguage;
  articleSlug: string | null;
  createdAt: Date;
  updatedAt: Date;
  updatedBy: string | null;
}

const cannedResponseSchema = new Schema<StoredCannedResponse>(
  {
    _id: { type: String, required: true },
    title: { type: String, required: true },
    body: { type: String, required: true },
    language: { type: String, enum: interfaceLanguages, required: true },
    articleSlug: { type: String, default: null },
    createdAt: { type: Date, required: true },
    updatedAt: { type: Date, required: true },
    updatedBy: { type: String, default: null },
  },
  { strict: 'throw', versionKey: false },
);

export const CannedResponseModel = model<StoredCannedResponse>('TicketCannedResponse', cannedResponseSchema, 'ticket_canned_responses');

export const allCannedResponses = () => CannedResponseModel.find({}).lean<StoredCannedResponse[]>();
export const findCannedResponse = (id: string) => CannedResponseModel.findById(id).lean<StoredCannedResponse>();
