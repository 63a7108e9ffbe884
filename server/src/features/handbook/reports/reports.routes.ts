import { randomUUID } from 'node:crypto';
import { z } from 'zod';

import { FeedbackReportSchema, FeedbackSchema, GapsReportSchema } from '@portico/shared/handbook/handbook.schemas';
import { notFound } from '../../../platform/errors';
import type { ApiRouter } from '../../../platform/http/api-router';
import { isReadable } from '../articles';
import { HandbookArticleModel, type HandbookArticle } from '../handbook.models';
import { readableAudiences } from '../handbook.policy';
import { FeedbackModel } from './feedback.model';
import { feedbackReport, gapsReport } from './reports';

export function reportsRoutes(api: ApiRouter): void {
  api.post(
    '/handbook/articles/:slug/feedback',
    {
      summary: 'Was this article helpful?',
      description: 'Anonymous: the answer and comment are kept without the reader\u2019s id.',
      tags: ['handbook'],
      access: { action: 'handbook.read' },
      status: 204,
      request: { params: z.object({ slug: z.string().max(100) }), body: FeedbackSchema },
    },
    async ({ params, body, actor }) => {
      const article = await HandbookArticleModel.findById(params.slug).lean<HandbookArticle>();
      if (!article || !isReadable(article, readableAudiences(actor))) throw notFound('There is no such article.');
      await FeedbackModel.create({
        _id: randomUUID(),
        slug: article._id,
        language: body.language,
        helpful: body.helpful,
        comment: body.comment || null,
        at: new Date(),
      });
    },
  );

  api.get(
    '/handbook/reports/feedback',
    {
      summary: 'Least helpful articles and readers\u2019 comments (HR)',
      tags: ['handbook'],
      access: { action: 'reports.read' },
      request: { query: z.strictObject({ lang: z.string().max(10).optional() }) },
      response: { description: 'Feedback per article', schema: FeedbackReportSchema },
    },
    ({ query }) => feedbackReport(query.lang ?? 'en'),
  );

  api.get(
    '/handbook/reports/gaps',
    {
      summary: 'What people could not find (HR)',
      description: 'Top searches, searches with no result and searches whose results nobody opened, over 90 days. No user ids.',
      tags: ['handbook'],
      access: { action: 'reports.read' },
      response: { description: 'Search analytics', schema: GapsReportSchema },
    },
    () => gapsReport(),
  );
}
