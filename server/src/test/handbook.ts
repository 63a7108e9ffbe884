import { testDatabase } from './test-database';
import { HandbookArticleModel, HandbookContentModel, HandbookVersionModel, markHandbookChanged } from '../features/handbook/handbook.models';

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
