import type { ManagedArticle, ManagedArticleRow, PolicyCompletion } from '@portico/shared/handbook/handbook.schemas';

/** Shapes the authoring API answers with, for the workspace's specs. */
export function articleRow(slug: string, changes: Partial<ManagedArticleRow> = {}): ManagedArticleRow {
  return {
    slug,
    type: 'article',
    title: slug.replace(/-/g, ' '),
    category: 'Time off / Vacation',
    status: 'published',
    languages: ['en'],
    version: '1.0',
    updatedAt: '2026-10-01T10:00:00.000Z',
    reviewBy: null,
    stale: false,
    ...changes,
  };
}

export function managedArticle(changes: Partial<ManagedArticle> = {}): ManagedArticle {
  return {
    slug: 'annual-leave',
    type: 'article',
    category: 'Time off / Vacation',
    audience: 'everyone',
    status: 'published',
    publishAt: null,
    reviewBy: '2027-03-01T00:00:00.000Z',
    lastReviewedAt: '2026-09-15T08:00:00.000Z',
    version: '1.1',
    owner: { id: 'E10104', name: 'Olivia Brooks' },
    variants: [
      {
        language: 'en',
        title: 'Annual leave',
        summary: 'How many days you get.',
        tags: ['vacation'],
        markdown: '## Your days\n\n25 days a year.',
        updatedAt: '2026-10-01T10:00:00.000Z',
      },
      {
        language: 'es',
        title: 'Vacaciones',
        summary: 'Cuántos días tienes.',
        tags: ['vacaciones'],
        markdown: '## Tus días\n\n25 días al año.',
        updatedAt: '2026-10-02T10:00:00.000Z',
      },
    ],
    versions: [
      { language: 'en', number: 1, label: '1.0', at: '2026-01-10T09:00:00.000Z', authorId: 'E10104', authorName: 'Olivia Brooks', note: 'First version' },
      { language: 'en', number: 2, label: '1.1', at: '2026-10-01T10:00:00.000Z', authorId: 'E10104', authorName: 'Olivia Brooks', note: 'Carry-over rule' },
      { language: 'es', number: 1, label: '1.0', at: '2026-10-02T10:00:00.000Z', authorId: 'E10104', authorName: 'Olivia Brooks', note: '' },
    ],
    ...changes,
  };
}

export function policyCompletion(changes: Partial<PolicyCompletion> = {}): PolicyCompletion {
  return {
    slug: 'code-of-conduct',
    title: 'Code of conduct',
    version: '2.0',
    dueAt: '2026-12-01T00:00:00.000Z',
    acknowledged: 150,
    total: 200,
    byDepartment: [
      { key: 'engineering', name: 'Engineering', acknowledged: 45, total: 60 },
      { key: 'sales', name: 'Sales', acknowledged: 10, total: 40 },
    ],
    byLocation: [{ key: 'madrid', name: 'Madrid', acknowledged: 30, total: 35 }],
    ...changes,
  };
}
