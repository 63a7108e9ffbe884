import type { ArticleSummary, ArticleView, HandbookHome } from '@portico/shared/handbook/handbook.schemas';
import {
  contentId,
  HandbookArticleModel,
  HandbookContentModel,
  HandbookRedirectModel,
  type ArticleVariant,
  type HandbookArticle,
} from './handbook.models';
import type { Audience, HandbookSearch } from './search/handbook-search';

/** Published, due, and for one of these audiences. */
export function isReadable(article: HandbookArticle, audiences: readonly Audience[], now = new Date()): boolean {
  return article.status === 'published' && (!article.publishAt || article.publishAt <= now) && audiences.includes(article.audience as Audience);
}

/** The reader's language, else the same language of another region, else English, else any. */
export function chooseVariant(variants: readonly ArticleVariant[], language: string): ArticleVariant | undefined {
  const base = language.slice(0, 2);
  return (
    variants.find((variant) => variant.language === language) ??
    variants.find((variant) => variant.language.slice(0, 2) === base) ??
    variants.find((variant) => variant.language === 'en') ??
    variants[0]
  );
}

const summaryOf = (article: HandbookArticle, variant: ArticleVariant): ArticleSummary => ({
  slug: article._id,
  type: article.kind as ArticleSummary['type'],
  title: variant.title,
  summary: variant.summary,
  category: article.category,
  language: variant.language,
  updatedAt: variant.updatedAt.toISOString(),
});

async function findArticle(slug: string): Promise<HandbookArticle | null> {
  const article = await HandbookArticleModel.findById(slug).lean<HandbookArticle>();
  if (article) return article;
  // A renamed article keeps working at its old address.
  const redirect = await HandbookRedirectModel.findById(slug).lean();
  return redirect ? HandbookArticleModel.findById(redirect.slug).lean<HandbookArticle>() : null;
}

export async function articleView(slug: string, audiences: readonly Audience[], language: string, search: HandbookSearch): Promise<ArticleView | null> {
  const article = await findArticle(slug);
  if (!article || !isReadable(article, audiences)) return null;
  const variant = chooseVariant(article.variants, language);
  if (!variant) return null;
  const content = await HandbookContentModel.findById(contentId(article._id, variant.language)).lean();
  if (!content) return null;
  const related = search
    .search({ query: [variant.title, ...variant.tags].join(' '), audiences, preferredLanguage: variant.language, limit: 5 })
    .hits.filter((hit) => hit.document.slug !== article._id)
    .slice(0, 4)
    .map((hit) => ({ slug: hit.document.slug, title: hit.document.title, summary: hit.document.summary }));
  return {
    slug: article._id,
    type: article.kind as ArticleView['type'],
    title: variant.title,
    summary: variant.summary,
    category: article.category,
    tags: variant.tags,
    language: variant.language,
    requestedLanguage: language,
    availableLanguages: article.variants.map((candidate) => candidate.language).sort(),
    html: content.html,
    headings: content.headings.map((heading) => ({ id: heading.id!, text: heading.text!, level: heading.level === 3 ? 3 : 2 })),
    version: `${article.major}.${article.minor}`,
    updatedAt: variant.updatedAt.toISOString(),
    lastReviewedAt: article.lastReviewedAt?.toISOString() ?? null,
    related,
  };
}

export async function handbookHome(audiences: readonly Audience[], language: string): Promise<HandbookHome> {
  const articles = (await HandbookArticleModel.find({ status: 'published' }).lean<HandbookArticle[]>()).filter((article) => isReadable(article, audiences));
  const tree = new Map<string, Map<string, number>>();
  for (const article of articles) {
    const [parent, child] = article.category.split(' / ');
    const children = tree.get(parent!) ?? new Map<string, number>();
    if (child) children.set(child, (children.get(child) ?? 0) + 1);
    tree.set(parent!, children);
  }
  const counts = new Map<string, number>();
  for (const article of articles) {
    const parent = article.category.split(' / ')[0]!;
    counts.set(parent, (counts.get(parent) ?? 0) + 1);
  }
  const recentlyUpdated = articles
    .map((article) => ({ article, variant: chooseVariant(article.variants, language)! }))
    .filter(({ variant }) => variant)
    .sort((a, b) => b.variant.updatedAt.getTime() - a.variant.updatedAt.getTime())
    .slice(0, 6)
    .map(({ article, variant }) => summaryOf(article, variant));
  return {
    categories: [...tree].map(([name, children]) => ({
      name,
      count: counts.get(name) ?? 0,
      children: [...children].map(([child, count]) => ({ name: child, count })),
    })),
    recentlyUpdated,
  };
}
