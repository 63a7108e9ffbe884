import type { Request } from 'express';
import { z } from 'zod';

import {
  CreatedTicketSchema,
  CreateTicketSchema,
  DeflectionSchema,
  MyTicketsSchema,
  PageQuerySchema,
  RateSchema,
  ReplySchema,
  RequesterTicketSchema,
  TicketReferenceSchema,
  type MyTickets,
  type RequesterTicket,
} from '@portico/shared/tickets/tickets.schemas';
import { notFound } from '../../platform/errors';
import type { Clock } from '../../platform/clock';
import type { FileStore } from '../../platform/files/file-store';
import { sendStoredFile } from '../../platform/files/send-stored-file';
import { attachmentPolicy, uploadBody, uploadProblems } from '../../platform/files/upload-check';
import type { ApiRouter } from '../../platform/http/api-router';
import type { Logger } from '../../platform/logger';
import type { Mailer } from '../../platform/mail/mailer';
import { TICKET_ATTACHMENT, TicketAttachmentModel, uploadAttachment, type StoredAttachment } from './attachments';
import { takeCreationSlot, ticketCreationLimit } from './creation-rate-limit';
import type { TicketSearchIndex } from './search/ticket-search-index';
import { createTicket, rateTicket, recordDeflection, requesterMove, requesterReply, type TicketContext } from './ticket-commands';
import { myTickets } from './ticket-queries';
import { requesterTicket } from './ticket.presenter';
import { readMessages, visibleTicket } from './ticket-store';
import type { StoredTicket } from './ticket.models';
import type { Actor } from '../auth';

export interface TicketDependencies {
  /** Where "now" comes from (a test clock in specs). */
  clock: Clock;
  mailer: Mailer;
  files: FileStore;
  logger: Logger;
  /** The portal's address, for links in mail. */
  publicUrl: string;
  /** A server secret: who is counted by the filing limit is stored as a keyed hash. */
  secret: string;
  /** Every ticket's search entry, in memory (the queue's history and search). */
  search: TicketSearchIndex;
}

const create = { action: 'tickets.create' } as const;
const tags = ['help desk'];
const ticketParams = z.strictObject({ id: TicketReferenceSchema });
const messagesQuery = z.strictObject({ before: z.coerce.number().int().min(2).optional() });

export const ticketContext = (dependencies: TicketDependencies, request: Request): TicketContext & { logger: Logger; requestId: string } => ({
  now: dependencies.clock.now(),
  messenger: { mailer: dependencies.mailer, publicUrl: dependencies.publicUrl, logger: request.log ?? dependencies.logger },
  files: dependencies.files,
  logger: dependencies.logger,
  requestId: String(request.id),
});

async function requesterView(actor: Actor, ticket: StoredTicket, now: Date, before?: number): Promise<RequesterTicket> {
  const { messages, older } = await readMessages(ticket, before);
  return requesterTicket(actor, ticket, messages, older, now);
}

