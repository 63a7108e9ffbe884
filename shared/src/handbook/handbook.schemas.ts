import { z } from 'zod';

import { rule } from '../platform/field-issues';

export { knownCategories } from './categories';

export const audiences = ['everyone', 'managers', 'hr'] as const;
export const articleStatuses = ['draft', 'published', 'archived'] as const;
export const articleKinds = ['article', 'policy'] as const;

/** Addresses the web client uses for its own pages beside articles (/handbook/search, /hr/handbook/synonyms). */
export const reservedSlugs: readonly string[] = ['search', 'synonyms'];
export const SlugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens')
  .max(100)
  .refine((slug) => !reservedSlugs.includes(slug), rule('reserved_slug', 'is the address of a page of the portal; choose another'));
/** A BCP 47 language tag of the content: any language a multinational writes in. */
export const ContentLanguageSchema = z.string().regex(/^[a-z]{2,3}(?:-[A-Z]{2})?$/, 'must be a language tag such as en, es, pt-BR');
export const CategorySchema = z
  .string()
  .trim()
  .regex(/^[^/]{1,60}(?: \/ [^/]{1,60})?$/, 'must be "Category" or "Category / Subcategory"');

/** YAML front matter of an imported Markdown file (docs/handbook-import.md). */
export const FrontMatterSchema = z.strictObject({
  title: z.string().trim().min(1).max(200),
  summary: z.string().trim().max(300).default(''),
  category: CategorySchema,
  language: ContentLanguageSchema,
  tags: z.array(z.string().trim().min(1).max(40)).max(12).default([]),
  policy: z.boolean().default(false),
  status: z.enum(articleStatuses).default('draft'),
  audience: z.enum(audiences).default('everyone'),
  slug: SlugSchema.optional(),
  owner: z.string().max(40).optional(),
  reviewBy: z.iso.date().optional(),
  /** For an update of a policy: `major` asks everyone to acknowledge again. */
  change: z.enum(['major', 'minor']).default('minor'),
});
export type FrontMatter = z.infer<typeof FrontMatterSchema>;

export const SearchQuerySchema = z
  .strictObject({
    /** Words; may be left out when a category is given (browsing a category, by title). */
    q: z.string().trim().max(200).default(''),
    lang: ContentLanguageSchema.optional(),
    category: CategorySchema.optional(),
    type: z.enum(articleKinds).optional(),
    limit: z.coerce.number().int().min(1).max(50).default(10),
    /** More results of a search already made ("show more"): answered under the same id, not counted again. */
    searchId: z.uuid().optional(),
  })
  .refine((query) => query.q !== '' || query.category !== undefined, { path: ['q'], ...rule('search_words', 'give words to search for, or a category') });
export type SearchQuery = z.infer<typeof SearchQuerySchema>;

export const SearchHitSchema = z.object({
  slug: z.string(),
  title: z.string(),
  summary: z.string(),
  /** HTML: the matching passage, escaped, with the matches in <mark>. */
  snippet: z.string(),
  category: z.string(),
  language: z.string(),
  type: z.enum(articleKinds),
  updatedAt: z.string(),
  score: z.number(),
});
export const SearchResultSchema = z
  .object({
    hits: z.array(SearchHitSchema),
    total: z.number().int(),
    /** Id of this search, to record which result was opened (no user id is kept). */
    searchId: z.string(),
  })
  .meta({ id: 'HandbookSearchResult' });
export type SearchHit = z.infer<typeof SearchHitSchema>;
export type SearchResult = z.infer<typeof SearchResultSchema>;

export const SuggestQuerySchema = z.strictObject({
  q: z.string().trim().min(1).max(100),
  lang: ContentLanguageSchema.optional(),
});
export const SuggestionSchema = z.object({
  /** What to show and, for a query, what to search. */
  text: z.string(),
  kind: z.enum(['article', 'query']),
  /** For an article: where it is. */
  slug: z.string().optional(),
});
export const SuggestResultSchema = z.object({ suggestions: z.array(SuggestionSchema) }).meta({ id: 'HandbookSuggestions' });
export type Suggestion = z.infer<typeof SuggestionSchema>;
export type SuggestResult = z.infer<typeof SuggestResultSchema>;

