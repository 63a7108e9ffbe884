import { testDatabase } from '../../test/test-database';
import { HandbookArticleModel, HandbookContentModel, HandbookVersionModel, markHandbookChanged } from './handbook.models';

/* What specs and benches of other features may use of the handbook beyond its public face. */

export { HandbookArticleModel, HandbookContentModel, markHandbookChanged } from './handbook.models';
export { demoContentFiles, demoSynonyms, seedDemoHandbook } from './seed/seed-demo-handbook';

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
