import type { ArticleView, SearchHit, SearchResult } from '@portico/shared/handbook/handbook.schemas';

/** An article as GET /api/handbook/articles/:slug answers it. */
export function articleView(overrides: Partial<ArticleView> = {}): ArticleView {
  return {
    slug: 'annual-leave',
    type: 'article',
    title: 'Annual leave',
    summary: 'How many days you have and how to book them.',
    category: 'Time off / Vacation',
    tags: [],
    language: 'en',
    requestedLanguage: 'en',
    availableLanguages: ['en', 'es'],
    html: '<p>Everyone has 25 days.</p>',
    headings: [],
    version: '1.0',
    updatedAt: '2026-10-01T09:00:00.000Z',
    lastReviewedAt: null,
    related: [],
    acknowledgement: null,
    ...overrides,
  };
}

export function policyView(acknowledgement: ArticleView['acknowledgement']): ArticleView {
  return articleView({ slug: 'anti-harassment-policy', type: 'policy', title: 'Anti-harassment policy', version: '2.1', acknowledgement });
}

export function searchResult(shown: number, total: number): SearchResult {
  const hit = (index: number): SearchHit => ({
    slug: `article-${index}`,
    title: `Article ${index}`,
    summary: '',
    snippet: 'About <mark>leave</mark>',
    category: 'Time off',
    language: 'en',
    type: 'article',
    updatedAt: '2026-10-01T09:00:00.000Z',
    score: 1 / (index + 1),
  });
  return { hits: Array.from({ length: shown }, (_, index) => hit(index)), total, searchId: '6f1c7a52-2a7e-4c1e-9a51-0d3f7c1c2b11' };
}
