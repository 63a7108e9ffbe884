import type { ChoiceOption, FormField, LocalizedText, NewRequestType, TeamInput } from '@portico/shared/tickets/catalogue.schemas';
import { generateDemoCompany, personas } from '../../../directory';

/*
 * Lumen Works' help desk catalogue: eight request types HR gets every week, four teams
 * from the People department. SLA targets are business minutes (a business day is 8 hours).
 */

const HOUR = 60;
const DAY = 8 * HOUR;

const t = (en: string, es: string): LocalizedText => ({ en, es });
const option = (value: string, en: string, es: string): ChoiceOption => ({ value, label: t(en, es) });
const yesNo = [option('yes', 'Yes', 'Sí'), option('no', 'No', 'No')];

const text = (id: string, label: LocalizedText, required: boolean, extra: Partial<FormField> = {}): FormField => ({
  id,
  kind: 'text',
  label,
  required,
  ...extra,
});
const longText = (id: string, label: LocalizedText, required: boolean, extra: Partial<FormField> = {}): FormField => ({
  id,
  kind: 'longText',
  label,
  required,
  ...extra,
});
const date = (id: string, label: LocalizedText, required: boolean, extra: Partial<FormField> = {}): FormField => ({
  id,
  kind: 'date',
  label,
  required,
  ...extra,
});
const file = (id: string, label: LocalizedText, extra: Partial<FormField> = {}): FormField => ({ id, kind: 'file', label, required: false, ...extra });
const choice = (id: string, label: LocalizedText, required: boolean, options: ChoiceOption[], extra: Partial<FormField> = {}): FormField => ({
  id,
  kind: 'choice',
  label,
  required,
  options,
  ...extra,
});

const details = (required = true) =>
  longText('details', t('Details', 'Detalles'), required, {
    hint: t('Anything that helps us answer in one go.', 'Todo lo que nos ayude a responder a la primera.'),
    maxLength: 4000,
  });

