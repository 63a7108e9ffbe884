import type { TicketPriority } from '@portico/shared/tickets/catalogue.schemas';
import type { Language } from './scenario';

/* The small talk around the demo conversations, in English and Spanish. */

type Phrases = Record<Language, readonly string[]>;

export const greetings: Phrases = {
  en: ['Hi {name},', 'Hello {name},', 'Dear {name},', 'Hi {name},'],
  es: ['Hola, {name}:', 'Hola {name},', 'Buenos días, {name}:', 'Hola, {name}:'],
};

/** Only for HR's first reply. */
export const firstGreetings: Phrases = {
  en: ['Hi {name}, thanks for your message.', 'Hi {name}, thanks for getting in touch.', ...greetings.en],
  es: ['Hola, {name}. Gracias por escribirnos.', 'Hola, {name}, gracias por tu mensaje.', ...greetings.es],
};

export const signOffs: Phrases = {
  en: ['Best,\n{agent}', 'Kind regards,\n{agent}', 'Thanks,\n{agent}', '{agent}\nPeople team', 'Best wishes,\n{agent}'],
  es: ['Un saludo,\n{agent}', 'Saludos,\n{agent}', 'Gracias,\n{agent}', '{agent}\nEquipo de Personas', 'Un abrazo,\n{agent}'],
};

/** HR's first answer when the scenario has none of its own and the matter takes a while. */
export const acknowledgements: Phrases = {
  en: [
    'Thanks for getting in touch. I am looking into this and will get back to you soon.',
    'I have picked this up and will come back to you within a couple of days.',
    'Got it, I am on it. I will update you here as soon as I have an answer.',
    'Thanks for the details. I need to check a couple of things with the team and will reply here.',
  ],
  es: [
    'Gracias por escribirnos. Lo estoy revisando y te digo algo pronto.',
    'Me encargo yo. Te respondo en un par de días como mucho.',
    'Recibido. Te escribo por aquí en cuanto tenga respuesta.',
    'Gracias por los detalles. Tengo que comprobar un par de cosas con el equipo y te contesto por aquí.',
  ],
};

/** The employee asks again while HR takes its time. */
export const chasers: Phrases = {
  en: [
    'Hi, any news on this?',
    'Just checking in: is there an update?',
    'Sorry to chase, but I need this fairly soon. Any update?',
    'Hello? It has been a few days now.',
  ],
  es: [
    'Hola, ¿hay alguna novedad?',
    '¿Sabéis algo de esto? Gracias.',
    'Perdonad la insistencia, pero lo necesito pronto. ¿Hay novedades?',
    'Hola, ya han pasado unos días. ¿Alguna noticia?',
  ],
};

/** The employee withdraws the request before HR settles it. */
export const withdrawals: Phrases = {
  en: [
    'Please ignore this: I found the answer in the handbook.',
    'My manager has sorted this out in the meantime, so I am closing it. Thanks!',
    'Never mind, it was a mistake on my side. Closing this.',
    'I asked a colleague and it is clear now. Thanks anyway!',
  ],
  es: [
    'Podéis ignorarlo: ya he encontrado la respuesta en el manual.',
    'Mientras tanto me lo ha resuelto mi responsable, así que lo cierro. ¡Gracias!',
    'Nada, era un error mío. Lo cierro.',
    'Se lo he preguntado a un compañero y ya lo tengo claro. ¡Gracias de todos modos!',
  ],
};

/** The employee files the same question twice; the second is merged into the first. */
export const duplicatePrefixes: Phrases = {
  en: ['Sorry, I am not sure my first request went through, so here it is again. ', 'Sending this again just in case: '],
  es: ['Perdón, no sé si se envió mi primera solicitud, así que la repito. ', 'Lo vuelvo a enviar por si acaso: '],
};

/** Comments with a rating: `high` for 4–5, `middle` for 3, `low` for 1–2. */
export const ratingComments: Record<'high' | 'middle' | 'low', Phrases> = {
  high: {
    en: [
      'Quick and clear, thank you!',
      'Very helpful, thanks {agent}.',
      'Sorted in a day. Great service.',
      'Thanks for explaining it so clearly.',
      'Really appreciated the quick answer.',
      'Exactly what I needed.',
    ],
    es: [
      'Rápido y claro, ¡gracias!',
      'Muy útil, gracias, {agent}.',
      'Resuelto en un día. Genial.',
      'Gracias por explicarlo tan bien.',
      'Se agradece la rapidez.',
      'Justo lo que necesitaba.',
    ],
  },
  middle: {
    en: ['Fine in the end, but it took a while.', 'OK, although I had to explain it twice.', 'The answer was right, but I expected it sooner.'],
    es: ['Bien al final, pero ha tardado bastante.', 'Correcto, aunque tuve que explicarlo dos veces.', 'La respuesta era buena, pero esperaba tenerla antes.'],
  },
  low: {
    en: ['It took over a week to get a reply.', 'The answer did not really address my question.', 'I had to chase twice before anyone replied.'],
    es: ['Más de una semana para una respuesta.', 'La respuesta no resolvía realmente mi duda.', 'Tuve que insistir dos veces para que alguien contestara.'],
  },
};

