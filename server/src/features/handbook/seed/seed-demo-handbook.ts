import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

import { repositoryRoot } from '../../../platform/paths';
import { HandbookArticleModel, markHandbookChanged, type HandbookArticle } from '../handbook.models';
import { importHandbook, parseImportFile, type ImportFile } from '../import/import-handbook';
import { HandbookSynonymsModel } from '../synonyms.model';

export const demoContentDirectory = path.join(repositoryRoot, 'server', 'src', 'features', 'handbook', 'seed', 'content');

/** Synonyms Lumen Works' HR set up: the words employees use for the same things. */
export const demoSynonyms: string[][] = [
  ['pto', 'vacation', 'annual leave', 'holiday', 'time off', 'paid time off'],
  ['vacaciones', 'permiso', 'días libres', 'días de vacaciones'],
  ['payslip', 'pay slip', 'pay stub', 'salary slip', 'wage slip'],
  ['nómina', 'recibo de sueldo', 'recibo de salario', 'hoja de salario'],
  ['sick leave', 'sickness absence', 'sick day', 'illness'],
  ['baja médica', 'baja por enfermedad', 'incapacidad temporal'],
  ['remote work', 'working from home', 'wfh', 'home office', 'telework', 'hybrid work'],
  ['teletrabajo', 'trabajo en remoto', 'trabajar desde casa'],
  ['expenses', 'expense claim', 'reimbursement', 'refund'],
  ['gastos', 'reembolso', 'nota de gastos', 'dietas'],
  ['parental leave', 'maternity leave', 'paternity leave', 'baby'],
  ['harassment', 'bullying', 'mobbing'],
];

export async function demoContentFiles(): Promise<ImportFile[]> {
  const names = (await readdir(demoContentDirectory)).filter((name) => name.endsWith('.md')).sort();
  return Promise.all(names.map(async (name) => ({ name, content: await readFile(path.join(demoContentDirectory, name), 'utf8') })));
}

/**
 * Imports whichever demo articles (and language versions) are missing, and the demo
 * synonyms when HR has none. An article HR edited is never overwritten by a re-seed.
 */
export async function seedDemoHandbook(): Promise<{ created: number; errors: number }> {
  const existing = new Map(
    (await HandbookArticleModel.find({}, { variants: 1 }).lean<Pick<HandbookArticle, '_id' | 'variants'>[]>()).map((article) => [
      article._id,
      new Set(article.variants.map((variant) => variant.language)),
    ]),
  );
  const missing = (await demoContentFiles()).filter((file) => {
    const parsed = parseImportFile(file);
    return Array.isArray(parsed) || !existing.get(parsed.slug)?.has(parsed.frontMatter.language);
  });
  const report = missing.length ? await importHandbook(missing, null) : { created: [], updated: [], errors: [] };
  if (!(await HandbookSynonymsModel.exists({ _id: 'synonyms' }))) {
    await HandbookSynonymsModel.create({ _id: 'synonyms', groups: demoSynonyms.map((terms) => ({ terms })) });
    await markHandbookChanged();
  }
  return { created: report.created.length + report.updated.length, errors: report.errors.length };
}
