import { model, Schema, type InferSchemaType } from 'mongoose';

/** An office or country of employment. The id is a stable slug (`madrid`). */
const locationSchema = new Schema(
  {
    _id: { type: String, required: true },
    name: { type: String, required: true },
    city: { type: String, required: true },
    /** ISO 3166-1 alpha-2. */
    countryCode: { type: String, required: true },
    /** IANA time zone, for business hours and holiday calendars. */
    timeZone: { type: String, required: true },
    /** ISO 4217, the currency people here are paid in. */
    currency: { type: String, required: true },
    /** BCP 47 tag used for dates and numbers when a person has not chosen one. */
    locale: { type: String, required: true },
  },
  { timestamps: true, strict: 'throw' },
);

export type Location = InferSchemaType<typeof locationSchema>;
export const LocationModel = model('Location', locationSchema);
