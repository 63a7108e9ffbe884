import { audiences as allAudiences } from '@portico/shared/handbook/handbook.schemas';
import type { FieldIssue } from '@portico/shared/platform/field-issues';
import type { Actor } from '../auth';
import { chooseVariant, isReadable } from './articles';
import { HandbookArticleModel, type HandbookArticle } from './handbook.models';
import { readableAudiences } from './handbook.policy';

/*
 * What other features may know of the articles they link to (request types, canned
 * responses): whether a link may be saved, and the title to show beside it. They never
 * read the handbook's collections themselves.
 */

/** A link to an article, and where in the request it was given (for the error). */
export interface ArticleLink {
  path: string;
  slug: string;
}

/** One error per link to an article that does not exist or is archived (a draft may be published later). */
export async function articleLinkProblems(links: readonly ArticleLink[]): Promise<FieldIssue[]> {
  if (!links.length) return [];
  const slugs = [...new Set(links.map((link) => link.slug))];
  const statuses = new Map(
    (await HandbookArticleModel.find({ _id: { $in: slugs } }, { status: 1 }).lean<{ _id: string; status: string }[]>()).map((article) => [
      article._id,
      article.status,
    ]),
  );
  return links.flatMap(({ path, slug }): FieldIssue[] => {
    const status = statuses.get(slug);
    if (status === undefined) return [{ path, code: 'unknown_article', params: { value: slug }, message: `there is no handbook article "${slug}"` }];
    if (status === 'archived') return [{ path, code: 'archived_article', params: { value: slug }, message: `the handbook article "${slug}" is archived` }];
    return [];
  });
}

/**
 * Titles of the linked articles that are published and due now, each in the language asked
 * for (keyed `<slug>:<language>`); with a reader, only those of their audiences. A draft or
 * an archived article is simply not shown.
 */
export async function publishedArticleTitles(
  wanted: readonly { slug: string; language: string }[],
  reader?: Actor,
  now = new Date(),
): Promise<Map<string, string>> {
  const slugs = [...new Set(wanted.map((link) => link.slug))];
  if (!slugs.length) return new Map();
  const articles = new Map(
    (await HandbookArticleModel.find({ _id: { $in: slugs } }, { status: 1, publishAt: 1, audience: 1, variants: 1 }).lean<HandbookArticle[]>()).map(
      (article) => [article._id, article],
    ),
  );
  const audiences = reader ? readableAudiences(reader) : allAudiences;
  const titles = new Map<string, string>();
  for (const { slug, language } of wanted) {
    const article = articles.get(slug);
    const variant = article && isReadable(article, audiences, now) ? chooseVariant(article.variants, language) : undefined;
    if (variant) titles.set(`${slug}:${language}`, variant.title);
  }
  return titles;
}
