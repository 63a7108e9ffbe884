import { testDatabase } from '../../test/test-database';
import { HandbookArticleModel, HandbookContentModel, HandbookVersionModel, markHandbookChanged } from './handbook.models';
import { importHandbook } from './import/import-handbook';

/* What specs and benches of other features may use of the handbook beyond its public face. */

export { HandbookArticleModel, HandbookContentModel, markHandbookChanged } from './handbook.models';
export { demoContentFiles, demoSynonyms, seedDemoHandbook } from './seed/seed-demo-handbook';

/** What an article file says about itself (front matter); the rest has plain defaults. */
export interface SpecArticle {
  slug: string;
  title: string;
  language?: string;
  status?: 'draft' | 'published' | 'archived';
  audience?: 'everyone' | 'managers' | 'hr';
  category?: string;
}

/** A Markdown file with front matter, as `importHandbook` (and `npm run handbook:import`) reads it. */
export function articleFile({ slug, title, language = 'en', status = 'published', audience = 'everyone', category = 'Pay and benefits' }: SpecArticle) {
  return {
    name: `${slug}.${language}.md`,
    content: `---\ntitle: ${title}\nsummary: Written by a spec.\ncategory: ${category}\nlanguage: ${language}\nstatus: ${status}\naudience: ${audience}\nslug: ${slug}\n---\n\nText of ${title}.\n`,
  };
}

/** Writes these articles through the handbook's own import; fails the spec on any import error. */
export async function createArticles(articles: readonly SpecArticle[]): Promise<void> {
  const report = await importHandbook(articles.map(articleFile), null);
  if (report.errors.length) throw new Error(`the spec's articles did not import: ${JSON.stringify(report.errors)}`);
  await testDatabase.handbook?.refresh(true);
}

/** Removes articles a spec wrote (every language and version), and tells the search index. */
export async function deleteArticles(slugs: Iterable<string>): Promise<void> {
  for (const slug of slugs) {
    await HandbookArticleModel.deleteOne({ _id: slug });
    await HandbookContentModel.deleteMany({ _id: { $regex: `^${slug}:` } });
    await HandbookVersionModel.deleteMany({ _id: { $regex: `^${slug}:` } });
  }
  await markHandbookChanged();
  await testDatabase.handbook?.refresh(true);
}
