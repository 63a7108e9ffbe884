import { model, Schema } from 'mongoose';

import {
  fieldKinds,
  ticketCategories,
  ticketPriorities,
  type FieldKind,
  type LocalizedText,
  type TicketCategory,
  type TicketPriority,
} from '@portico/shared/tickets/catalogue.schemas';

/**
 * The service catalogue in two small collections (a few dozen documents at most), read
 * whole or by `_id`, the one lookup that reaches an index on the embedded database. Ids
 * are slugs HR chooses, permanent because tickets and reports refer to them.
 */

const localizedText = { en: { type: String, required: true }, es: { type: String, required: true } };

const optionSchema = new Schema({ value: { type: String, required: true }, label: localizedText }, { _id: false });

const fieldSchema = new Schema(
  {
    id: { type: String, required: true },
    kind: { type: String, enum: fieldKinds, required: true },
    label: localizedText,
    hint: { type: new Schema(localizedText, { _id: false }), default: undefined },
    required: { type: Boolean, required: true },
    // Arrays default to [] in Mongoose; a field that is not a choice has no options at all.
    options: { type: [optionSchema], default: undefined },
    maxLength: { type: Number, default: undefined },
  },
  { _id: false },
);

const requestTypeSchema = new Schema<StoredRequestType>(
  {
    _id: { type: String, required: true },
    category: { type: String, enum: ticketCategories, required: true },
    name: localizedText,
    description: localizedText,
    fields: { type: [fieldSchema], default: [] },
    defaultPriority: { type: String, enum: ticketPriorities, required: true },
    teamId: { type: String, required: true },
    sla: {
      firstResponseMinutes: { type: Number, required: true },
      resolutionMinutes: { type: Number, required: true },
    },
    confidential: { type: Boolean, required: true },
    articleSlugs: { type: [String], default: [] },
    active: { type: Boolean, required: true },
    order: { type: Number, required: true },
    /** Who last changed it; null for the seed. */
    updatedBy: { type: String, default: null },
  },
  { timestamps: true, strict: 'throw' },
);
// For MongoDB in production; the catalogue is small enough to read whole on the embedded one.
requestTypeSchema.index({ teamId: 1 });

export interface StoredField {
  id: string;
  kind: FieldKind;
  label: LocalizedText;
  hint?: LocalizedText;
  required: boolean;
  options?: { value: string; label: LocalizedText }[];
  maxLength?: number;
}

/** A request type as read with `.lean()`. */
export interface StoredRequestType {
  _id: string;
  category: TicketCategory;
  name: LocalizedText;
  description: LocalizedText;
  fields: StoredField[];
  defaultPriority: TicketPriority;
  teamId: string;
  sla: { firstResponseMinutes: number; resolutionMinutes: number };
  confidential: boolean;
  articleSlugs: string[];
  active: boolean;
  order: number;
  updatedBy: string | null;
  createdAt: Date;
  updatedAt: Date;
}
export const RequestTypeModel = model('TicketRequestType', requestTypeSchema, 'ticket_request_types');

const teamSchema = new Schema<StoredTeam>(
  {
    _id: { type: String, required: true },
    name: localizedText,
    /** Employee number of the lead (hears about SLA breaches). */
    leadId: { type: String, required: true },
    /** Employee numbers of the agents who work the team's queue. */
    memberIds: { type: [String], default: [] },
    updatedBy: { type: String, default: null },
  },
  { timestamps: true, strict: 'throw' },
);

export interface StoredTeam {
  _id: string;
  name: LocalizedText;
  leadId: string;
  memberIds: string[];
  updatedBy: string | null;
  createdAt: Date;
  updatedAt: Date;
}
export const TeamModel = model('TicketTeam', teamSchema, 'ticket_teams');

/** One request type by id (what filing a ticket reads), or null. */
export function findRequestType(id: string): Promise<StoredRequestType | null> {
  return RequestTypeModel.findById(id).lean<StoredRequestType>();
}

/** One team by id, or null. */
export function findTeam(id: string): Promise<StoredTeam | null> {
  return TeamModel.findById(id).lean<StoredTeam>();
}

/** Every request type, inactive ones too. */
export function allRequestTypes(): Promise<StoredRequestType[]> {
  return RequestTypeModel.find({}).lean<StoredRequestType[]>();
}

export function allTeams(): Promise<StoredTeam[]> {
  return TeamModel.find({}).lean<StoredTeam[]>();
}
