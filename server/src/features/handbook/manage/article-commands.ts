import {
  reservedSlugs,
  type BulkRequest,
  type BulkResult,
  type NewDraft,
  type NewDraftResult,
  type SaveVariant,
} from '@portico/shared/handbook/handbook.schemas';
import { HttpProblem } from '../../../platform/errors';
import { announceIfDue, saveArticleVariant } from '../content/save-article';
import { HandbookArticleModel, HandbookRedirectModel, markHandbookChanged, type HandbookArticle } from '../handbook.models';
import { findManagedArticle } from './managed-articles';

/** Where a draft begins: HR moves it to the right category when writing it. */
export const DRAFT_CATEGORY = 'General';
const SLUG_MAX = 100;

/**
 * A slug from a title: accents dropped (NFKD), lower case, words joined by hyphens, cut
 * at a word boundary. A title with no Latin letters or digits at all gives "article".
 */
export function slugFromTitle(title: string, room = SLUG_MAX): string {
  const slug = title
    .normalize('NFKD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const cut = slug.length > room ? slug.slice(0, room).replace(/-[^-]*$/, '') || slug.slice(0, room) : slug;
  return cut.replace(/-+$/, '') || 'article';
}

/** A slug no article has, nor had (old slugs keep redirecting): "title", then "title-2", "title-3"… */
async function freeSlug(base: string, taken: Set<string>): Promise<string> {
  for (let suffix = 1; ; suffix++) {
    const candidate = suffix === 1 ? base : `${slugFromTitle(base, SLUG_MAX - String(suffix).length - 1)}-${suffix}`;
    if (taken.has(candidate)) continue;
    const [article, redirect] = await Promise.all([HandbookArticleModel.exists({ _id: candidate }), HandbookRedirectModel.exists({ _id: candidate })]);
    if (!article && !redirect) return candidate;
    taken.add(candidate);
  }
}

/**
 * A new draft article in one language, its text starting with the title. When it answers
 * a search nobody found anything for (from the gaps report), its first line says which.
 */
export async function createDraft(draft: NewDraft, authorId: string): Promise<NewDraftResult> {
  const base = slugFromTitle(draft.title);
  const taken = new Set<string>(reservedSlugs);
  const fromQuery = draft.fromQuery?.replace(/\s+/g, ' ').trim();
  const markdown = `# ${draft.title}\n\n${fromQuery ? `_Written for the search “${fromQuery}”, which found nothing._\n\n` : ''}`;
  for (let attempt = 0; attempt < 5; attempt++) {
    const slug = await freeSlug(base, taken);
    try {
      await saveArticleVariant({
        slug,
        kind: 'article',
        category: DRAFT_CATEGORY,
        audience: 'everyone',
        status: 'draft',
        ownerId: authorId,
        language: draft.language,
        title: draft.title,
        summary: '',
        tags: [],
        markdown,
        change: 'minor',
        authorId,
        note: fromQuery ? `Draft for the search "${fromQuery}"` : 'New draft',
      });
      return { slug, language: draft.language };
    } catch (error) {
      // Someone took the same slug at the same moment (the first version is an insert): try the next one.
      if (!(error instanceof HttpProblem && error.code === 'edit_conflict')) throw error;
      taken.add(slug);
    }
  }
  throw new HttpProblem(409, 'edit_conflict', 'Edited at the same time', 'Could not find a free address for this title; try again.');
}

/** Saves one language of an existing article (a new language is fine); a change to its text is a new version. */
export async function saveVariant(slug: string, language: string, body: SaveVariant, authorId: string): Promise<void> {
  await findManagedArticle(slug);
  await saveArticleVariant({
    slug,
    language,
    kind: body.type,
    category: body.category,
    audience: body.audience,
    status: body.status,
    publishAt: body.publishAt ? new Date(body.publishAt) : null,
    ...(body.reviewBy !== undefined ? { reviewBy: body.reviewBy ? new Date(body.reviewBy) : null } : {}),
    title: body.title,
    summary: body.summary,
    tags: body.tags,
    markdown: body.markdown,
    change: body.change,
    authorId,
    note: body.note,
  });
}

export type StatusAction = BulkRequest['action'];

const inAYear = (now: Date) => {
  const date = new Date(now);
  date.setUTCFullYear(date.getUTCFullYear() + 1);
  return date;
};

/**
 * Publishes (now, or at `publishAt`: scheduled), unpublishes (back to draft), archives
 * or marks an article reviewed. Publishing a policy announces it to its audience when
 * readers can see it (save-article.ts, policies/scheduled-announcements.ts).
 */
export async function changeStatus(slug: string, action: StatusAction, options: { publishAt?: Date | null } = {}, now = new Date()): Promise<HandbookArticle> {
  const article = await findManagedArticle(slug);
  let update: Record<string, unknown>;
  if (action === 'publish') {
    const publishAt = options.publishAt && options.publishAt > now ? options.publishAt : null;
    const wasVisible = article.status === 'published' && (!article.publishAt || article.publishAt <= now);
    update = { status: 'published', publishAt };
    // Acknowledgements of a policy are due from the moment readers can see it.
    if (!wasVisible) Object.assign(update, { publishedAt: publishAt ?? now, majorPublishedAt: publishAt ?? now });
  } else if (action === 'unpublish') {
    update = { status: 'draft', publishAt: null };
  } else if (action === 'archive') {
    update = { status: 'archived', publishAt: null };
  } else {
    update = { lastReviewedAt: now, reviewBy: inAYear(now) };
  }
  await HandbookArticleModel.updateOne({ _id: slug }, { $set: update });
  await markHandbookChanged();
  if (action === 'publish') await announceIfDue(slug);
  return findManagedArticle(slug);
}

/**
 * One action on many articles, one article after another: the embedded database
 * deadlocks on a single update of about a hundred statements (docs/database.md).
 */
export async function bulkChangeStatus(request: BulkRequest, onDone?: (slug: string) => Promise<void>): Promise<BulkResult> {
  const result: BulkResult = { done: [], failed: [] };
  for (const slug of new Set(request.slugs)) {
    try {
      await changeStatus(slug, request.action);
      await onDone?.(slug);
      result.done.push(slug);
    } catch (error) {
      if (!(error instanceof HttpProblem)) throw error;
      result.failed.push({ slug, message: error.detail ?? error.title });
    }
  }
  return result;
}
