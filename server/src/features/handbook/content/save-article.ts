import mongoose from 'mongoose';

import type { articleKinds, articleStatuses, audiences } from '@portico/shared/handbook/handbook.schemas';
import { HttpProblem } from '../../../platform/errors';
import {
  contentId,
  HandbookArticleModel,
  HandbookContentModel,
  HandbookVersionModel,
  markHandbookChanged,
  versionId,
  type ArticleVariant,
  type HandbookArticle,
} from '../handbook.models';
import { announceIfVisible } from '../policies/policies';
import { plainText, renderMarkdown } from './render-markdown';

export interface ArticleVariantInput {
  slug: string;
  kind: (typeof articleKinds)[number];
  category: string;
  audience: (typeof audiences)[number];
  status: (typeof articleStatuses)[number];
  publishAt?: Date | null;
  ownerId?: string | null;
  reviewBy?: Date | null;
  language: string;
  title: string;
  summary: string;
  tags: string[];
  markdown: string;
  /** For a change to the text: `major` asks a policy's audience to acknowledge again. */
  change: 'major' | 'minor';
  authorId: string | null;
  note?: string;
}

export type SaveOutcome = 'created' | 'updated' | 'unchanged';

/**
 * Creates or updates one language variant of an article (the authoring API and the bulk
 * import both come here). A change to the text is a new version, kept whole for the
 * history and the diff; the same text saved again changes nothing.
 */
export async function saveArticleVariant(input: ArticleVariantInput): Promise<SaveOutcome> {
  const now = new Date();
  const title = plainText(input.title);
  const summary = plainText(input.summary);
  const tags = [...new Set(input.tags.map(plainText).filter(Boolean))];
  const rendered = renderMarkdown(input.markdown);
  const existing = await HandbookArticleModel.findById(input.slug).lean<HandbookArticle>();

  const meta = {
    kind: input.kind,
    category: input.category,
    audience: input.audience,
    status: input.status,
    publishAt: input.publishAt ?? null,
    ...(input.ownerId !== undefined ? { ownerId: input.ownerId } : {}),
    ...(input.reviewBy !== undefined ? { reviewBy: input.reviewBy } : {}),
  };

  // A scheduled publication counts from its moment: acknowledgements are due from then.
  const visibleFrom = input.publishAt && input.publishAt > now ? input.publishAt : now;
  if (!existing) {
    await writeVersion(input.slug, input.language, 1, { title, summary, markdown: input.markdown });
    await writeContent(input.slug, input.language, input.markdown, rendered);
    await HandbookArticleModel.create({
      _id: input.slug,
      ...meta,
      publishedAt: input.status === 'published' ? visibleFrom : null,
      majorPublishedAt: input.status === 'published' ? visibleFrom : null,
      variants: [{ language: input.language, title, summary, tags, currentVersion: 1, updatedAt: now }],
      versions: [{ language: input.language, number: 1, label: '1.0', at: now, authorId: input.authorId, note: input.note ?? '' }],
    });
    await markHandbookChanged();
    await announceIfDue(input.slug);
    return 'created';
  }

  const variant = existing.variants.find((candidate) => candidate.language === input.language);
  const current = variant ? await HandbookContentModel.findById(contentId(input.slug, input.language)).lean() : null;
  const textChanged = !variant || !current || current.markdown !== input.markdown || variant.title !== title || variant.summary !== summary;
  const tagsChanged = !variant || variant.tags.join('\n') !== tags.join('\n');
  const metaChanged = (Object.keys(meta) as (keyof typeof meta)[]).some((key) => String(existing[key] ?? '') !== String(meta[key] ?? ''));
  if (!textChanged && !tagsChanged && !metaChanged) return 'unchanged';

  const update: Record<string, unknown> = { ...meta };
  const becomesPublished = input.status === 'published' && existing.status !== 'published';
  if (becomesPublished) Object.assign(update, { publishedAt: visibleFrom, majorPublishedAt: visibleFrom });
  const variants: ArticleVariant[] = existing.variants.filter((candidate) => candidate.language !== input.language);
  if (textChanged) {
    const number = Math.max(0, ...existing.versions.filter((entry) => entry.language === input.language).map((entry) => entry.number)) + 1;
    const major = !variant ? existing.major : input.change === 'major' ? existing.major + 1 : existing.major;
    const minor = !variant ? existing.minor : input.change === 'major' ? 0 : existing.minor + 1;
    await writeVersion(input.slug, input.language, number, { title, summary, markdown: input.markdown });
    await writeContent(input.slug, input.language, input.markdown, rendered);
    if (major !== existing.major && input.status === 'published') update['majorPublishedAt'] = visibleFrom;
    Object.assign(update, {
      major,
      minor,
      versions: [
        ...existing.versions,
        { language: input.language, number, label: `${major}.${minor}`, at: now, authorId: input.authorId, note: input.note ?? '' },
      ],
    });
    variants.push({ language: input.language, title, summary, tags, currentVersion: number, updatedAt: now });
  } else {
    variants.push({ ...variant!, tags });
  }
  // Arrays are written whole: the embedded database has no positional updates.
  await HandbookArticleModel.updateOne({ _id: input.slug }, { $set: { ...update, variants } });
  await markHandbookChanged();
  if (becomesPublished || update['majorPublishedAt']) await announceIfDue(input.slug);
  return 'updated';
}

/**
 * A policy just published, or a new major version of one: its audience is told (once
 * each), now, or when a scheduled publication comes due (policies/scheduled-announcements.ts).
 */
export async function announceIfDue(slug: string): Promise<void> {
  const article = await HandbookArticleModel.findById(slug).lean<HandbookArticle>();
  if (article) await announceIfVisible(article);
}

async function writeContent(slug: string, language: string, markdown: string, rendered: ReturnType<typeof renderMarkdown>) {
  await HandbookContentModel.updateOne(
    { _id: contentId(slug, language) },
    { $set: { markdown, html: rendered.html, headings: rendered.headings, text: rendered.text } },
    { upsert: true },
  );
}

async function writeVersion(slug: string, language: string, number: number, text: { title: string; summary: string; markdown: string }) {
  try {
    await HandbookVersionModel.create({ _id: versionId(slug, language, number), ...text });
  } catch (error) {
    if (error instanceof mongoose.mongo.MongoServerError && error.code === 11000) {
      throw new HttpProblem(409, 'edit_conflict', 'Edited at the same time', 'Someone saved this article at the same moment; reload and try again.');
    }
    throw error;
  }
}