export const demoRequestTypes: NewRequestType[] = [
  {
    id: 'employment-verification-letter',
    category: 'documents',
    name: t('Employment verification letter', 'Certificado de empresa'),
    description: t(
      'A signed letter confirming you work here, your role and start date (and your salary if you ask), for a mortgage, a rental, a visa or a bank.',
      'Una carta firmada que confirma que trabajas aquí, tu puesto y fecha de incorporación (y tu salario si lo pides), para una hipoteca, un alquiler, un visado o un banco.',
    ),
    fields: [
      choice('purpose', t('What is it for?', '¿Para qué es?'), true, [
        option('mortgage-or-rental', 'Mortgage or rental', 'Hipoteca o alquiler'),
        option('visa', 'Visa or immigration', 'Visado o inmigración'),
        option('bank-loan', 'Bank loan', 'Préstamo bancario'),
        option('other', 'Something else', 'Otra cosa'),
      ]),
      choice('includeSalary', t('Include my salary', 'Incluir mi salario'), true, yesNo),
      text('addressedTo', t('Addressed to', 'Dirigida a'), false, {
        hint: t('The organisation, if the letter must name it.', 'La entidad, si la carta debe nombrarla.'),
        maxLength: 200,
      }),
      date('neededBy', t('Needed by', 'La necesito para'), false),
      choice('delivery', t('How should we send it?', '¿Cómo te la enviamos?'), true, [
        option('pdf', 'Signed PDF by email', 'PDF firmado por correo'),
        option('printed', 'Printed and signed, to collect at the office', 'Impresa y firmada, para recoger en la oficina'),
      ]),
    ],
    defaultPriority: 'normal',
    teamId: 'people-ops',
    sla: { firstResponseMinutes: DAY, resolutionMinutes: 3 * DAY },
    confidential: false,
    articleSlugs: ['updating-your-personal-data'],
    active: true,
    order: 10,
  },
  {
    id: 'payroll-question',
    category: 'pay',
    name: t('Payroll question', 'Consulta sobre la nómina'),
    description: t(
      'Something wrong or unclear in your pay: a missing payment, a deduction, tax, a bonus.',
      'Algo incorrecto o poco claro en tu nómina: un pago que falta, una retención, impuestos, un bonus.',
    ),
    fields: [
      date('payPeriod', t('Pay period', 'Periodo de pago'), true, {
        hint: t('Any day of the month your question is about.', 'Cualquier día del mes al que se refiere tu consulta.'),
      }),
      choice('topic', t('Topic', 'Tema'), true, [
        option('missing-pay', 'Missing or late pay', 'Pago que falta o llega tarde'),
        option('deductions', 'Deductions', 'Deducciones'),
        option('tax', 'Tax', 'Impuestos'),
        option('bonus', 'Bonus or commission', 'Bonus o comisión'),
        option('other', 'Something else', 'Otra cosa'),
      ]),
      details(),
      file('payslip', t('Payslip', 'Nómina'), { hint: t('Optional: the payslip in question.', 'Opcional: la nómina en cuestión.') }),
    ],
    defaultPriority: 'normal',
    teamId: 'payroll',
    sla: { firstResponseMinutes: DAY, resolutionMinutes: 3 * DAY },
    confidential: false,
    articleSlugs: ['payroll-faq', 'reading-your-payslip', 'payday-and-pay-dates', 'tax-documents'],
    active: true,
    order: 10,
  },
  {
    id: 'leave-question',
    category: 'time-off',
    name: t('Leave question', 'Consulta sobre vacaciones y permisos'),
    description: t(
      'Your leave balance, a leave you cannot book, parental or unpaid leave, sickness absence.',
      'Tu saldo de vacaciones, un permiso que no puedes solicitar, permisos por nacimiento o no retribuidos, bajas por enfermedad.',
    ),
    fields: [
      choice('leaveType', t('Kind of leave', 'Tipo de permiso'), true, [
        option('annual-leave', 'Annual leave', 'Vacaciones'),
        option('sick-leave', 'Sickness absence', 'Baja por enfermedad'),
        option('parental-leave', 'Parental leave', 'Permiso por nacimiento'),
        option('unpaid-leave', 'Unpaid leave or sabbatical', 'Permiso no retribuido o excedencia'),
        option('other', 'Other leave', 'Otro permiso'),
      ]),
      date('from', t('From', 'Desde'), false),
      date('to', t('To', 'Hasta'), false),
      details(),
    ],
    defaultPriority: 'normal',
    teamId: 'people-ops',
    sla: { firstResponseMinutes: DAY, resolutionMinutes: 5 * DAY },
    confidential: false,
    articleSlugs: ['booking-time-off', 'annual-leave', 'carrying-over-vacation', 'parental-leave', 'reporting-sickness'],
    active: true,
    order: 10,
  },
  {
    id: 'benefits-enrolment',
    category: 'benefits',
    name: t('Benefits enrolment', 'Alta en beneficios'),
    description: t(
      'Join, change or leave a benefit: health insurance, pension, meal vouchers. After a life event (a wedding, a baby) you can change outside the yearly window.',
      'Darte de alta, cambiar o darte de baja de un beneficio: seguro médico, plan de pensiones, tickets comida. Tras un acontecimiento vital (una boda, un bebé) puedes cambiarlo fuera del periodo anual.',
    ),
    fields: [
      choice('benefit', t('Benefit', 'Beneficio'), true, [
        option('health-insurance', 'Health insurance', 'Seguro médico'),
        option('pension', 'Pension plan', 'Plan de pensiones'),
        option('meal-vouchers', 'Meal vouchers', 'Tickets comida'),
        option('other', 'Another benefit', 'Otro beneficio'),
      ]),
      choice('change', t('What would you like to do?', '¿Qué quieres hacer?'), true, [
        option('enrol', 'Join', 'Darme de alta'),
        option('change', 'Change my cover or contribution', 'Cambiar mi cobertura o aportación'),
        option('leave', 'Leave', 'Darme de baja'),
      ]),
      date('effectiveFrom', t('From', 'A partir de'), true),
      text('dependants', t('Family members to include', 'Familiares a incluir'), false, { maxLength: 300 }),
      details(false),
      file('documents', t('Supporting documents', 'Documentación'), {
        hint: t('For a life event: a marriage or birth certificate.', 'Para un acontecimiento vital: el certificado de matrimonio o de nacimiento.'),
      }),
    ],
    defaultPriority: 'normal',
    teamId: 'benefits',
    sla: { firstResponseMinutes: 2 * DAY, resolutionMinutes: 10 * DAY },
    confidential: false,
    articleSlugs: ['benefits-overview', 'health-insurance', 'pension-and-retirement'],
    active: true,
    order: 10,
  },
  {
    id: 'change-of-working-hours',
    category: 'working-arrangements',
    name: t('Change of working hours', 'Cambio de jornada'),
    description: t(
      'Work fewer or more hours, another pattern, a compressed week. Talk to your manager first; HR prepares the contract change.',
      'Trabajar más o menos horas, otro horario, una semana comprimida. Háblalo antes con tu responsable; RR. HH. prepara el cambio de contrato.',
    ),
    fields: [
      choice('change', t('Change', 'Cambio'), true, [
        option('fewer-hours', 'Fewer hours', 'Menos horas'),
        option('more-hours', 'More hours', 'Más horas'),
        option('another-pattern', 'Another pattern, same hours', 'Otro horario, mismas horas'),
        option('compressed-week', 'Compressed week', 'Semana comprimida'),
      ]),
      text('currentHours', t('Your hours now', 'Tu jornada actual'), true, {
        hint: t('For example: 40 hours, Monday to Friday.', 'Por ejemplo: 40 horas, de lunes a viernes.'),
        maxLength: 120,
      }),
      text('requestedHours', t('The hours you ask for', 'La jornada que solicitas'), true, { maxLength: 120 }),
      date('startDate', t('From', 'A partir de'), true),
      choice('managerAgreed', t('Has your manager agreed?', '¿Lo ha aprobado tu responsable?'), true, [...yesNo, option('not-yet', 'Not yet', 'Todavía no')]),
      longText('reason', t('Reason', 'Motivo'), false, { maxLength: 2000 }),
    ],
    defaultPriority: 'normal',
    teamId: 'people-ops',
    sla: { firstResponseMinutes: 2 * DAY, resolutionMinutes: 15 * DAY },
    confidential: false,
    articleSlugs: ['working-hours-and-flexitime', 'working-time-policy', 'remote-work-policy'],
    active: true,
    order: 10,
  },
  {
    id: 'report-harassment-or-misconduct',
    category: 'conduct',
    name: t('Report harassment or misconduct', 'Denunciar acoso o una conducta indebida'),
    description: t(
      'Harassment, bullying, discrimination, fraud or anything else that breaks our code of conduct. Confidential: only HR admins and the person handling it can see it. A person answers within two business hours.',
      'Acoso, intimidación, discriminación, fraude o cualquier otra cosa contraria a nuestro código de conducta. Confidencial: solo lo ven las personas administradoras de RR. HH. y quien lo gestione. Una persona te contestará en un plazo de dos horas laborables.',
    ),
    fields: [
      choice('concern', t('What is it about?', '¿De qué se trata?'), true, [
        option('harassment', 'Harassment', 'Acoso'),
        option('bullying', 'Bullying', 'Intimidación'),
        option('discrimination', 'Discrimination', 'Discriminación'),
        option('fraud', 'Fraud or theft', 'Fraude o robo'),
        option('safety', 'Health and safety', 'Seguridad y salud'),
        option('other', 'Other misconduct', 'Otra conducta indebida'),
      ]),
      longText('description', t('What happened', 'Qué ha pasado'), true, {
        hint: t('In your own words: what, who, when, where.', 'Con tus palabras: qué, quién, cuándo, dónde.'),
        maxLength: 10_000,
      }),
      date('when', t('When did it happen?', '¿Cuándo ocurrió?'), false, {
        hint: t('The last time, if it happened more than once.', 'La última vez, si ha ocurrido más de una.'),
      }),
      text('witnesses', t('Witnesses', 'Testigos'), false, { maxLength: 300 }),
      file('evidence', t('Evidence', 'Pruebas'), { hint: t('Screenshots, emails, notes: optional.', 'Capturas, correos, notas: opcional.') }),
      choice('contact', t('How would you like us to contact you?', '¿Cómo prefieres que te contactemos?'), false, [
        option('portal', 'Here in Portico', 'Aquí, en Portico'),
        option('phone', 'By phone', 'Por teléfono'),
        option('in-person', 'In person', 'En persona'),
      ]),
    ],
    defaultPriority: 'high',
    teamId: 'employee-relations',
    sla: { firstResponseMinutes: 2 * HOUR, resolutionMinutes: 10 * DAY },
    confidential: true,
    articleSlugs: ['anti-harassment-policy', 'speak-up-whistleblowing-policy', 'code-of-conduct', 'employee-assistance-programme'],
    active: true,
    order: 10,
  },
  {
    id: 'document-request',
    category: 'documents',
    name: t('Document request', 'Solicitud de documentos'),
    description: t(
      'A copy of your contract, a tax certificate, an old payslip, a reference or a training certificate.',
      'Una copia de tu contrato, un certificado fiscal, una nómina antigua, una referencia o un certificado de formación.',
    ),
    fields: [
      choice('document', t('Document', 'Documento'), true, [
        option('contract', 'My employment contract', 'Mi contrato de trabajo'),
        option('tax-certificate', 'Tax certificate', 'Certificado de retenciones'),
        option('payslip-copy', 'Copy of a payslip', 'Copia de una nómina'),
        option('reference', 'Reference letter', 'Carta de referencia'),
        option('training-certificate', 'Training certificate', 'Certificado de formación'),
        option('other', 'Another document', 'Otro documento'),
      ]),
      text('period', t('Which year or month?', '¿De qué año o mes?'), false, { maxLength: 60 }),
      details(false),
    ],
    defaultPriority: 'low',
    teamId: 'people-ops',
    sla: { firstResponseMinutes: 2 * DAY, resolutionMinutes: 5 * DAY },
    confidential: false,
    articleSlugs: ['tax-documents', 'payroll-faq'],
    active: true,
    order: 20,
  },
  {
    id: 'general-question',
    category: 'other',
    name: t('General question', 'Consulta general'),
    description: t(
      'Anything else for the People team. Not sure where it fits? Ask here.',
      'Cualquier otra cosa para el equipo de Personas. ¿No sabes dónde encaja? Pregunta aquí.',
    ),
    fields: [text('subject', t('Subject', 'Asunto'), true, { maxLength: 150 }), details(), file('attachment', t('Attachment', 'Adjunto'))],
    defaultPriority: 'low',
    teamId: 'people-ops',
    sla: { firstResponseMinutes: 2 * DAY, resolutionMinutes: 10 * DAY },
    confidential: false,
    articleSlugs: ['contacting-people-team'],
    active: true,
    order: 10,
  },
];

