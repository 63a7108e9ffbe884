import type { SearchDocument } from './handbook-search';
import { InProcessHandbookSearch } from './in-process-handbook-search';

const document = (slug: string, language: string, title: string, text: string, extra: Partial<SearchDocument> = {}): SearchDocument => ({
  slug,
  language,
  kind: 'article',
  category: 'Time off / Vacation',
  audience: 'everyone',
  title,
  summary: '',
  tags: [],
  text,
  updatedAt: new Date('2026-10-01'),
  visibleFrom: null,
  ...extra,
});

describe('InProcessHandbookSearch', () => {
  let search: InProcessHandbookSearch;
  const everyone = ['everyone'] as const;
  const slugs = (query: string, options: Partial<Parameters<InProcessHandbookSearch['search']>[0]> = {}) =>
    search.search({ query, audiences: everyone, limit: 10, ...options }).hits.map((hit) => hit.document.slug);

  beforeEach(() => {
    search = new InProcessHandbookSearch();
    search.replaceAll([
      document('annual-leave', 'en', 'Annual leave', 'How many vacation days you get and how holidays build up during the year.', { tags: ['vacation'] }),
      document('annual-leave', 'es', 'Vacaciones anuales', 'Cuántos días de vacaciones tienes y cómo se acumulan durante el año.'),
      document('reading-your-payslip', 'en', 'Reading your payslip', 'Gross pay, deductions, income tax and net pay explained line by line.', {
        category: 'Pay and benefits / Payroll',
      }),
      document('reading-your-payslip', 'es', 'Cómo leer tu nómina', 'Salario bruto, retenciones de IRPF y Seguridad Social, y el neto.', {
        category: 'Pay and benefits / Payroll',
      }),
      document('parental-leave', 'en', 'Parental leave', 'Maternity, paternity and adoption leave: how long, and what the company adds.', {
        category: 'Time off / Family leave',
      }),
      document('code-of-conduct', 'en', 'Code of conduct', 'Respect, conflicts of interest and gifts.', { kind: 'policy', category: 'Policies / Conduct' }),
      document('manager-guide-approving-leave', 'en', 'Approving leave requests', 'For managers: approving vacation and overtime.', { audience: 'managers' }),
      document('hr-guide-handling-misconduct-reports', 'en', 'Handling misconduct reports', 'For HR: triage of a misconduct report.', {
        audience: 'hr',
        category: 'Policies / Conduct',
      }),
      document('scheduled-news', 'en', 'New office opening', 'Vacation news for the new office.', { visibleFrom: new Date(Date.now() + 86_400_000) }),
    ]);
    search.setSynonyms([
      ['pto', 'vacation', 'annual leave'],
      ['nómina', 'recibo de sueldo'],
    ]);
  });

  it('forgives typos', () => {
    expect(slugs('payslpi')[0]).toBe('reading-your-payslip');
    expect(slugs('matrenity leave')[0]).toBe('parental-leave');
  });

  it('ignores missing or extra accents', () => {
    expect(slugs('nomina')[0]).toBe('reading-your-payslip');
    expect(slugs('vacaciónes')[0]).toBe('annual-leave');
  });

  it('matches word forms in English and Spanish (stemming)', () => {
    expect(slugs('holiday')[0]).toBe('annual-leave');
    expect(slugs('acumular vacaciones')[0]).toBe('annual-leave');
    expect(slugs('deduction')[0]).toBe('reading-your-payslip');
  });

  it('applies synonyms in both directions', () => {
    expect(slugs('pto')).toContain('annual-leave');
    expect(slugs('recibo de sueldo')[0]).toBe('reading-your-payslip');
    search.setSynonyms([['wfh', 'payslip']]);
    expect(slugs('wfh')).toEqual(['reading-your-payslip']);
  });

  it('matches the word being typed as a prefix', () => {
    expect(slugs('paysl')[0]).toBe('reading-your-payslip');
    expect(slugs('matern')[0]).toBe('parental-leave');
  });

  it('filters by category (and its parent), type and language', () => {
    expect(slugs('leave', { category: 'Time off / Family leave' })).toEqual(['parental-leave']);
    expect(slugs('leave', { category: 'Time off' })).toEqual(jasmine.arrayWithExactContents(['annual-leave', 'parental-leave']));
    expect(slugs('conduct respect', { kind: 'policy' })).toEqual(['code-of-conduct']);
    const spanishOnly = search.search({ query: 'vacaciones', audiences: everyone, language: 'es', limit: 10 });
    expect(spanishOnly.hits.every((hit) => hit.document.language === 'es')).toBeTrue();
  });

  it('returns one hit per article, in the reader\u2019s language when it matched', () => {
    const hits = search.search({ query: 'vacaciones vacation', audiences: everyone, preferredLanguage: 'es', limit: 10 }).hits;
    const annual = hits.filter((hit) => hit.document.slug === 'annual-leave');
    expect(annual.length).toBe(1);
    expect(annual[0]!.document.language).toBe('es');
  });

  it('never shows other audiences\u2019 or not-yet-published articles: not in results, counts or suggestions', () => {
    const employee = search.search({ query: 'approving leave misconduct vacation news', audiences: everyone, limit: 50 });
    const found = employee.hits.map((hit) => hit.document.slug);
    expect(found).not.toContain('manager-guide-approving-leave');
    expect(found).not.toContain('hr-guide-handling-misconduct-reports');
    expect(found).not.toContain('scheduled-news');
    expect(employee.total).toBe(found.length);
    expect(search.suggest({ query: 'approv', audiences: everyone }).map((suggestion) => suggestion.slug)).toEqual([]);

    const manager = slugs('approving leave requests', { audiences: ['everyone', 'managers'] });
    expect(manager[0]).toBe('manager-guide-approving-leave');
    expect(slugs('misconduct', { audiences: ['everyone', 'managers', 'hr'] })[0]).toBe('hr-guide-handling-misconduct-reports');
  });

  it('suggests titles from the first letters typed', () => {
    expect(search.suggest({ query: 'read', audiences: everyone })[0]).toEqual({ text: 'Reading your payslip', kind: 'article', slug: 'reading-your-payslip' });
  });

  it('marks the matching words in an escaped snippet', () => {
    search.upsert([document('escape', 'en', 'Escaping', 'Use <b>bold</b> for sabbatical days & more.')]);
    const hit = search.search({ query: 'sabbatical', audiences: everyone, limit: 10 }).hits.find((candidate) => candidate.document.slug === 'escape')!;
    expect(hit.snippet).toContain('<mark>sabbatical</mark>');
    expect(hit.snippet).toContain('&#60;b&#62;bold&#60;/b&#62;');
    expect(hit.snippet).not.toContain('<b>');
  });

  it('forgets an article that is removed or replaced', () => {
    search.remove('parental-leave');
    expect(slugs('maternity')).toEqual([]);
    search.upsert([document('annual-leave', 'en', 'Annual leave', 'Now about sabbaticals only.')]);
    expect(slugs('sabbatical')).toEqual(['annual-leave']);
  });

  it('stays right through many edits, compacting what edits left behind', () => {
    for (let edit = 0; edit < 300; edit++)
      search.upsert([document('parental-leave', 'en', 'Parental leave', `Edition ${edit}: paternity leave, version word${edit}.`)]);
    expect(search.size).toBe(9);
    expect(slugs('word299')).toEqual(['parental-leave']);
    expect(slugs('word7')).toEqual([]);
    expect(slugs('paternity')).toEqual(['parental-leave']);
  });

  it('shows the passage of a long article where the words searched are', () => {
    const filler = Array.from({ length: 200 }, (_, index) => `filler${index}`).join(' ');
    search.upsert([document('long', 'en', 'Long read', `${filler} the sabbatical policy explains sabbatical pay. ${filler}`)]);
    const hit = search.search({ query: 'sabbatical', audiences: everyone, limit: 10 }).hits.find((candidate) => candidate.document.slug === 'long')!;
    expect(hit.snippet).toMatch(/^… .*<mark>sabbatical<\/mark> policy explains <mark>sabbatical<\/mark> pay.* …$/);
    expect(hit.snippet.split(' ').length).toBeLessThan(40);
  });
});
