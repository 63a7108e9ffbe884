import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

import { onlyDuplicateKeys } from '../../../platform/db/inserts';
import { repositoryRoot } from '../../../platform/paths';
import { chooseVariant } from '../articles';
import { HandbookArticleModel, markHandbookChanged, type HandbookArticle } from '../handbook.models';
import { importHandbook, parseImportFile, type ImportFile } from '../import/import-handbook';
import { acknowledgementId, AcknowledgementModel } from '../policies/acknowledgement.model';
import { audienceOf, publishedPolicies } from '../policies/policies';
import { HandbookSynonymsModel } from '../synonyms.model';
import { personas } from '../../directory';

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
export async function seedDemoHandbook(): Promise<{ created: number; errors: number; acknowledgements: number }> {
  const existing = new Map(
    (await HandbookArticleModel.find({}, { variants: 1 }).lean<Pick<HandbookArticle, '_id' | 'variants'>[]>()).map((article) => [
      article._id,
      new Set(article.variants.map((variant) => variant.language)),
    ]),
  );
  const missing = (await demoContentFiles())
    .map((file) => ({ file, parsed: parseImportFile(file) }))
    .filter(({ parsed }) => Array.isArray(parsed) || !existing.get(parsed.slug)?.has(parsed.frontMatter.language));
  const report = missing.length
    ? await importHandbook(
        missing.map(({ file }) => file),
        null,
      )
    : { created: [], updated: [], errors: [] };
  // Review dates for the articles new in this run (not for a language added to an existing one).
  await seedReviewDates(missing.flatMap(({ parsed }) => (Array.isArray(parsed) || existing.has(parsed.slug) ? [] : [parsed.slug])));
  if (!(await HandbookSynonymsModel.exists({ _id: 'synonyms' }))) {
    await HandbookSynonymsModel.create({ _id: 'synonyms', groups: demoSynonyms.map((terms) => ({ terms })) });
    await markHandbookChanged();
  }
  const acknowledgements = await seedDemoAcknowledgements();
  return { created: report.created.length + report.updated.length, errors: report.errors.length, acknowledgements };
}

const DAY = 24 * 60 * 60 * 1000;

/** A hash of a key, 0–99: the same demo every time, not chance. */
const demoPercentile = (key: string) => createHash('sha256').update(key).digest().readUInt32BE(0) % 100;

/**
 * New demo articles were reviewed when seeded and are due again in a year, except about
 * one in twelve, never reviewed and already past its review date, so HR's stale list has
 * something in it.
 */
async function seedReviewDates(slugs: string[]): Promise<void> {
  const now = Date.now();
  for (const slug of new Set(slugs)) {
    const overdue = demoPercentile(`review:${slug}`) < 8;
    const dates = overdue
      ? { lastReviewedAt: null, reviewBy: new Date(now - 7 * DAY) }
      : { lastReviewedAt: new Date(now), reviewBy: new Date(now + 365 * DAY) };
    await HandbookArticleModel.updateOne({ _id: slug }, { $set: dates });
  }
}

/** Out of 100: how many of a policy's audience have read it in the demo. */
const DEMO_ACKNOWLEDGED_SHARE = 60;

/** The same people every time: a hash of policy and person, not chance. */
export const acknowledgedInDemo = (slug: string, employeeId: string) =>
  employeeId !== personas.employee.id && demoPercentile(`${slug}:${employeeId}`) < DEMO_ACKNOWLEDGED_SHARE;

/**
 * About 60 % of each published policy's audience have acknowledged its first version, so
 * the completion report has something to show; the employee persona has not, so her
 * pending policies show. Inserts of deterministic ids only: a re-seed adds nothing twice,
 * and a policy HR moved to a new major version gets none.
 */
export async function seedDemoAcknowledgements(policies?: HandbookArticle[]): Promise<number> {
  let inserted = 0;
  for (const policy of (policies ?? (await publishedPolicies())).sort((a, b) => a._id.localeCompare(b._id))) {
    if (policy.major !== 1) continue;
    const at = policy.majorPublishedAt ?? policy.publishedAt ?? new Date();
    const rows = (await audienceOf(policy))
      .filter((employee) => acknowledgedInDemo(policy._id, employee._id))
      .map((employee) => ({
        _id: acknowledgementId(policy._id, policy.major, employee._id),
        slug: policy._id,
        major: policy.major,
        employeeId: employee._id,
        departmentId: employee.departmentId,
        locationId: employee.locationId,
        version: `${policy.major}.${policy.minor}`,
        language: chooseVariant(policy.variants, employee.preferredLanguage ?? 'en')?.language ?? 'en',
        at,
      }));
    for (let start = 0; start < rows.length; start += 100) inserted += await insertNew(rows.slice(start, start + 100));
  }
  return inserted;
}

async function insertNew(rows: object[]): Promise<number> {
  try {
    return (await AcknowledgementModel.insertMany(rows, { ordered: false })).length;
  } catch (error) {
    if (!onlyDuplicateKeys(error)) throw error;
    return error.insertedCount;
  }
}