export const HeadingSchema = z.object({ id: z.string(), text: z.string(), level: z.union([z.literal(2), z.literal(3)]) });

export const ArticleViewSchema = z
  .object({
    slug: z.string(),
    type: z.enum(articleKinds),
    title: z.string(),
    summary: z.string(),
    category: z.string(),
    tags: z.array(z.string()),
    /** The language of the text shown, and the one asked for when it differs (a fallback). */
    language: z.string(),
    requestedLanguage: z.string(),
    availableLanguages: z.array(z.string()),
    /** Sanitised HTML. */
    html: z.string(),
    headings: z.array(HeadingSchema),
    version: z.string(),
    updatedAt: z.string(),
    lastReviewedAt: z.string().nullable(),
    related: z.array(z.object({ slug: z.string(), title: z.string(), summary: z.string() })),
    /** For a policy: whether and when the reader acknowledged the current major version. */
    acknowledgement: z.object({ acknowledgedAt: z.string().nullable(), dueAt: z.string().nullable(), version: z.string() }).nullable(),
  })
  .meta({ id: 'HandbookArticle' });
export type ArticleView = z.infer<typeof ArticleViewSchema>;

export const ArticleSummarySchema = z.object({
  slug: z.string(),
  type: z.enum(articleKinds),
  title: z.string(),
  summary: z.string(),
  category: z.string(),
  language: z.string(),
  updatedAt: z.string(),
});
export const HandbookHomeSchema = z
  .object({
    categories: z.array(z.object({ name: z.string(), count: z.number().int(), children: z.array(z.object({ name: z.string(), count: z.number().int() })) })),
    recentlyUpdated: z.array(ArticleSummarySchema),
  })
  .meta({ id: 'HandbookHome' });
export type ArticleSummary = z.infer<typeof ArticleSummarySchema>;
export type HandbookHome = z.infer<typeof HandbookHomeSchema>;

export const ImportFileSchema = z.object({ name: z.string().min(1).max(200), content: z.string().max(512 * 1024) });
export const ImportRequestSchema = z.strictObject({ files: z.array(ImportFileSchema).min(1).max(500) }).meta({ id: 'HandbookImportRequest' });
export const ImportReportSchema = z
  .object({
    created: z.array(z.string()),
    updated: z.array(z.string()),
    unchanged: z.array(z.string()),
    errors: z.array(z.object({ file: z.string(), field: z.string(), message: z.string() })),
  })
  .meta({ id: 'HandbookImportReport' });
export type ImportReport = z.infer<typeof ImportReportSchema>;

export const PendingPolicySchema = z.object({
  slug: z.string(),
  title: z.string(),
  version: z.string(),
  dueAt: z.string().nullable(),
  overdue: z.boolean(),
});
export const PendingPoliciesSchema = z
  .object({ policies: z.array(PendingPolicySchema) })
  .meta({ id: 'PendingPolicies', description: 'Policies the signed-in person still has to acknowledge.' });
export type PendingPolicy = z.infer<typeof PendingPolicySchema>;

export const AcknowledgementSchema = z
  .object({ acknowledgedAt: z.string().nullable(), dueAt: z.string().nullable(), version: z.string() })
  .meta({ id: 'PolicyAcknowledgement' });
export type Acknowledgement = z.infer<typeof AcknowledgementSchema>;

/** `key`: the department's or location's id; `name`: what people call it. */
const CompletionRowSchema = z.object({ key: z.string(), name: z.string(), acknowledged: z.number().int(), total: z.number().int() });
export const PolicyCompletionSchema = z
  .object({
    slug: z.string(),
    title: z.string(),
    version: z.string(),
    dueAt: z.string().nullable(),
    acknowledged: z.number().int(),
    total: z.number().int(),
    byDepartment: z.array(CompletionRowSchema),
    byLocation: z.array(CompletionRowSchema),
  })
  .meta({ id: 'PolicyCompletion', description: 'Who in the audience acknowledged the current major version, by department and location.' });
