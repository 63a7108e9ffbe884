import type { Request } from 'express';
import { z } from 'zod';

import {
  BulkRequestSchema,
  BulkResultSchema,
  ContentLanguageSchema,
  DiffSchema,
  ManagedArticleListQuerySchema,
  ManagedArticleListSchema,
  ManagedArticleSchema,
  NewDraftResultSchema,
  NewDraftSchema,
  PreviewRequestSchema,
  PreviewSchema,
  PublishRequestSchema,
  SaveVariantSchema,
  SynonymsSchema,
  type ManagedArticle,
  type Preview,
} from '@portico/shared/handbook/handbook.schemas';
import type { FileStore } from '../../../platform/files/file-store';
import type { ApiRouter } from '../../../platform/http/api-router';
import { renderMarkdown } from '../content/render-markdown';
import { bulkChangeStatus, changeStatus, createDraft, saveVariant, type StatusAction } from './article-commands';
import { handbookImageRoutes } from './handbook-images';
import { listManagedArticles, managedArticle, versionDiff } from './managed-articles';
import { readSynonyms, saveSynonyms } from './synonyms';
import { recordAuditEvent } from '../../audit';

const publish = { action: 'handbook.publish' } as const;
const tags = ['handbook authoring'];
const slugParams = z.object({ slug: z.string().max(100) });
/** An article being written may be long (200,000 characters); every route here takes up to 1 MB. */
const articleBodyLimit = '1mb';
const article = { description: 'The article as its authors see it', schema: ManagedArticleSchema };

/** The search index of this instance; the others follow the stamp within seconds. */
export interface IndexRefresh {
  refresh(): Promise<void>;
}

const audit = (request: Request, slug: string, action: string) =>
  recordAuditEvent(request.log, {
    type: 'handbook.status_changed',
    outcome: 'success',
    employeeId: request.user!.employeeId,
    requestId: String(request.id),
    details: { slug, action },
  });

