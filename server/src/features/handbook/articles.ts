import type { ArticleVariant, HandbookArticle } from './handbook.models';
import type { Audience } from './search/handbook-search';

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