/** Agents override triage now and then; the reason says why (it stays on the ticket, never in the audit trail). No team: the ticket's own. */
export const overrides: readonly { fromTypes: readonly string[]; priority: TicketPriority; teamId?: string; reason: string }[] = [
  { fromTypes: ['general-question'], priority: 'normal', teamId: 'payroll', reason: 'It is really about pay: Payroll should answer.' },
  {
    fromTypes: ['general-question', 'document-request'],
    priority: 'normal',
    teamId: 'benefits',
    reason: 'About the insurer\u2019s paperwork; Benefits has the contacts.',
  },
  { fromTypes: ['payroll-question'], priority: 'high', reason: 'Payday is in two days; needs an answer before the payroll run.' },
  { fromTypes: ['leave-question'], priority: 'high', reason: 'The leave starts on Monday; the employee needs an answer this week.' },
  { fromTypes: ['employment-verification-letter'], priority: 'high', reason: 'Visa appointment is this week.' },
  {
    fromTypes: ['document-request', 'general-question', 'benefits-enrolment'],
    priority: 'low',
    reason: 'Not time-critical; the employee said next month is fine.',
  },
];

/** "This answered my question": what people typed, and the article that answered it. */
export const deflectedQuestions: readonly { articleSlug: string; queries: readonly string[] }[] = [
  {
    articleSlug: 'payday-and-pay-dates',
    queries: ['when is payday', 'pay date december', 'cuándo cobramos', 'paga extra diciembre', 'when do i get paid this month'],
  },
  { articleSlug: 'payroll-faq', queries: ['payroll cut off', 'payslip missing overtime', 'cierre de nómina', 'why is my pay different this month'] },
  {
    articleSlug: 'reading-your-payslip',
    queries: ['what does ni mean on my payslip', 'cómo leer la nómina', 'gross vs net pay', 'qué es la base de cotización'],
  },
  { articleSlug: 'tax-documents', queries: ['p60', 'w-2 form', 'certificado de retenciones', 'where is my tax document'] },
  { articleSlug: 'annual-leave', queries: ['how many holiday days do i get', 'cuántos días de vacaciones tengo', 'vacation days per year'] },
  { articleSlug: 'booking-time-off', queries: ['how to book time off', 'cómo pido vacaciones', 'book holiday', 'cancel approved leave'] },
  { articleSlug: 'carrying-over-vacation', queries: ['carry over leave', 'pasar vacaciones al año siguiente', 'unused holiday'] },
  { articleSlug: 'parental-leave', queries: ['paternity leave', 'permiso de paternidad', 'maternity leave pay', 'baja por nacimiento semanas'] },
  { articleSlug: 'reporting-sickness', queries: ['sick who do i tell', 'qué hago si estoy enfermo', 'doctor note sick', 'parte de baja'] },
  { articleSlug: 'health-insurance', queries: ['dentist covered', 'seguro médico dentista', 'add partner to health insurance', 'insurance card'] },
  { articleSlug: 'pension-and-retirement', queries: ['pension matching', 'plan de pensiones empresa', '401k match'] },
  { articleSlug: 'benefits-overview', queries: ['gym allowance', 'beneficios', 'meal card amount', 'transport card'] },
  { articleSlug: 'working-hours-and-flexitime', queries: ['core hours', 'horario flexible', 'jornada intensiva agosto', 'start time flexible'] },
  { articleSlug: 'remote-work-policy', queries: ['work from abroad', 'teletrabajo desde otro país', 'how many days from home'] },
  { articleSlug: 'updating-your-personal-data', queries: ['change address', 'cambiar dirección', 'update emergency contact'] },
  { articleSlug: 'employee-assistance-programme', queries: ['counselling', 'ayuda psicológica', 'someone to talk to'] },
  { articleSlug: 'contacting-people-team', queries: ['hr phone number', 'teléfono de recursos humanos', 'people team email'] },
];

/** HR closes a request that waited two weeks for an answer. */
export const closingUnanswered: Phrases = {
  en: [
    'As we have not heard back, I am closing this request. If you still need help, just open a new one.',
    'Closing this for now since we have not heard from you. Reply within two weeks to pick it up again.',
  ],
  es: [
    'Como no hemos tenido respuesta, cierro la solicitud. Si aún lo necesitas, abre una nueva cuando quieras.',
    'Lo cierro por ahora, ya que no hemos sabido nada de ti. Si respondes en las próximas dos semanas, lo retomamos.',
  ],
};

/** The employee's answer when the scenario has none of its own. */
export const answerFallbacks: Phrases = {
  en: ['Thanks, here is what you asked for.', 'Sure, I have just sent it.'],
  es: ['Gracias, ahí va lo que me pedías.', 'Claro, te lo acabo de enviar.'],
};
