import { deleteArticles } from '../testing';
import { seedDemoPeople } from '../../../test/demo-company';
import { HandbookArticleModel, type HandbookArticle } from '../handbook.models';
import { AcknowledgementModel } from '../policies/acknowledgement.model';
import { parseImportFile } from '../import/import-handbook';
import { HandbookSynonymsModel } from '../synonyms.model';
import { demoContentFiles, seedDemoHandbook } from './seed-demo-handbook';
import { NotificationModel } from '../../notifications';

describe('demo handbook seed', () => {
  let slugs: string[];
  let hadSynonyms: boolean;

  beforeAll(async () => {
    await seedDemoPeople();
    slugs = [
      ...new Set(
        (await demoContentFiles()).flatMap((file) => {
          const parsed = parseImportFile(file);
          return Array.isArray(parsed) ? [] : [parsed.slug];
        }),
      ),
    ];
    await deleteArticles(slugs);
    await AcknowledgementModel.deleteMany({ slug: { $in: slugs } });
    hadSynonyms = Boolean(await HandbookSynonymsModel.exists({ _id: 'synonyms' }));
  });

  afterAll(async () => {
    await deleteArticles(slugs);
    await AcknowledgementModel.deleteMany({ slug: { $in: slugs } });
    await NotificationModel.deleteMany({ link: { $in: slugs.map((slug) => `/handbook/${slug}`) } });
    if (!hadSynonyms) await HandbookSynonymsModel.deleteOne({ _id: 'synonyms' });
  });

  it('imports every demo article once with review dates, a few already overdue for review, and adds nothing the second time', async () => {
    const first = await seedDemoHandbook();
    expect(first.errors).toBe(0);
    const articles = await HandbookArticleModel.find({ _id: { $in: slugs } }).lean<HandbookArticle[]>();
    expect(articles.length).toBe(slugs.length);
    expect(articles.filter((article) => article.kind === 'policy').length).toBe(8);
    const now = Date.now();
    const overdue = articles.filter((article) => article.reviewBy && article.reviewBy.getTime() < now).map((article) => article._id);
    expect(overdue.sort()).toEqual(['medical-appointments', 'public-holidays', 'reporting-sickness']);
    expect(
      articles.filter((article) => !overdue.includes(article._id)).every((article) => article.lastReviewedAt && article.reviewBy!.getTime() > now),
    ).toBeTrue();
    expect(first.acknowledgements).toBeGreaterThan(0);

    const again = await seedDemoHandbook();
    expect(again).toEqual({ created: 0, errors: 0, acknowledgements: 0 });
  });
});
