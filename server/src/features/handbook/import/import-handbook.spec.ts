import { contentId, HandbookArticleModel, HandbookContentModel, HandbookVersionModel } from '../handbook.models';
import { expectInert } from '../../../test/inert';
import { importHandbook, parseImportFile } from './import-handbook';

const file = (name: string, frontMatter: string, body = '## Section\n\nSome text.') => ({ name, content: `---\n${frontMatter}\n---\n${body}\n` });

const leave = (language: string, title: string, extra = '') =>
  file(
    `import-leave.${language}.md`,
    `title: ${title}\nsummary: How leave works.\ncategory: Time off / Vacation\nlanguage: ${language}\ntags: [leave]\nstatus: published${extra}`,
  );

describe('handbook import', () => {
  beforeEach(async () => {
    await Promise.all([
      HandbookArticleModel.deleteMany({ _id: { $in: ['import-leave', 'import-bad', 'import-policy'] } }),
      HandbookContentModel.deleteMany({ _id: { $in: ['import-leave:en', 'import-leave:es', 'import-policy:en'] } }),
      HandbookVersionModel.deleteMany({ _id: { $regex: '^import-' } }),
    ]);
  });

  it('imports language variants of one article from files named slug.language.md', async () => {
    const report = await importHandbook([leave('en', 'Annual leave'), leave('es', 'Vacaciones')], 'E10104');
    expect(report.errors).toEqual([]);
    expect(report.created).toEqual(['import-leave.en.md']);
    expect(report.updated).toEqual(['import-leave.es.md']);
    const article = await HandbookArticleModel.findById('import-leave').lean();
    expect(article?.variants.map((variant) => variant.language).sort()).toEqual(['en', 'es']);
    expect(article?.status).toBe('published');
    expect((await HandbookContentModel.findById(contentId('import-leave', 'es')).lean())?.html).toContain('<h2 id="section">Section</h2>');
  });

  it('is idempotent: the same files again change nothing and add no version', async () => {
    await importHandbook([leave('en', 'Annual leave')], null);
    const versionsBefore = await HandbookVersionModel.countDocuments({});
    const again = await importHandbook([leave('en', 'Annual leave')], null);
    expect(again).toEqual({ created: [], updated: [], unchanged: ['import-leave.en.md'], errors: [] });
    expect(await HandbookVersionModel.countDocuments({})).toBe(versionsBefore);
  });

  it('makes a changed file a new version; a major change of a policy bumps the major number', async () => {
    const policy = (body: string, change = 'minor') =>
      file('import-policy.en.md', `title: Travel policy\ncategory: Policies / Conduct\nlanguage: en\npolicy: true\nstatus: published\nchange: ${change}`, body);
    await importHandbook([policy('Version one.')], null);
    await importHandbook([policy('Version one, clearer.')], null);
    let article = await HandbookArticleModel.findById('import-policy').lean();
    expect([article?.kind, article?.major, article?.minor]).toEqual(['policy', 1, 1]);
    await importHandbook([policy('Version two: new rules.', 'major')], null);
    article = await HandbookArticleModel.findById('import-policy').lean();
    expect([article?.major, article?.minor]).toEqual([2, 0]);
    expect(article?.versions.map((version) => version.label)).toEqual(['1.0', '1.1', '2.0']);
  });

  it('names the file and the field of each error, and imports nothing from that file', async () => {
    const report = await importHandbook(
      [
        file('import-bad.en.md', 'title: \ncategory: Time off\nlanguage: english\npolicy: maybe'),
        file('broken-yaml.md', 'title: [unclosed\ncategory: x'),
        { name: 'no-front-matter.md', content: '# Just text' },
        file('unknown-key.en.md', 'title: T\ncategory: Help\nlanguage: en\ncolour: blue'),
        file('empty.en.md', 'title: T\ncategory: Help\nlanguage: en', ''),
        leave('en', 'Annual leave'),
      ],
      null,
    );
    const errors = report.errors.map((error) => `${error.file} ${error.field}`);
    expect(errors).toEqual(
      jasmine.arrayContaining([
        'import-bad.en.md title',
        'import-bad.en.md language',
        'import-bad.en.md policy',
        'broken-yaml.md front matter',
        'no-front-matter.md front matter',
        'unknown-key.en.md colour',
        'empty.en.md body',
      ]),
    );
    expect(await HandbookArticleModel.findById('import-bad')).toBeNull();
    expect(report.created).toEqual(['import-leave.en.md']);
  });

  it('refuses language versions that disagree on what the article is', async () => {
    const report = await importHandbook([leave('en', 'Annual leave'), leave('es', 'Vacaciones', '\npolicy: true')], null);
    expect(report.errors).toEqual([jasmine.objectContaining({ file: 'import-leave.es.md', field: 'policy' })]);
  });

  it('makes markup in front matter fields inert: titles, summaries and tags are plain text', async () => {
    await importHandbook(
      [
        file(
          'import-leave.en.md',
          'title: "Leave <script>alert(1)</script><img src=x onerror=alert(1)>"\nsummary: "<b>Bold</b> <a href=\'javascript:alert(1)\'>x</a>"\ncategory: Time off / Vacation\nlanguage: en\ntags: ["<svg onload=alert(1)>", ok]',
          '<iframe src="https://evil.example"></iframe>[x](javascript:alert(1))',
        ),
      ],
      null,
    );
    const article = await HandbookArticleModel.findById('import-leave').lean();
    const variant = article!.variants[0]!;
    expect(variant.title).toBe('Leave');
    expect(variant.summary).toBe('Bold x');
    expect(variant.tags).toEqual(['ok']);
    expectInert((await HandbookContentModel.findById(contentId('import-leave', 'en')).lean())!.html);
  });

  it('reads the slug from the front matter when given, and checks it', () => {
    const parsed = parseImportFile(file('Anything Goes.md', 'title: T\ncategory: Help\nlanguage: en\nslug: my-article'));
    expect(Array.isArray(parsed) ? parsed : parsed.slug).toBe('my-article');
    const invalid = parseImportFile(file('Anything Goes.md', 'title: T\ncategory: Help\nlanguage: en'));
    expect(invalid).toEqual([jasmine.objectContaining({ file: 'Anything Goes.md', field: 'slug' })]);
    const reserved = parseImportFile(file('search.en.md', 'title: T\ncategory: Help\nlanguage: en'));
    expect(reserved).toEqual([jasmine.objectContaining({ file: 'search.en.md', field: 'slug', message: jasmine.stringMatching(/page of the portal/) })]);
  });
});