export type PolicyCompletion = z.infer<typeof PolicyCompletionSchema>;

export const FeedbackSchema = z
  .strictObject({
    helpful: z.boolean(),
    comment: z.string().trim().max(1000).optional(),
    language: ContentLanguageSchema,
  })
  .meta({ id: 'HandbookFeedback', description: '"Was this helpful?" with an optional comment. No user id is kept.' });
export type Feedback = z.infer<typeof FeedbackSchema>;

export const FeedbackReportSchema = z
  .object({
    articles: z.array(
      z.object({
        slug: z.string(),
        title: z.string(),
        helpful: z.number().int(),
        notHelpful: z.number().int(),
        comments: z.array(z.object({ helpful: z.boolean(), comment: z.string(), language: z.string(), at: z.string() })),
      }),
    ),
  })
  .meta({ id: 'HandbookFeedbackReport', description: 'Articles by how often readers found them unhelpful, with their comments.' });
export type FeedbackReport = z.infer<typeof FeedbackReportSchema>;

export const GapsReportSchema = z
  .object({
    since: z.string(),
    searches: z.number().int(),
    topQueries: z.array(z.object({ query: z.string(), count: z.number().int() })),
    noResults: z.array(z.object({ query: z.string(), count: z.number().int() })),
    nothingOpened: z.array(z.object({ query: z.string(), count: z.number().int() })),
  })
  .meta({ id: 'HandbookGapsReport', description: 'What people searched for and could not find (no user ids).' });
export type GapsReport = z.infer<typeof GapsReportSchema>;

export const ManagedVariantSchema = z.object({
  language: z.string(),
  title: z.string(),
  summary: z.string(),
  tags: z.array(z.string()),
  markdown: z.string(),
  updatedAt: z.string(),
});
export const ManagedArticleSchema = z
  .object({
    slug: z.string(),
    type: z.enum(articleKinds),
    category: z.string(),
    audience: z.enum(audiences),
    status: z.enum(articleStatuses),
    publishAt: z.string().nullable(),
    reviewBy: z.string().nullable(),
    lastReviewedAt: z.string().nullable(),
    version: z.string(),
    /** Who answers for the article (the author of its first draft, or `owner` in imported front matter). */
    owner: z.object({ id: z.string(), name: z.string() }).nullable(),
    variants: z.array(ManagedVariantSchema),
    versions: z.array(
      z.object({
        language: z.string(),
        number: z.number().int(),
        label: z.string(),
        at: z.string(),
        authorId: z.string().nullable(),
        authorName: z.string().nullable(),
        note: z.string(),
      }),
    ),
  })
  .meta({ id: 'ManagedArticle', description: 'An article as its authors see it: every language, drafts included, with its history.' });
export type ManagedArticle = z.infer<typeof ManagedArticleSchema>;

export const ManagedArticleRowSchema = z.object({
  slug: z.string(),
  type: z.enum(articleKinds),
  title: z.string(),
  category: z.string(),
  status: z.enum(articleStatuses),
  languages: z.array(z.string()),
  version: z.string(),
  updatedAt: z.string(),
  reviewBy: z.string().nullable(),
  /** Past its review date, or not updated in 12 months. */
  stale: z.boolean(),
});
export type ManagedArticleRow = z.infer<typeof ManagedArticleRowSchema>;

export const SaveVariantSchema = z
  .strictObject({
    type: z.enum(articleKinds),
    category: CategorySchema,
    audience: z.enum(audiences),
    status: z.enum(articleStatuses),
    publishAt: z.iso.datetime().nullable().optional(),
    reviewBy: z.iso.date().nullable().optional(),
    title: z.string().trim().min(1).max(200),
    summary: z.string().trim().max(300),
    tags: z.array(z.string().trim().min(1).max(40)).max(12),
    markdown: z.string().min(1).max(200_000),
    change: z.enum(['major', 'minor']),
    note: z.string().max(300).optional(),
  })
  .meta({ id: 'SaveArticleVariant' });
