import {
  BulkDecidedSchema,
  BulkDecisionSchema,
  DecidedSchema,
  DecisionSchema,
  DelegationInputSchema,
  DelegationSchema,
  InboxSchema,
  type BulkDecided,
  type Decided,
  type Delegation,
  type Inbox,
} from '@portico/shared/profile/profile.schemas';
import { z } from 'zod';

import { HttpProblem } from '../../platform/errors';
import { sendStoredFile } from '../../platform/files/send-stored-file';
import type { ApiRouter } from '../../platform/http/api-router';
import { recordAuditEvent } from '../audit';
import type { RouteContext } from '../feature';
import { decide, supportingDocument, withdraw } from './requests/decisions';
import { delegateCandidates, delegationView, saveDelegation } from './requests/delegation-commands';
import { inbox } from './requests/inbox';

const decideAccess = { action: 'approvals.decide' } as const;
const tags = ['approvals'];
const requestParams = z.strictObject({ id: z.string().max(80) });

/** The approvals inbox (managers, their delegates, HR), decisions one by one or many at once, delegates, and withdrawing one's own request. */
export function approvalsRoutes(api: ApiRouter, context: RouteContext): void {
  const decisionContext = (request: { id: unknown; log: RouteContext['logger'] }) => ({
    now: context.clock.now(),
    log: request.log,
    requestId: String(request.id),
    messenger: { mailer: context.mailer, publicUrl: context.publicUrl, logger: request.log },
  });

  api.get(
    '/profile/approvals',
    {
      summary: 'What waits for my decision',
      description:
        'Requests for my reports (mine as their manager, and those of managers who named me delegate today) and, for HR, HR\u2019s: each field before and after in full, the record\u2019s value now and whether it changed since.',
      tags,
      access: decideAccess,
      response: { description: 'The inbox, oldest first', schema: InboxSchema },
    },
    ({ actor }): Promise<Inbox> => inbox(actor, context.clock.now()),
  );

  api.post(
    '/profile/approvals/:id/decision',
    {
      summary: 'Approve or reject one change request',
      description:
        'Only its approver (or their delegate, or HR for HR requests); never the requester (403). A rejection needs a reason. Decided once: 409 `already_decided` for the second. An approved change is written at once, or on its effective date.',
      tags,
      access: decideAccess,
      request: { params: requestParams, body: DecisionSchema },
      response: { description: 'The request\u2019s state now', schema: DecidedSchema },
    },
    ({ params, body, actor }, request): Promise<Decided> => decide(actor, params.id, body, decisionContext(request)),
  );

  api.post(
    '/profile/approvals/decisions',
    {
      summary: 'Approve or reject several change requests at once',
      description: 'Each is decided on its own, as if one by one; the answer says, for each, its state or why it was not decided.',
      tags,
      access: decideAccess,
      request: { body: BulkDecisionSchema },
      response: { description: 'One result per request', schema: BulkDecidedSchema },
    },
    async ({ body, actor }, request): Promise<BulkDecided> => {
      const results = [];
      for (const id of [...new Set(body.ids)]) {
        try {
          results.push(await decide(actor, id, { outcome: body.outcome, reason: body.reason }, decisionContext(request)));
        } catch (error) {
          if (!(error instanceof HttpProblem)) throw error;
          results.push({ id, state: null, problem: error.code });
        }
      }
      return { results };
    },
  );

  api.get(
    '/profile/approvals/:id/document',
    {
      summary: 'Download the supporting document of a change request waiting for me',
      description: 'Only for someone who may decide the request; always as an attachment. Each download is audited.',
      tags,
      access: decideAccess,
      request: { params: requestParams },
      response: { description: 'The document', contentType: 'application/octet-stream' },
    },
    async ({ params, actor }, request, response) => {
      const file = await supportingDocument(actor, params.id, context.files, context.clock.now());
      await recordAuditEvent(request.log, {
        type: 'profile.document_downloaded',
        outcome: 'success',
        employeeId: actor.employeeId,
        requestId: String(request.id),
        details: { changeRequest: params.id },
      });
      sendStoredFile(response, file, { disposition: 'attachment' });
    },
  );

  api.get(
    '/profile/me/delegation',
    {
      summary: 'Who decides for me while I am away',
      tags,
      access: decideAccess,
      response: { description: 'My delegation, or null', schema: DelegationSchema },
    },
    ({ actor }): Promise<Delegation> => delegationView(actor.employeeId),
  );

  api.get(
    '/profile/me/delegation/candidates',
    {
      summary: 'Who I may name as my delegate',
      description: 'Other managers and people in HR, by name.',
      tags,
      access: decideAccess,
      response: { description: 'The candidates', schema: z.object({ people: z.array(z.object({ id: z.string(), name: z.string(), jobTitle: z.string() })) }) },
    },
    async ({ actor }) => ({ people: await delegateCandidates(actor) }),
  );

  api.put(
    '/profile/me/delegation',
    {
      summary: 'Name a delegate for a range of days, or nobody',
      description: 'Another manager or someone in HR. Their decisions say "on behalf of" me. Audited.',
      tags,
      access: decideAccess,
      request: { body: z.strictObject({ delegation: DelegationInputSchema.nullable() }) },
      response: { description: 'My delegation now', schema: DelegationSchema },
    },
    ({ body, actor }, request): Promise<Delegation> => saveDelegation(actor, body.delegation, decisionContext(request)),
  );

  api.post(
    '/profile/me/requests/:id/withdraw',
    {
      summary: 'Take back one of my change requests while nobody has decided it',
      tags: ['my data'],
      access: { action: 'profile.editOwn' },
      request: { params: requestParams },
      response: { description: 'The request\u2019s state now', schema: DecidedSchema },
    },
    ({ params, actor }, request): Promise<Decided> => withdraw(actor, params.id, decisionContext(request)),
  );
}
