import { z } from 'zod';

import { NewDraftResultSchema, type NewDraftResult } from '@portico/shared/handbook/handbook.schemas';
import { HandbookDraftFromReplySchema, type HandbookDraftFromReply } from '@portico/shared/tickets/handbook-draft.schemas';
import { TicketReferenceSchema } from '@portico/shared/tickets/tickets.schemas';
import { HttpProblem, validationFailed } from '../../platform/errors';
import type { ApiRouter } from '../../platform/http/api-router';
import type { Logger } from '../../platform/logger';
import { messageId, TicketMessageModel, type StoredMessage } from './ticket.models';
import { visibleTicket } from './ticket-store';
import type { TicketDependencies } from './tickets.routes';
import type { Actor } from '../auth';
import { recordAuditEvent } from '../audit';
import { createDraft, DRAFT_CATEGORY, saveVariant } from '../handbook';

/*
 * "Turn this answer into a handbook draft" (issue 5 §5): an HR reply becomes a draft article
 * through the handbook's own commands (a draft from the title, then its text), for an HR
 * admin to edit and publish. Only what HR wrote to the requester: never a note, never the
 * requester's words, never a confidential ticket's answer.
 */

/** Creates the draft; the version note names the ticket, the article itself does not. */
export async function handbookDraftFromReply(
  context: { logger: Logger; requestId?: string },
  actor: Actor,
  ticketId: string,
  input: HandbookDraftFromReply,
): Promise<NewDraftResult> {
  const ticket = await visibleTicket(actor, ticketId, 'agent');
  if (ticket.confidential)
    throw new HttpProblem(
      409,
      'ticket_confidential',
      'Confidential',
      'An answer to a confidential request does not go into the handbook; write the article on its own.',
    );
  const message = await TicketMessageModel.findById(messageId(ticket._id, input.messageNumber)).lean<StoredMessage>();
  if (!message || message.kind !== 'reply' || message.authorSide !== 'hr') {
    throw validationFailed([
      { path: 'body.messageNumber', code: 'not_allowed_here', message: `message ${input.messageNumber} is not a reply from HR on ${ticket._id}` },
    ]);
  }
  const created = await createDraft({ title: input.title, language: input.language }, actor.employeeId);
  await saveVariant(
    created.slug,
    created.language,
    {
      type: 'article',
      category: DRAFT_CATEGORY,
      audience: 'everyone',
      status: 'draft',
      title: input.title,
      summary: '',
      tags: [],
      markdown: `# ${input.title}\n\n${message.body.trim()}\n`,
      change: 'minor',
      note: `From HR's answer on ${ticket._id}`,
    },
    actor.employeeId,
  );
  await recordAuditEvent(context.logger, {
    type: 'tickets.handbook_draft_created',
    outcome: 'success',
    employeeId: actor.employeeId,
    requestId: context.requestId,
    details: { ticketId: ticket._id, messageNumber: input.messageNumber, slug: created.slug, language: created.language },
  });
  return created;
}

export function handbookDraftRoutes(api: ApiRouter, dependencies: TicketDependencies): void {
  api.post(
    '/tickets/agent/tickets/:id/handbook-draft',
    {
      summary: 'Turn an HR reply into a draft handbook article',
      description:
        'For those who write the handbook (`handbook.publish`). The draft\u2019s text is the reply; the editor opens at `/hr/handbook/<slug>`. 409 `ticket_confidential` for a confidential ticket.',
      tags: ['help desk: agents'],
      access: { action: 'handbook.publish' },
      status: 201,
      request: { params: z.strictObject({ id: TicketReferenceSchema }), body: HandbookDraftFromReplySchema },
      response: { description: 'Where the draft is', schema: NewDraftResultSchema },
    },
    ({ params, body, actor }, request) =>
      handbookDraftFromReply({ logger: request.log ?? dependencies.logger, requestId: String(request.id) }, actor, params.id, body),
  );
}