export type SaveVariant = z.infer<typeof SaveVariantSchema>;

export const NewDraftSchema = z.strictObject({
  title: z.string().trim().min(1).max(200),
  language: ContentLanguageSchema,
  /** The search that nobody could answer, when the draft starts from the gaps report. */
  fromQuery: z.string().max(200).optional(),
});

export const DiffSchema = z
  .object({ from: z.number().int(), to: z.number().int(), parts: z.array(z.object({ value: z.string(), added: z.boolean(), removed: z.boolean() })) })
  .meta({ id: 'HandbookDiff', description: 'What changed between two versions of one language of an article, word by word.' });
export type Diff = z.infer<typeof DiffSchema>;

export const SynonymsSchema = z
  .strictObject({ groups: z.array(z.array(z.string().trim().min(1).max(60)).min(2).max(20)).max(500) })
  .meta({ id: 'HandbookSynonyms', description: 'Groups of words or phrases that mean the same; applied both ways in search.' });
export type Synonyms = z.infer<typeof SynonymsSchema>;

/* ---- Authoring (hr_admin, action handbook.publish): /api/handbook/manage/… ---- */

export const ManagedArticleListQuerySchema = z.strictObject({
  status: z.enum(articleStatuses).optional(),
  /** `true`: only articles past their review date or not updated in 12 months. */
  stale: z.enum(['true', 'false']).optional(),
  /** Words of the slug or a title, any language. */
  q: z.string().trim().max(100).optional(),
});
export const ManagedArticleListSchema = z
  .object({ articles: z.array(ManagedArticleRowSchema) })
  .meta({ id: 'ManagedArticleList', description: 'Every article, drafts and archived included, most recently updated first.' });
export type ManagedArticleList = z.infer<typeof ManagedArticleListSchema>;

export const NewDraftResultSchema = z.object({ slug: z.string(), language: z.string() }).meta({ id: 'NewDraftResult' });
export type NewDraft = z.infer<typeof NewDraftSchema>;
export type NewDraftResult = z.infer<typeof NewDraftResultSchema>;

export const PreviewRequestSchema = z.strictObject({ markdown: z.string().max(200_000) });
export const PreviewSchema = z
  .object({ html: z.string(), headings: z.array(HeadingSchema) })
  .meta({ id: 'HandbookPreview', description: 'Markdown rendered and sanitised exactly as readers will see it.' });
export type Preview = z.infer<typeof PreviewSchema>;

/** Publish now, or at `publishAt` (scheduled); the other actions take no body. */
export const PublishRequestSchema = z.strictObject({ publishAt: z.iso.datetime().nullable().optional() });
export type PublishRequest = z.infer<typeof PublishRequestSchema>;

export const bulkActions = ['publish', 'unpublish', 'archive', 'review'] as const;
export const BulkRequestSchema = z
  .strictObject({ action: z.enum(bulkActions), slugs: z.array(SlugSchema).min(1).max(200) })
  .meta({ id: 'HandbookBulkRequest' });
export const BulkResultSchema = z
  .object({ done: z.array(z.string()), failed: z.array(z.object({ slug: z.string(), message: z.string() })) })
  .meta({ id: 'HandbookBulkResult', description: 'Which articles the action was applied to, and why the others were not.' });
export type BulkRequest = z.infer<typeof BulkRequestSchema>;
export type BulkResult = z.infer<typeof BulkResultSchema>;

export const imageTypes = ['image/png', 'image/jpeg', 'image/gif', 'image/webp'] as const;
export const MAX_IMAGE_BYTES = 2 * 1024 * 1024;
export const UploadedImageSchema = z
  .object({ url: z.string(), type: z.enum(imageTypes), size: z.number().int() })
  .meta({ id: 'HandbookImage', description: 'Where an uploaded image is served; put it in Markdown as ![description](url).' });
export type UploadedImage = z.infer<typeof UploadedImageSchema>;
