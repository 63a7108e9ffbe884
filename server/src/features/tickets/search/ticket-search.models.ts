import { model, Schema } from 'mongoose';

import { ticketStates, type TicketState } from '@portico/shared/tickets/tickets.schemas';
import type { StoredTicket } from '../ticket.models';

/*
 * What searching and filtering every ticket needs (the agents' "all" view, history, search
 * by reference or subject), kept small: one entry per ticket in `ticket_search`, and every
 * change to an entry numbered in order in `ticket_search_changes` (`_id` n, decided by
 * insert), so that each instance's in-memory index (ticket-search-index.ts) reads the
 * entries once and then follows the changes by `_id`. The embedded database decodes each
 * document of a scan (about 130 µs for one of these): reading them all on every request
 * would take seconds at 100,000 tickets.
 */

export interface SearchEntry {
  /** The reference. */
  _id: string;
  subject: string;
  category: string;
  requesterId: string;
  assigneeId: string | null;
  teamId: string;
  state: TicketState;
  confidential: boolean;
  createdAt: Date;
}

const entryFields = {
  _id: { type: String, required: true },
  subject: { type: String, required: true },
  category: { type: String, required: true },
  requesterId: { type: String, required: true },
  assigneeId: { type: String, default: null },
  teamId: { type: String, required: true },
  state: { type: String, enum: ticketStates, required: true },
  confidential: { type: Boolean, required: true },
  createdAt: { type: Date, required: true },
};

export const TicketSearchModel = model('TicketSearchEntry', new Schema(entryFields, { strict: 'throw', versionKey: false }), 'ticket_search');

/** A change: the entry as it now is, or none: "read everything again" (a seed wrote entries without changes). */
export interface SearchChange {
  _id: number;
  entry: SearchEntry | null;
  at: Date;
}

const changeSchema = new Schema(
  {
    _id: { type: Number, required: true },
    entry: { type: Schema.Types.Mixed, default: null },
    at: { type: Date, required: true },
  },
  { strict: 'throw', versionKey: false },
);
changeSchema.index({ at: 1 });
export const TicketSearchChangeModel = model('TicketSearchChange', changeSchema, 'ticket_search_changes');

export function searchEntryOf(ticket: StoredTicket): SearchEntry {
  return {
    _id: ticket._id,
    subject: ticket.subject,
    category: ticket.category,
    requesterId: ticket.requesterId,
    assigneeId: ticket.assigneeId,
    teamId: ticket.teamId,
    state: ticket.state,
    confidential: ticket.confidential,
    createdAt: ticket.createdAt,
  };
}
