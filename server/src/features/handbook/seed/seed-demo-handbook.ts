import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

import { repositoryRoot } from '../../../platform/paths';
import { HandbookArticleModel, markHandbookChanged, type HandbookArticle } from '../handbook.models';
import { importHandbook, parseImportFile, type ImportFile } from '../import/import-handbook';
import { HandbookSynonymsModel } from '../synonyms.model';

export const demoContentDirectory = path.join(repositoryRoot, 'server', 'src', 'features', 'handbook', 'seed', 'content');

/** Synonyms Lumen Works' HR set up: the words employees use for the same things. */
export const demoSynonyms: string[][] = [
  // Time off
  ['pto', 'vacation', 'annual leave', 'holiday', 'holidays', 'time off', 'paid time off', 'days off'],
  ['vacaciones', 'permiso', 'días libres', 'días de vacaciones', 'coger días'],
  ['sick', 'ill', 'unwell', 'sick leave', 'sickness absence', 'sick day', 'illness'],
  ['enfermo', 'malo', 'encontrarse mal', 'baja médica', 'baja por enfermedad', 'incapacidad temporal'],
  ['doctor', 'dentist', 'medical appointment', 'gp', 'hospital appointment'],
  ['médico', 'dentista', 'cita médica', 'consulta médica'],
  ['parental leave', 'maternity leave', 'paternity leave', 'birth leave', 'baby', 'newborn'],
  ['permiso por nacimiento', 'baja de maternidad', 'baja de paternidad', 'maternidad', 'paternidad', 'bebé'],
  ['child', 'children', 'kid', 'kids', 'dependant', 'dependants', 'family member'],
  ['hijo', 'hija', 'hijos', 'niño', 'niña', 'familiar'],
  ['hospital', 'hospitalisation', 'hospitalised', 'in hospital'],
  ['hospital', 'hospitalización', 'ingresado', 'ingresada', 'ingreso hospitalario'],
  ['bereavement', 'funeral', 'compassionate leave', 'death in the family', 'passed away'],
  ['fallecimiento', 'funeral', 'defunción', 'luto', 'ha fallecido'],
  ['wedding', 'getting married', 'marriage'],
  ['boda', 'casarse', 'matrimonio', 'me caso'],
  ['sabbatical', 'career break', 'unpaid leave', 'extended leave', 'months off'],
  ['excedencia', 'año sabático', 'permiso no retribuido', 'sabático'],
  // Pay
  ['payslip', 'pay slip', 'pay stub', 'salary slip', 'wage slip'],
  ['nómina', 'recibo de sueldo', 'recibo de salario', 'hoja de salario'],
  ['payday', 'pay date', 'get paid', 'paid', 'salary date'],
  ['día de pago', 'cobro', 'cobrar', 'pago de la nómina'],
  ['pay rise', 'raise', 'raises', 'salary increase', 'salary review', 'pay review'],
  ['subida de sueldo', 'subida salarial', 'aumento de sueldo', 'revisión salarial', 'suben el sueldo'],
  ['salary', 'pay', 'wage', 'wages'],
  ['sueldo', 'salario', 'paga'],
  ['meal voucher', 'lunch card', 'meal allowance', 'food card', 'ticket restaurant'],
  ['ticket restaurante', 'cheque comida', 'cheques comida', 'tarjeta comida', 'vales de comida'],
  ['expenses', 'expense claim', 'reimbursement', 'refund', 'money back'],
  ['gastos', 'reembolso', 'nota de gastos', 'dietas', 'devolver dinero'],
  // Working here
  ['remote work', 'working from home', 'wfh', 'home office', 'telework', 'hybrid work'],
  ['teletrabajo', 'trabajo en remoto', 'trabajar desde casa'],
  ['working hours', 'start time', 'finish time', 'flexitime', 'core hours', 'schedule'],
  ['horario', 'jornada', 'hora de entrada', 'hora de salida', 'horario flexible'],
  ['training', 'course', 'courses', 'conference', 'learning', 'udemy', 'coursera'],
  ['formación', 'curso', 'cursos', 'congreso'],
  ['notice period', 'resign', 'resignation', 'quit', 'quitting'],
  ['preaviso', 'dimisión', 'dimitir', 'baja voluntaria', 'me voy de la empresa'],
  ['first day', 'first week', 'onboarding', 'new starter', 'new joiner', 'starting'],
  ['primer día', 'primera semana', 'incorporación', 'empiezo'],
  // Conduct
  ['harassment', 'bullying', 'mobbing', 'intimidation', 'shouting', 'abuse'],
  ['acoso', 'acoso laboral', 'mobbing', 'intimidación', 'gritos', 'maltrato'],
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