/** Writing and publishing the handbook: HR admins only (action handbook.publish). */
export function manageRoutes(api: ApiRouter, index: IndexRefresh, files: FileStore): void {
  api.get(
    '/handbook/manage/articles',
    {
      summary: 'Every article, drafts and archived included',
      description: 'Filtered by status, by staleness (past the review date, or neither edited nor reviewed for 12 months) and by words of the slug or a title.',
      tags,
      access: publish,
      request: { query: ManagedArticleListQuerySchema },
      response: { description: 'Most recently changed first', schema: ManagedArticleListSchema },
    },
    ({ query }) => listManagedArticles({ status: query.status, stale: query.stale === undefined ? undefined : query.stale === 'true', q: query.q }),
  );

  api.post(
    '/handbook/manage/articles',
    {
      summary: 'Start a draft article',
      description: 'The slug is made from the title (unique: -2, -3… when taken). `fromQuery`: the search it answers, from the gaps report.',
      tags,
      access: publish,
      status: 201,
      request: { body: NewDraftSchema, bodyLimit: articleBodyLimit },
      response: { description: 'Where the draft is', schema: NewDraftResultSchema },
    },
    async ({ body, actor }) => {
      const created = await createDraft(body, actor.employeeId);
      await index.refresh();
      return created;
    },
  );

  api.get(
    '/handbook/manage/articles/:slug',
    { summary: 'One article with every language and its history', tags, access: publish, request: { params: slugParams }, response: article },
    ({ params }): Promise<ManagedArticle> => managedArticle(params.slug),
  );

  api.put(
    '/handbook/manage/articles/:slug/variants/:language',
    {
      summary: 'Save one language of an article',
      description:
        'A change to the title, summary or text is a new version: `major` (a policy\u2019s readers acknowledge again) or `minor`. A new language of an existing article is allowed.',
      tags,
      access: publish,
      request: { params: z.object({ slug: z.string().max(100), language: ContentLanguageSchema }), body: SaveVariantSchema, bodyLimit: articleBodyLimit },
      response: article,
    },
    async ({ params, body, actor }): Promise<ManagedArticle> => {
      await saveVariant(params.slug, params.language, body, actor.employeeId);
      await index.refresh();
      return managedArticle(params.slug);
    },
  );

  api.post(
    '/handbook/manage/articles/:slug/publish',
    {
      summary: 'Publish an article, now or at a set time',
      description: 'With `publishAt` in the future the article is scheduled: published, but shown (and, for a policy, announced) from then on.',
      tags,
      access: publish,
      request: { params: slugParams, body: PublishRequestSchema, bodyLimit: articleBodyLimit },
      response: article,
    },
    async ({ params, body }, request): Promise<ManagedArticle> => {
      const changed = await changeStatus(params.slug, 'publish', { publishAt: body.publishAt ? new Date(body.publishAt) : null });
      await audit(request, params.slug, 'publish');
      await index.refresh();
      return managedArticle(changed);
    },
  );

  const simpleActions: { action: Exclude<StatusAction, 'publish'>; summary: string }[] = [
    { action: 'unpublish', summary: 'Take an article back to draft' },
    { action: 'archive', summary: 'Archive an article' },
    { action: 'review', summary: 'Mark an article reviewed (next review in 12 months)' },
  ];
  for (const { action, summary } of simpleActions) {
    api.post(
      `/handbook/manage/articles/:slug/${action}`,
      { summary, tags, access: publish, request: { params: slugParams }, response: article },
      async ({ params }, request) => {
        const changed = await changeStatus(params.slug, action);
        await audit(request, params.slug, action);
        await index.refresh();
        return managedArticle(changed);
      },
    );
  }

  api.get(
    '/handbook/manage/articles/:slug/diff',
    {
      summary: 'What changed between two versions of one language',
      tags,
      access: publish,
      request: {
        params: slugParams,
        query: z.strictObject({ language: ContentLanguageSchema, from: z.coerce.number().int().min(1), to: z.coerce.number().int().min(1) }),
      },
      response: { description: 'Word by word', schema: DiffSchema },
    },
    ({ params, query }) => versionDiff(params.slug, query.language, query.from, query.to),
  );

  api.post(
    '/handbook/manage/preview',
    {
      summary: 'Render Markdown as readers will see it',
      tags,
      access: publish,
      // Read-only, but POST for the size of the text; a Markdown body may be long.
      request: { body: PreviewRequestSchema, bodyLimit: articleBodyLimit },
      response: { description: 'Sanitised HTML and its headings', schema: PreviewSchema },
    },
    ({ body }): Preview => {
      const { html, headings } = renderMarkdown(body.markdown);
      return { html, headings };
    },
  );

  api.post(
    '/handbook/manage/bulk',
    {
      summary: 'Publish, unpublish, archive or mark reviewed many articles',
      description: 'Applied to one article after another; the answer lists which were done and why others were not.',
      tags,
      access: publish,
      request: { body: BulkRequestSchema, bodyLimit: articleBodyLimit },
      response: { description: 'Done and failed, by slug', schema: BulkResultSchema },
    },
    async ({ body }, request) => {
      const result = await bulkChangeStatus(body, (slug) => audit(request, slug, body.action));
      await index.refresh();
      return result;
    },
  );

  api.get(
    '/handbook/manage/synonyms',
    { summary: 'The synonym groups search uses', tags, access: publish, response: { description: 'Every group', schema: SynonymsSchema } },
    () => readSynonyms(),
  );

  api.put(
    '/handbook/manage/synonyms',
    {
      summary: 'Replace the synonym groups',
      description: 'Search on every instance uses them within seconds.',
      tags,
      access: publish,
      request: { body: SynonymsSchema, bodyLimit: articleBodyLimit },
      response: { description: 'The groups as saved (tidied, repeated terms once)', schema: SynonymsSchema },
    },
    async ({ body, actor }, request) => {
      const saved = await saveSynonyms(body);
      await recordAuditEvent(request.log, {
        type: 'handbook.synonyms_changed',
        outcome: 'success',
        employeeId: actor.employeeId,
        requestId: String(request.id),
        details: { groups: saved.groups.length },
      });
      await index.refresh();
      return saved;
    },
  );

  handbookImageRoutes(api, files);
}
