import type { ArticleSummary, ArticleView, HandbookHome } from '@portico/shared/handbook/handbook.schemas';
import { contentId, HandbookArticleModel, HandbookContentModel, HandbookRedirectModel, type ArticleVariant, type HandbookArticle } from './handbook.models';
import { chooseVariant, isReadable } from './articles';
import { acknowledgementId, AcknowledgementModel } from './policies/acknowledgement.model';
import { dueDate } from './policies/policies';
import type { Audience, HandbookSearch } from './search/handbook-search';

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

export async function articleView(
  slug: string,
  reader: { employeeId: string; audiences: readonly Audience[] },
  language: string,
  search: HandbookSearch,
): Promise<ArticleView | null> {
  const { audiences } = reader;
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
    acknowledgement: article.kind === 'policy' ? await acknowledgementOf(article, reader.employeeId) : null,
  };
}

async function acknowledgementOf(policy: HandbookArticle, employeeId: string): Promise<ArticleView['acknowledgement']> {
  const acknowledgement = await AcknowledgementModel.findById(acknowledgementId(policy._id, policy.major, employeeId)).lean();
  return {
    acknowledgedAt: acknowledgement?.at.toISOString() ?? null,
    dueAt: dueDate(policy)?.toISOString() ?? null,
    version: `${policy.major}.${policy.minor}`,
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
