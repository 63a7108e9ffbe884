import { diffWordsWithSpace } from 'diff';

import type { Diff, ManagedArticle, ManagedArticleList, ManagedArticleRow } from '@portico/shared/handbook/handbook.schemas';
import { notFound } from '../../../platform/errors';
import { contentId, HandbookArticleModel, HandbookContentModel, HandbookVersionModel, versionId, type HandbookArticle } from '../handbook.models';
import { namesOf } from '../../directory';

const YEAR_MS = 365 * 86_400_000;

/** When the text of any language last changed. */
const contentUpdatedAt = (article: HandbookArticle) => new Date(Math.max(0, ...article.variants.map((variant) => variant.updatedAt.getTime())));

/**
 * Past its review date, or neither edited nor reviewed for 12 months: a review counts as
 * keeping the article current, otherwise reviewing an old page could never clear it.
 */
export function isStale(article: HandbookArticle, now = new Date()): boolean {
  if (article.reviewBy && article.reviewBy.getTime() < now.getTime()) return true;
  const lastLooked = Math.max(contentUpdatedAt(article).getTime(), article.lastReviewedAt?.getTime() ?? 0);
  return lastLooked < now.getTime() - YEAR_MS;
}

function row(article: HandbookArticle, now: Date): ManagedArticleRow {
  const variant = article.variants.find((candidate) => candidate.language === 'en') ?? article.variants[0];
  return {
    slug: article._id,
    type: article.kind as ManagedArticleRow['type'],
    title: variant?.title ?? article._id,
    category: article.category,
    status: article.status as ManagedArticleRow['status'],
    languages: article.variants.map((candidate) => candidate.language).sort(),
    version: `${article.major}.${article.minor}`,
    updatedAt: article.updatedAt.toISOString(),
    reviewBy: article.reviewBy?.toISOString() ?? null,
    stale: isStale(article, now),
  };
}

const folded = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();

/**
 * Every article, drafts and archived ones included, most recently changed first. One
 * read of the small article documents (a few hundred), filtered here: any filter but
 * `_id` scans the collection on the embedded database anyway.
 */
export async function listManagedArticles(filter: { status?: string; stale?: boolean; q?: string }, now = new Date()): Promise<ManagedArticleList> {
  const articles = await HandbookArticleModel.find({}, { versions: 0 }).lean<HandbookArticle[]>();
  const words = folded(filter.q ?? '')
    .split(/\s+/)
    .filter(Boolean);
  const rows = articles
    .filter((article) => !filter.status || article.status === filter.status)
    .filter((article) => filter.stale === undefined || isStale(article, now) === filter.stale)
    .filter((article) => {
      if (!words.length) return true;
      const haystack = folded([article._id, ...article.variants.map((variant) => variant.title)].join(' '));
      return words.every((word) => haystack.includes(word));
    })
    .sort((a, b) => b.updatedAt.getTime() - a.updatedAt.getTime())
    .map((article) => row(article, now));
  return { articles: rows };
}

export async function findManagedArticle(slug: string): Promise<HandbookArticle> {
  const article = await HandbookArticleModel.findById(slug).lean<HandbookArticle>();
  if (!article) throw notFound(`There is no article "${slug}".`);
  return article;
}

/** An article as its authors see it: each language's Markdown (read by id), every version. */
export async function managedArticle(slugOrArticle: string | HandbookArticle): Promise<ManagedArticle> {
  const article = typeof slugOrArticle === 'string' ? await findManagedArticle(slugOrArticle) : slugOrArticle;
  const contents = await Promise.all(
    article.variants.map((variant) => HandbookContentModel.findById(contentId(article._id, variant.language), { markdown: 1 }).lean()),
  );
  const names = await namesOf([article.ownerId, ...article.versions.map((entry) => entry.authorId)]);
  return {
    slug: article._id,
    type: article.kind as ManagedArticle['type'],
    category: article.category,
    audience: article.audience as ManagedArticle['audience'],
    status: article.status as ManagedArticle['status'],
    publishAt: article.publishAt?.toISOString() ?? null,
    reviewBy: article.reviewBy?.toISOString() ?? null,
    lastReviewedAt: article.lastReviewedAt?.toISOString() ?? null,
    version: `${article.major}.${article.minor}`,
    owner: article.ownerId ? { id: article.ownerId, name: names.get(article.ownerId) ?? article.ownerId } : null,
    variants: article.variants.map((variant, index) => ({
      language: variant.language,
      title: variant.title,
      summary: variant.summary,
      tags: variant.tags,
      markdown: contents[index]?.markdown ?? '',
      updatedAt: variant.updatedAt.toISOString(),
    })),
    versions: [...article.versions]
      .sort((a, b) => b.at.getTime() - a.at.getTime() || b.number - a.number)
      .map((entry) => ({
        language: entry.language,
        number: entry.number,
        label: entry.label,
        at: entry.at.toISOString(),
        authorId: entry.authorId ?? null,
        authorName: entry.authorId ? (names.get(entry.authorId) ?? null) : null,
        note: entry.note ?? '',
      })),
  };
}

/** A diff of very long texts gives up after this long and shows the whole text replaced. */
const DIFF_TIMEOUT_MS = 1_000;

/** What changed between two stored versions of one language, word by word (title, summary, then the Markdown). */
export async function versionDiff(slug: string, language: string, from: number, to: number): Promise<Diff> {
  const [older, newer] = await Promise.all([
    HandbookVersionModel.findById(versionId(slug, language, from)).lean(),
    HandbookVersionModel.findById(versionId(slug, language, to)).lean(),
  ]);
  if (!older || !newer) throw notFound(`"${slug}" has no ${language} version ${!older ? from : to}.`);
  const text = (version: { title: string; summary?: string | null; markdown: string }) => `${version.title}\n\n${version.summary ?? ''}\n\n${version.markdown}`;
  const [before, after] = [text(older), text(newer)];
  const changes = diffWordsWithSpace(before, after, { timeout: DIFF_TIMEOUT_MS }) ?? [
    { value: before, added: false, removed: true },
    { value: after, added: true, removed: false },
  ];
  return { from, to, parts: changes.map((change) => ({ value: change.value, added: Boolean(change.added), removed: Boolean(change.removed) })) };
}
