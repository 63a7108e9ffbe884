import type { ManagedCatalogue, ManagedRequestType } from '@portico/shared/tickets/catalogue.schemas';

/** The catalogue as the manage API answers, for the editor specs. */
const t = (en: string, es = en) => ({ en, es });

export function payrollQuestion(changes: Partial<ManagedRequestType> = {}): ManagedRequestType {
  return {
    id: 'payroll-question',
    category: 'pay',
    name: t('Payroll question', 'Consulta de nómina'),
    description: t('Questions about your pay.', 'Preguntas sobre tu nómina.'),
    fields: [
      {
        id: 'topic',
        kind: 'choice',
        label: t('Topic', 'Tema'),
        required: true,
        options: [
          { value: 'missing-pay', label: t('Missing pay', 'Falta el pago') },
          { value: 'tax', label: t('Tax', 'Impuestos') },
        ],
      },
      { id: 'details', kind: 'longText', label: t('Details', 'Detalles'), hint: t('Say more.', 'Cuéntanos más.'), required: true, maxLength: 2000 },
    ],
    defaultPriority: 'normal',
    teamId: 'payroll',
    sla: { firstResponseMinutes: 480, resolutionMinutes: 1440 },
    confidential: false,
    articleSlugs: ['payroll-faq'],
    active: true,
    order: 20,
    updatedAt: '2026-10-01T10:00:00.000Z',
    updatedBy: null,
    ...changes,
  };
}

export function catalogue(): ManagedCatalogue {
  return {
    types: [
      payrollQuestion(),
      payrollQuestion({
        id: 'report-misconduct',
        category: 'conduct',
        name: t('Report misconduct', 'Denunciar una conducta'),
        teamId: 'employee-relations',
        confidential: true,
        active: false,
        sla: { firstResponseMinutes: 120, resolutionMinutes: 4800 },
        defaultPriority: 'high',
        fields: [],
        articleSlugs: [],
      }),
    ],
    teams: [
      {
        id: 'employee-relations',
        name: t('Employee Relations', 'Relaciones laborales'),
        lead: { id: 'E10104', displayName: 'Olivia Brooks' },
        members: [{ id: 'E10104', displayName: 'Olivia Brooks' }],
        updatedAt: '2026-01-01T00:00:00.000Z',
      },
      {
        id: 'payroll',
        name: t('Payroll', 'Nóminas'),
        lead: { id: 'E10103', displayName: 'Priya Nair' },
        members: [
          { id: 'E10103', displayName: 'Priya Nair' },
          { id: 'E10120', displayName: 'Sam Ortiz' },
        ],
        updatedAt: '2026-01-01T00:00:00.000Z',
      },
    ],
  };
}
