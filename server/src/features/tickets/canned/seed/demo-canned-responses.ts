import mongoose from 'mongoose';

import type { InterfaceLanguage } from '@portico/shared/i18n/languages';
import { CannedResponseModel } from '../canned-responses.model';

interface DemoCannedResponse {
  _id: string;
  title: string;
  body: string;
  language: InterfaceLanguage;
  articleSlug: string | null;
}

/**
 * Replies the demo help desk starts with, in English and Spanish; several point at the
 * demo handbook's articles (their slugs). HR edits them at /hr/help-desk/settings/canned-responses.
 * Fixed ids, so a second seed finds them.
 */
export const demoCannedResponses: readonly DemoCannedResponse[] = [
  {
    _id: 'f77462b5-0de3-4c93-a742-5746d7e13356',
    title: 'Payslip explained',
    language: 'en',
    articleSlug: 'reading-your-payslip',
    body: 'Thanks for getting in touch. Each line of your payslip is explained in the handbook article below, with an example. If a figure still looks wrong after reading it, reply here with the line and the month and we will check it with Payroll.',
  },
  {
    _id: '8ce396ae-66d0-4ff2-a12e-c9289af42d3c',
    title: 'Missing pay: we are on it',
    language: 'en',
    articleSlug: 'payday-and-pay-dates',
    body: 'I am sorry your pay has not arrived. Payroll is looking into it today and I will update you by the end of the day. If it was a bank holiday week, pay may land one working day later: the dates are in the article below.',
  },
  {
    _id: 'b7e48a4d-a7b7-4fd7-a0af-2cad9e9f3540',
    title: 'Booking time off',
    language: 'en',
    articleSlug: 'booking-time-off',
    body: 'You can book time off yourself in Portico; your manager approves it there. The steps, and what to do if your manager is away, are in the article below.',
  },
  {
    _id: '7eaf7bc3-2857-4b12-8b69-df4e09ef25d8',
    title: 'Change of bank details',
    language: 'en',
    articleSlug: 'changing-bank-details',
    body: 'You can change your bank details under My data; for your security the change is checked by HR before it takes effect. Changes made after the 15th apply from next month\u2019s pay.',
  },
  {
    _id: '607217c9-3ade-4b24-ae3a-68ec3e740810',
    title: 'Need more information',
    language: 'en',
    articleSlug: null,
    body: 'Thanks for your message. To help you, I need a little more information: could you tell me the dates involved and, if you have one, attach the document you are asking about? I will pick this up as soon as you reply.',
  },
  {
    _id: 'ab8f41ae-4bf5-4f3c-b27a-42d463d27eb0',
    title: 'Support available (wellbeing)',
    language: 'en',
    articleSlug: 'employee-assistance-programme',
    body: 'Thank you for telling us. You do not have to deal with this alone: the employee assistance programme offers free, confidential support at any hour, and the article below explains how to reach it. I will also be in touch personally.',
  },
  {
    _id: '6f6a4153-fa52-41f9-87a2-2272ab464763',
    title: 'Cómo leer tu nómina',
    language: 'es',
    articleSlug: 'reading-your-payslip',
    body: 'Gracias por escribirnos. En el artículo del manual que enlazamos abajo se explica cada línea de la nómina con un ejemplo. Si después de leerlo alguna cifra sigue sin cuadrarte, responde aquí indicando la línea y el mes y lo revisaremos con Nóminas.',
  },
  {
    _id: 'adee80ac-914f-4ac6-b262-d6c9d716e89d',
    title: 'Baja por enfermedad',
    language: 'es',
    articleSlug: 'reporting-sickness',
    body: 'Sentimos que no te encuentres bien. Avisa a tu responsable el primer día y sube el parte de baja en cuanto lo tengas; en el artículo de abajo están los pasos y los plazos. Recupérate pronto.',
  },
  {
    _id: 'd761b2c3-489d-44a6-9a53-7347b2552b49',
    title: 'Necesitamos más información',
    language: 'es',
    articleSlug: null,
    body: 'Gracias por tu mensaje. Para ayudarte necesitamos algo más de información: ¿puedes indicarnos las fechas y, si lo tienes, adjuntar el documento al que te refieres? Lo retomaremos en cuanto respondas.',
  },
];

/**
 * Inserts the demo canned responses when there are none at all: once HR has its own (or
 * removed them all after adding some), a re-seed leaves the collection alone.
 */
export async function seedDemoCannedResponses(now = new Date()): Promise<number> {
  if ((await CannedResponseModel.countDocuments({}).limit(1)) > 0) return 0;
  const rows = demoCannedResponses.map((response) => ({ ...response, createdAt: now, updatedAt: now, updatedBy: null }));
  try {
    return (await CannedResponseModel.insertMany(rows, { ordered: false })).length;
  } catch (error) {
    // Another process seeding at the same time inserted some of them first: that is fine.
    const duplicatesOnly =
      error instanceof mongoose.mongo.MongoBulkWriteError &&
      (Array.isArray(error.writeErrors) ? error.writeErrors : [error.writeErrors]).every((writeError) => writeError.code === 11000);
    if (!duplicatesOnly) throw error;
    return error.insertedCount;
  }
}
