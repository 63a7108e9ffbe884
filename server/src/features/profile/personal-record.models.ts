import type { EmergencyContact, HomeAddress, Phone } from '@portico/shared/profile/profile.schemas';
import { model, Schema } from 'mongoose';

import type { Sealed } from '../../platform/crypto/field-cipher';

/*
 * A person's record is a chain of revisions (ADR 0016): `personal_record_revisions` holds
 * each version whole, with the id `<employee>:<version>`, so a change is decided by
 * inserting the next version (two writers racing for it: one wins, the other reads again
 * and retries) and every read goes by `_id`. `personal_records` holds the last version
 * written, a hint that readers walk forward from.
 */

const sealedSchema = new Schema(
  {
    keyId: { type: String, required: true },
    iv: { type: String, required: true },
    tag: { type: String, required: true },
    data: { type: String, required: true },
    last4: { type: String, required: true },
  },
  { _id: false, strict: 'throw' },
);

const phoneSchema = new Schema({ kind: { type: String, required: true }, number: { type: String, required: true } }, { _id: false, strict: 'throw' });

const valuesSchema = new Schema(
  {
    legalName: {
      type: new Schema({ first: { type: String, required: true }, last: { type: String, required: true } }, { _id: false, strict: 'throw' }),
      required: true,
    },
    preferredName: { type: String, default: '' },
    pronouns: { type: String, default: '' },
    dateOfBirth: { type: String, default: null },
    personalEmail: { type: String, default: '' },
    phones: { type: [phoneSchema], default: [] },
    homeAddress: {
      type: new Schema(
        {
          country: { type: String, required: true },
          line1: { type: String, required: true },
          line2: { type: String, default: '' },
          city: { type: String, required: true },
          region: { type: String, default: '' },
          postalCode: { type: String, required: true },
        },
        { _id: false, strict: 'throw' },
      ),
      default: null,
    },
    emergencyContacts: {
      type: [
        new Schema(
          {
            name: { type: String, required: true },
            relationship: { type: String, required: true },
            phone: { type: String, required: true },
            email: { type: String, default: '' },
          },
          { _id: false, strict: 'throw' },
        ),
      ],
      default: [],
    },
    /** The whole account (scheme, holder, numbers) sealed as JSON; its kind and country in clear for the masked display. */
    bankAccount: {
      type: new Schema(
        {
          scheme: { type: String, required: true },
          country: { type: String, default: null },
          sealed: { type: sealedSchema, required: true },
          /** Keyed fingerprint of the account number, to flag one account used by two people. */
          fingerprint: { type: String, required: true },
        },
        { _id: false, strict: 'throw' },
      ),
      default: null,
    },
    nationalId: {
      type: new Schema({ country: { type: String, required: true }, sealed: { type: sealedSchema, required: true } }, { _id: false, strict: 'throw' }),
      default: null,
    },
  },
  { _id: false, strict: 'throw' },
);

const revisionSchema = new Schema(
  {
    _id: { type: String, required: true },
    employeeId: { type: String, required: true },
    version: { type: Number, required: true },
    values: { type: valuesSchema, required: true },
    /** The fields this version changed. */
    changed: { type: [String], default: [] },
    /** Who wrote it: the person, an approver applying a request, or the demo seed (null). */
    by: { type: String, default: null },
    /** The change request it applies, when it applies one. */
    requestId: { type: String, default: null },
    at: { type: Date, required: true },
  },
  { strict: 'throw', versionKey: false },
);
revisionSchema.index({ employeeId: 1, version: 1 }, { unique: true });

/** A record's values as stored (sensitive ones sealed). */
export interface StoredValues {
  legalName: { first: string; last: string };
  preferredName: string;
  pronouns: string;
  dateOfBirth: string | null;
  personalEmail: string;
  phones: Phone[];
  homeAddress: HomeAddress | null;
  emergencyContacts: EmergencyContact[];
  bankAccount: { scheme: 'iban' | 'account'; country: string | null; sealed: Sealed; fingerprint: string } | null;
  nationalId: { country: string; sealed: Sealed } | null;
}

export interface StoredRevision {
  _id: string;
  employeeId: string;
  version: number;
  values: StoredValues;
  changed: string[];
  by: string | null;
  requestId: string | null;
  at: Date;
}

export const PersonalRevisionModel = model<StoredRevision>('PersonalRevision', revisionSchema, 'personal_record_revisions');

const headSchema = new Schema<{ _id: string; version: number }>(
  { _id: { type: String, required: true }, version: { type: Number, required: true } },
  { strict: 'throw', versionKey: false },
);
export const PersonalRecordModel = model('PersonalRecord', headSchema, 'personal_records');
