import { z } from 'zod';

import {
  AcknowledgementSchema,
  PendingPoliciesSchema,
  PolicyCompletionSchema,
  type Acknowledgement,
  type PolicyCompletion,
} from '@portico/shared/handbook/handbook.schemas';
import { notFound } from '../../../platform/errors';
import type { ApiRouter } from '../../../platform/http/api-router';
import { chooseVariant, isReadable } from '../articles';
import { HandbookArticleModel, type HandbookArticle } from '../handbook.models';
import { readableAudiences } from '../handbook.policy';
import { acknowledgePolicy, dueDate, pendingPolicies, policyCompletions, publishedPolicies, remindPending, type Completion } from './policies';
import { recordAuditEvent } from '../../audit';
import { readerLanguage } from '../../auth';

const slugParams = z.object({ slug: z.string().max(100) });

async function policy(slug: string): Promise<HandbookArticle> {
  const article = await HandbookArticleModel.findById(slug).lean<HandbookArticle>();
  if (!article || article.kind !== 'policy' || article.status !== 'published') throw notFound('There is no such published policy.');
  return article;
}

function completionOf(article: HandbookArticle, completion: Completion, language: string): PolicyCompletion {
  return {
    slug: article._id,
    title: chooseVariant(article.variants, language)?.title ?? article._id,
    version: `${article.major}.${article.minor}`,
    dueAt: dueDate(article)?.toISOString() ?? null,
    ...completion,
  };
}

export function policiesRoutes(api: ApiRouter): void {
  api.get(
    '/handbook/policies/pending',
    {
      summary: 'Policies I still have to acknowledge',
      tags: ['handbook'],
      access: { action: 'handbook.read' },
      response: { description: 'Pending policies, soonest due first', schema: PendingPoliciesSchema },
    },
    async ({ actor }, request) => ({ policies: await pendingPolicies(actor, await readerLanguage(request)) }),
  );

  api.post(
    '/handbook/policies/:slug/acknowledge',
    {
      summary: 'Acknowledge that I read a policy',
      description: 'Records the version read. Acknowledging again changes nothing; a new major version needs a new acknowledgement.',
      tags: ['handbook'],
      access: { action: 'handbook.read' },
      request: { params: slugParams, body: z.strictObject({ language: z.string().max(10) }) },
      response: { description: 'The acknowledgement', schema: AcknowledgementSchema },
    },
    async ({ params, body, actor }, request): Promise<Acknowledgement> => {
      const article = await policy(params.slug);
      if (!isReadable(article, readableAudiences(actor))) throw notFound('There is no such published policy.');
      const at = await acknowledgePolicy(article, actor, body.language);
      await recordAuditEvent(request.log, {
        type: 'policy.acknowledged',
        outcome: 'success',
        employeeId: actor.employeeId,
        requestId: String(request.id),
        details: { policy: article._id, version: `${article.major}.${article.minor}` },
      });
      return { acknowledgedAt: at.toISOString(), dueAt: dueDate(article)?.toISOString() ?? null, version: `${article.major}.${article.minor}` };
    },
  );

  api.get(
    '/handbook/policies/completion',
    {
      summary: 'Acknowledgement of every published policy (HR)',
      tags: ['handbook'],
      access: { action: 'reports.read' },
      response: { description: 'One entry per policy', schema: z.object({ policies: z.array(PolicyCompletionSchema) }) },
    },
    async (_input, request) => {
      const language = await readerLanguage(request);
      const policies = await publishedPolicies();
      const completions = await policyCompletions(policies);
      return { policies: policies.map((article) => completionOf(article, completions.get(article._id)!, language)) };
    },
  );

  api.post(
    '/handbook/policies/:slug/reminders',
    {
      summary: 'Remind everyone who has not acknowledged a policy (HR)',
      description: 'Sends one in-app reminder to each person in the audience still pending; each run reminds each person once.',
      tags: ['handbook'],
      access: { action: 'handbook.publish' },
      request: { params: slugParams },
      response: { description: 'How many reminders were sent', schema: z.object({ sent: z.number().int() }) },
    },
    async ({ params }) => ({ sent: await remindPending(await policy(params.slug)) }),
  );
}