/**
 * The four teams, staffed from the People department (the same people on every run: the
 * demo company is generated from a fixed seed). Olivia Brooks (HR admin) leads the teams
 * that take confidential or delicate work; Priya Nair (HR agent) leads Payroll and Benefits.
 */
export function demoTeams(): (TeamInput & { id: string })[] {
  const people = generateDemoCompany().employees.filter((employee) => employee.departmentId === 'people');
  const titled = (title: string) => people.filter((employee) => employee.jobTitle === title).map((employee) => employee._id);
  const specialists = titled('People Operations Specialist');
  const partners = titled('HR Business Partner').filter((id) => id !== personas.hrAgent.id);
  return [
    { id: 'payroll', name: t('Payroll', 'Nóminas'), leadId: personas.hrAgent.id, memberIds: [personas.hrAgent.id, ...specialists.slice(0, 2)] },
    { id: 'benefits', name: t('Benefits', 'Beneficios'), leadId: personas.hrAgent.id, memberIds: [personas.hrAgent.id, ...specialists.slice(2)] },
    {
      id: 'people-ops',
      name: t('People Operations', 'Operaciones de Personas'),
      leadId: personas.hrAdmin.id,
      memberIds: [...titled('People Operations Lead'), personas.hrAgent.id, ...partners.slice(0, 2)],
    },
    {
      id: 'employee-relations',
      name: t('Employee Relations', 'Relaciones Laborales'),
      leadId: personas.hrAdmin.id,
      memberIds: [personas.hrAdmin.id, personas.hrAgent.id],
    },
  ];
}