/** The employee's side of the help desk (`tickets.create`): one's own tickets only. */
export function ticketRoutes(api: ApiRouter, dependencies: TicketDependencies): void {
  const creations = ticketCreationLimit({ secret: dependencies.secret, logger: dependencies.logger });
  api.post(
    '/tickets/attachments',
    {
      summary: 'Upload a file to attach to a request or a reply',
      description: `The body is the file itself (${attachmentPolicy.accepted}); its type is read from its content. Name it with \`?name=\`. Then list its id in \`attachmentIds\` (or a file answer).`,
      tags,
      access: create,
      status: 201,
      request: { rawBody: uploadBody(attachmentPolicy), query: z.strictObject({ name: z.string().max(255).optional() }) },
      response: {
        description: 'The stored file',
        schema: z.object({ id: z.string(), name: z.string(), type: z.string(), size: z.number().int() }).meta({ id: 'TicketAttachment' }),
      },
      otherResponses: uploadProblems(attachmentPolicy),
    },
    ({ body, query, actor }, request) =>
      uploadAttachment(dependencies.files, actor.employeeId, body, query.name ?? '', request.get('Content-Type'), dependencies.clock.now()),
  );

  api.post(
    '/tickets',
    {
      summary: 'Ask HR: file a request',
      description:
        'The answers must fit the request type\u2019s form; files are uploaded first. At most 10 requests in any hour per person (429 with Retry-After).',
      tags,
      access: create,
      status: 201,
      request: { body: CreateTicketSchema },
      response: { description: 'The new ticket\u2019s reference', schema: CreatedTicketSchema },
      otherResponses: { 429: { description: 'Too many requests in the last hour' } },
    },
    async ({ body, actor }, request, response) => {
      const context = ticketContext(dependencies, request);
      await takeCreationSlot(creations, actor.employeeId, context.now, response);
      const ticket = await createTicket(context, actor, body);
      return { id: ticket._id };
    },
  );

  api.get(
    '/tickets',
    {
      summary: 'My requests, newest first',
      tags,
      access: create,
      request: { query: PageQuerySchema },
      response: { description: 'A page of my tickets', schema: MyTicketsSchema },
    },
    ({ query, actor }): Promise<MyTickets> => myTickets(actor, query.page, query.pageSize),
  );

  api.post(
    '/tickets/deflections',
    {
      summary: 'Record that the handbook answered a question',
      description: '"This answered my question": counted for the deflection rate. No person is recorded.',
      tags,
      access: create,
      status: 204,
      request: { body: DeflectionSchema },
    },
    async ({ body }) => {
      await recordDeflection(body, dependencies.clock.now());
    },
  );

  api.get(
    '/tickets/:id',
    {
      summary: 'One of my requests, with its conversation',
      description:
        'Replies and public events, never HR\u2019s internal notes; the latest 50 messages, older ones with `?before=<number>`. 404 for anyone else\u2019s.',
      tags,
      access: create,
      request: { params: ticketParams, query: messagesQuery },
      response: { description: 'The ticket', schema: RequesterTicketSchema },
    },
    async ({ params, query, actor }) => {
      const now = dependencies.clock.now();
      return requesterView(actor, await visibleTicket(actor, params.id, 'requester'), now, query.before);
    },
  );

  api.post(
    '/tickets/:id/replies',
    {
      summary: 'Reply to HR',
      description: 'Reopens a request waiting on me, resolved, or closed less than 14 days ago; later, 409 `reopen_window_passed`.',
      tags,
      access: create,
      status: 201,
      request: { params: ticketParams, body: ReplySchema },
      response: { description: 'The ticket after the reply', schema: RequesterTicketSchema },
    },
    async ({ params, body, actor }, request) => {
      const context = ticketContext(dependencies, request);
      return requesterView(actor, await requesterReply(context, actor, params.id, body.body, body.attachmentIds), context.now);
    },
  );

  for (const [action, to, summary] of [
    ['close', 'closed', 'Close my request'],
    ['reopen', 'open', 'Reopen my request (within 14 days of its resolution)'],
  ] as const) {
    api.post(
      `/tickets/:id/${action}`,
      { summary, tags, access: create, request: { params: ticketParams }, response: { description: 'The ticket', schema: RequesterTicketSchema } },
      async ({ params, actor }, request) => {
        const context = ticketContext(dependencies, request);
        return requesterView(actor, await requesterMove(context, actor, params.id, to), context.now);
      },
    );
  }

  api.post(
    '/tickets/:id/rating',
    {
      summary: 'Rate the answer (1–5 and a comment), once per resolution',
      tags,
      access: create,
      request: { params: ticketParams, body: RateSchema },
      response: { description: 'The ticket', schema: RequesterTicketSchema },
    },
    async ({ params, body, actor }, request) => {
      const context = ticketContext(dependencies, request);
      return requesterView(actor, await rateTicket(context, actor, params.id, body.rating, body.comment), context.now);
    },
  );

  api.get(
    '/tickets/:id/attachments/:fileId',
    {
      summary: 'Download a file of my request',
      description: 'Always as an attachment, never shown inline. Files of HR\u2019s internal notes are not found.',
      tags,
      access: create,
      request: { params: z.strictObject({ id: TicketReferenceSchema, fileId: z.string().max(64) }) },
      response: { description: 'The file', contentType: 'application/octet-stream' },
    },
    async ({ params, actor }, request, response) => {
      await visibleTicket(actor, params.id, 'requester');
      await sendAttachment(dependencies.files, response, params.id, params.fileId, false);
    },
  );
}

/** Sends a ticket's file if it belongs to that ticket (and, for the requester, is not a note's). */
export async function sendAttachment(
  files: FileStore,
  response: Parameters<typeof sendStoredFile>[0],
  ticketId: string,
  fileId: string,
  includeInternal: boolean,
): Promise<void> {
  const record = await TicketAttachmentModel.findById(fileId).lean<StoredAttachment>();
  if (!record || record.ticketId !== ticketId || (record.internal && !includeInternal)) throw notFound('There is no such file on this ticket.');
  const file = await files.get(fileId);
  if (!file || file.ownerKind !== TICKET_ATTACHMENT) throw notFound('There is no such file on this ticket.');
  sendStoredFile(response, file, { disposition: 'attachment' });
}
