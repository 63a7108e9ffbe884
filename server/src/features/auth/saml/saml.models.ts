import { model, Schema } from 'mongoose';

/**
 * SAML bookkeeping, all keyed by deterministic ids so the hot reads go by `_id` and
 * "exactly once" is an insert that fails on a duplicate key (docs/database.md). Expired
 * documents are removed by `sweepExpiredSamlRecords`: no TTL indexes on the embedded database.
 */

/** An AuthnRequest or LogoutRequest we sent, tied to the browser that sent it. */
const samlRequestSchema = new Schema(
  {
    _id: { type: String, required: true },
    /** SHA-256 of the random value in the browser's `portico.saml` cookie. */
    browserBinding: { type: String, required: true },
    issuedAt: { type: String, required: true },
    expiresAt: { type: Date, required: true },
  },
  { strict: 'throw', versionKey: false },
);
export const SamlRequestModel = model('SamlRequest', samlRequestSchema, 'saml_requests');

/** An assertion already used to sign in: a second use is a replay. */
const samlReplaySchema = new Schema(
  {
    _id: { type: String, required: true },
    expiresAt: { type: Date, required: true },
  },
  { strict: 'throw', versionKey: false },
);
export const SamlReplayModel = model('SamlReplay', samlReplaySchema, 'saml_replays');

/** Which Portico session a SAML login became, so an IdP's LogoutRequest can end it. */
const samlSessionSchema = new Schema(
  {
    /** The express-session id. */
    _id: { type: String, required: true },
    /** SHA-256 of issuer and NameID: who, without storing the NameID in clear. */
    principalKey: { type: String, required: true },
    sessionIndex: { type: String, default: null },
    expiresAt: { type: Date, required: true },
  },
  { strict: 'throw', versionKey: false },
);
samlSessionSchema.index({ principalKey: 1 });
export const SamlSessionModel = model('SamlSession', samlSessionSchema, 'saml_sessions');

export async function sweepExpiredSamlRecords(now = new Date()): Promise<void> {
  const expired = { expiresAt: { $lt: now } };
  await Promise.all([SamlRequestModel.deleteMany(expired), SamlReplayModel.deleteMany(expired), SamlSessionModel.deleteMany(expired)]);
}
