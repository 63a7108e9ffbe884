import { model, Schema, type InferSchemaType } from 'mongoose';

import { articleKinds, articleStatuses, audiences } from '@portico/shared/handbook/handbook.schemas';

/**
 * The handbook in four collections, shaped for the embedded database (docs/database.md):
 * the small article documents are listed and filtered; the large texts live apart and
 * are read by id (`slug:language`); versions likewise (`slug:language:n`); a single
 * stamp document tells every API instance that something changed.
 */

const variantSchema = new Schema(
  {
    language: { type: String, required: true },
    title: { type: String, required: true },
    summary: { type: String, default: '' },
    tags: { type: [String], default: [] },
    /** Number of the variant's current version in handbook_versions. */
    currentVersion: { type: Number, required: true },
    updatedAt: { type: Date, required: true },
  },
  { _id: false },
);

const versionEntrySchema = new Schema(
  {
    language: { type: String, required: true },
    number: { type: Number, required: true },
    /** "2.1": major.minor, the number people see. */
    label: { type: String, required: true },
    at: { type: Date, required: true },
    authorId: { type: String, default: null },
    note: { type: String, default: '' },
  },
  { _id: false },
);

const articleSchema = new Schema(
  {
    /** The slug: stable; a renamed article keeps working at its old address (handbook_redirects). */
    _id: { type: String, required: true },
    kind: { type: String, enum: articleKinds, required: true },
    category: { type: String, required: true },
    audience: { type: String, enum: audiences, default: 'everyone' },
    status: { type: String, enum: articleStatuses, default: 'draft' },
    /** Scheduled publication: published, but not shown before this moment. */
    publishAt: { type: Date, default: null },
    ownerId: { type: String, default: null },
    reviewBy: { type: Date, default: null },
    lastReviewedAt: { type: Date, default: null },
    publishedAt: { type: Date, default: null },
    /** Policies: a new major version asks the audience to acknowledge again. */
    major: { type: Number, default: 1 },
    /** When the current major version was published: acknowledgements are due from then. */
    majorPublishedAt: { type: Date, default: null },
    /** The major version whose announcement went out (a scheduled policy is announced when it comes due). */
    announcedMajor: { type: Number, default: null },
    minor: { type: Number, default: 0 },
    variants: { type: [variantSchema], default: [] },
    versions: { type: [versionEntrySchema], default: [] },
  },
  { timestamps: true, strict: 'throw' },
);
articleSchema.index({ status: 1, updatedAt: -1 });
articleSchema.index({ category: 1 });

export interface ArticleVariant {
  language: string;
  title: string;
  summary: string;
  tags: string[];
  currentVersion: number;
  updatedAt: Date;
}

export interface VersionEntry {
  language: string;
  number: number;
  label: string;
  at: Date;
  authorId: string | null;
  note: string;
}

/** An article as read with `.lean()`. */
export type HandbookArticle = Omit<InferSchemaType<typeof articleSchema>, 'variants' | 'versions'> & {
  _id: string;
  variants: ArticleVariant[];
  versions: VersionEntry[];
  updatedAt: Date;
  createdAt: Date;
};
export const HandbookArticleModel = model('HandbookArticle', articleSchema, 'handbook_articles');

const contentSchema = new Schema(
  {
    /** `slug:language` */
    _id: { type: String, required: true },
    markdown: { type: String, required: true },
    html: { type: String, required: true },
    headings: { type: [{ id: String, text: String, level: Number, _id: false }], default: [] },
    /** Plain text, for the search index. */
    text: { type: String, default: '' },
  },
  { timestamps: true, strict: 'throw' },
);
export const HandbookContentModel = model('HandbookContent', contentSchema, 'handbook_contents');

const versionSchema = new Schema(
  {
    /** `slug:language:number` */
    _id: { type: String, required: true },
    title: { type: String, required: true },
    summary: { type: String, default: '' },
    markdown: { type: String, required: true },
  },
  { timestamps: true, strict: 'throw' },
);
export const HandbookVersionModel = model('HandbookVersion', versionSchema, 'handbook_versions');

/** An old slug and where the article lives now. */
const redirectSchema = new Schema({ _id: { type: String, required: true }, slug: { type: String, required: true } }, { strict: 'throw', versionKey: false });
export const HandbookRedirectModel = model('HandbookRedirect', redirectSchema, 'handbook_redirects');

/** One document, `_id: 'handbook'`, whose `changedAt` moves on every change (no change streams here). */
const stampSchema = new Schema({ _id: { type: String, required: true }, changedAt: { type: Date, required: true } }, { strict: 'throw', versionKey: false });
export const HandbookStampModel = model('HandbookStamp', stampSchema, 'handbook_stamp');

export const contentId = (slug: string, language: string) => `${slug}:${language}`;
export const versionId = (slug: string, language: string, number: number) => `${slug}:${language}:${number}`;

export async function markHandbookChanged(): Promise<void> {
  await HandbookStampModel.updateOne({ _id: 'handbook' }, { $set: { changedAt: new Date() } }, { upsert: true });
}
