import { z } from 'zod';

import { rule } from '../platform/field-issues';

import { interfaceLanguages, type InterfaceLanguage } from '../i18n/languages';

/*
 * The help desk's service catalogue (issue 5 §1): what employees can ask HR for, which
 * team answers, how fast, and the form each request type asks to be filled in. HR admins
 * keep it (action tickets.configure); everyone signed in reads it in their language.
 */

/** A text in every interface language: what a person reads depends on their language. */
export const LocalizedTextSchema = (maxLength: number) => {
  const text = () =>
    z
      .string({ error: (issue) => (issue.input === undefined ? 'is required' : undefined) })
      .trim()
      .min(1, 'is required')
      .max(maxLength);
  return z.strictObject({ en: text(), es: text() });
};
export type LocalizedText = Record<InterfaceLanguage, string>;

/** Ids of request types, teams, categories and choice options: lower-case words joined by hyphens. */
export const CatalogueIdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens')
  .max(60);

/** A form field's id is the key of its answer: letters and digits, starting with a lower-case letter. */
export const FieldIdSchema = z
  .string()
  .regex(/^[a-z][a-zA-Z0-9]*$/, 'must be letters and digits starting with a lower-case letter (payPeriod)')
  .max(40);

/** An employee number, as in the directory. */
export const EmployeeIdSchema = z.string().trim().min(1).max(40);

export const ticketCategories = ['pay', 'time-off', 'benefits', 'documents', 'working-arrangements', 'conduct', 'other'] as const;
export type TicketCategory = (typeof ticketCategories)[number];
/** Categories in the order they are shown, with their names. */
export const ticketCategoryNames: Readonly<Record<TicketCategory, LocalizedText>> = {
  pay: { en: 'Pay', es: 'Nómina y salario' },
  'time-off': { en: 'Time off', es: 'Vacaciones y permisos' },
  benefits: { en: 'Benefits', es: 'Beneficios' },
  documents: { en: 'Documents', es: 'Documentos' },
  'working-arrangements': { en: 'Working arrangements', es: 'Condiciones de trabajo' },
  conduct: { en: 'Conduct', es: 'Conducta' },
  other: { en: 'Other', es: 'Otros' },
};

export const ticketPriorities = ['low', 'normal', 'high', 'urgent'] as const;
export type TicketPriority = (typeof ticketPriorities)[number];

export const fieldKinds = ['text', 'longText', 'choice', 'date', 'file'] as const;
export type FieldKind = (typeof fieldKinds)[number];

/** Longest answer a text field may allow, and what it allows when the field does not say. */
export const textLimits: Readonly<Record<'text' | 'longText', { default: number; max: number }>> = {
  text: { default: 200, max: 1000 },
  longText: { default: 5000, max: 20_000 },
};
/** Files one file field takes (each uploaded first; the answer lists their ids). */
export const MAX_FILES_PER_FIELD = 5;
export const MAX_FIELDS = 20;
/** Business minutes: a first response within 90 business days at most is still a target. */
export const MAX_SLA_MINUTES = 90 * 8 * 60;

export const ChoiceOptionSchema = z.strictObject({
  value: CatalogueIdSchema,
  label: LocalizedTextSchema(120),
});
export type ChoiceOption = z.infer<typeof ChoiceOptionSchema>;

export const FormFieldSchema = z
  .strictObject({
    id: FieldIdSchema,
    kind: z.enum(fieldKinds),
    label: LocalizedTextSchema(120),
    /** A line under the field that says what to give (optional). */
    hint: LocalizedTextSchema(300).optional(),
    required: z.boolean(),
    /** Choice fields only: at least two, values unique. */
    options: z.array(ChoiceOptionSchema).max(50).optional(),
    /** Text and long text only: the longest answer, in characters. */
    maxLength: z.number().int().min(1).optional(),
  })
  .superRefine((field, context) => {
    if (field.kind === 'choice') {
      if (!field.options || field.options.length < 2) {
        context.addIssue({ code: 'custom', path: ['options'], ...rule('two_options', 'a choice field needs at least two options') });
      } else {
        const seen = new Set<string>();
        field.options.forEach((option, index) => {
          if (seen.has(option.value))
            context.addIssue({
              code: 'custom',
              path: ['options', index, 'value'],
              ...rule('listed_twice', `"${option.value}" is already an option of this field`, { value: option.value }),
            });
          seen.add(option.value);
        });
      }
    } else if (field.options !== undefined) {
      context.addIssue({ code: 'custom', path: ['options'], ...rule('options_only_choice', 'only choice fields have options') });
    }
    if (field.maxLength !== undefined) {
      if (field.kind !== 'text' && field.kind !== 'longText') {
        context.addIssue({ code: 'custom', path: ['maxLength'], ...rule('max_length_only_text', 'only text and long text fields have a maximum length') });
      } else if (field.maxLength > textLimits[field.kind].max) {
        context.addIssue({
          code: 'custom',
          path: ['maxLength'],
          ...rule('too_big', `must be at most ${textLimits[field.kind].max} for a ${field.kind} field`, { max: textLimits[field.kind].max }),
        });
      }
    }
  });
export type FormField = z.infer<typeof FormFieldSchema>;

export const SlaTargetsSchema = z
  .strictObject({
    /** Business minutes from submission to HR's first reply. */
    firstResponseMinutes: z.number().int().min(1).max(MAX_SLA_MINUTES),
    /** Business minutes from submission to resolution (time waiting on the employee excluded). */
    resolutionMinutes: z.number().int().min(1).max(MAX_SLA_MINUTES),
  })
  .refine((sla) => sla.resolutionMinutes >= sla.firstResponseMinutes, {
    path: ['resolutionMinutes'],
    ...rule('resolution_before_first_response', 'must be at least the first response target'),
  });
export type SlaTargets = z.infer<typeof SlaTargetsSchema>;

const requestTypeShape = {
  category: z.enum(ticketCategories),
  name: LocalizedTextSchema(120),
  description: LocalizedTextSchema(1000),
  fields: z.array(FormFieldSchema).max(MAX_FIELDS),
  defaultPriority: z.enum(ticketPriorities),
  /** The team that answers; must exist. */
  teamId: CatalogueIdSchema,
  sla: SlaTargetsSchema,
  /** Seen only by the requester, HR admins and the assigned agent. */
  confidential: z.boolean(),
  /** Handbook articles offered beside the form; each must exist and not be archived. */
  articleSlugs: z.array(z.string().max(100)).max(10),
  /** Inactive types are kept (tickets refer to them) but no longer offered. */
  active: z.boolean(),
  /** Position within its category, smallest first. */
  order: z.number().int().min(0).max(10_000),
};

/** Field ids and linked articles are each listed once. */
function checkRequestType(type: { fields: { id: string }[]; articleSlugs: string[] }, context: z.RefinementCtx): void {
  const ids = new Set<string>();
  type.fields.forEach((field, index) => {
    if (ids.has(field.id))
      context.addIssue({
        code: 'custom',
        path: ['fields', index, 'id'],
        ...rule('listed_twice', `"${field.id}" is already a field of this request type`, { value: field.id }),
      });
    ids.add(field.id);
  });
  const slugs = new Set<string>();
  type.articleSlugs.forEach((slug, index) => {
    if (slugs.has(slug))
      context.addIssue({ code: 'custom', path: ['articleSlugs', index], ...rule('listed_twice', `"${slug}" is listed twice`, { value: slug }) });
    slugs.add(slug);
  });
}

/** A request type as HR writes it, to replace one (PUT …/types/:id: the id is in the address). */
export const RequestTypeInputSchema = z
  .strictObject(requestTypeShape)
  .superRefine(checkRequestType)
  .meta({ id: 'TicketRequestTypeInput', description: 'A request type of the help desk as HR configures it.' });
export type RequestTypeInput = z.infer<typeof RequestTypeInputSchema>;

/** A new request type (POST …/types): its id is permanent, used in addresses, tickets and reports. */
export const NewRequestTypeSchema = z
  .strictObject({ id: CatalogueIdSchema, ...requestTypeShape })
  .superRefine(checkRequestType)
  .meta({ id: 'NewTicketRequestType', description: 'A new request type: a permanent id and its definition.' });
export type NewRequestType = z.infer<typeof NewRequestTypeSchema>;

export const TeamInputSchema = z
  .strictObject({
    name: LocalizedTextSchema(80),
    /** Employee number of the lead, who hears about SLA breaches; choose an HR admin for a team owning confidential types. */
    leadId: EmployeeIdSchema,
    /** Employee numbers of the agents who work the team's queue (round-robin assigns among them). */
    memberIds: z.array(EmployeeIdSchema).max(100),
  })
  .superRefine((team, context) => {
    const seen = new Set<string>();
    team.memberIds.forEach((id, index) => {
      if (seen.has(id)) context.addIssue({ code: 'custom', path: ['memberIds', index], ...rule('listed_twice', `${id} is listed twice`, { value: id }) });
      seen.add(id);
    });
  })
  .meta({ id: 'TicketTeamInput', description: 'A help desk team as HR configures it.' });
export type TeamInput = z.infer<typeof TeamInputSchema>;

/* ---- What HR admins see: GET /api/tickets/catalogue/manage ---- */

export const ManagedRequestTypeSchema = z.object({
  id: z.string(),
  category: z.enum(ticketCategories),
  name: z.object({ en: z.string(), es: z.string() }),
  description: z.object({ en: z.string(), es: z.string() }),
  fields: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(fieldKinds),
      label: z.object({ en: z.string(), es: z.string() }),
      hint: z.object({ en: z.string(), es: z.string() }).optional(),
      required: z.boolean(),
      options: z.array(z.object({ value: z.string(), label: z.object({ en: z.string(), es: z.string() }) })).optional(),
      maxLength: z.number().int().optional(),
    }),
  ),
  defaultPriority: z.enum(ticketPriorities),
  teamId: z.string(),
  sla: z.object({ firstResponseMinutes: z.number().int(), resolutionMinutes: z.number().int() }),
  confidential: z.boolean(),
  articleSlugs: z.array(z.string()),
  active: z.boolean(),
  order: z.number().int(),
  updatedAt: z.string(),
  updatedBy: z.string().nullable(),
});
export type ManagedRequestType = z.infer<typeof ManagedRequestTypeSchema>;
export const ManagedRequestTypeResultSchema = ManagedRequestTypeSchema.meta({ id: 'ManagedTicketRequestType' });

export const ManagedTeamSchema = z
  .object({
    id: z.string(),
    name: z.object({ en: z.string(), es: z.string() }),
    lead: z.object({ id: z.string(), displayName: z.string().nullable() }),
    members: z.array(z.object({ id: z.string(), displayName: z.string().nullable() })),
    updatedAt: z.string(),
  })
  .meta({ id: 'ManagedTicketTeam', description: 'A team with the names of its lead and members (null: no longer in the directory).' });
export type ManagedTeam = z.infer<typeof ManagedTeamSchema>;

export const ManagedCatalogueSchema = z
  .object({ types: z.array(ManagedRequestTypeSchema), teams: z.array(ManagedTeamSchema) })
  .meta({ id: 'ManagedTicketCatalogue', description: 'Every request type, inactive ones too, by category and order; every team.' });
export type ManagedCatalogue = z.infer<typeof ManagedCatalogueSchema>;

/* ---- What employees see: GET /api/tickets/catalogue, in their language ---- */

export const CatalogueFieldSchema = z.object({
  id: z.string(),
  kind: z.enum(fieldKinds),
  label: z.string(),
  hint: z.string().nullable(),
  required: z.boolean(),
  options: z.array(z.object({ value: z.string(), label: z.string() })).optional(),
  maxLength: z.number().int().optional(),
});
export type CatalogueField = z.infer<typeof CatalogueFieldSchema>;

export const CatalogueRequestTypeSchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  fields: z.array(CatalogueFieldSchema),
  confidential: z.boolean(),
  team: z.object({ id: z.string(), name: z.string() }),
  /** The targets HR commits to, in business minutes. */
  sla: z.object({ firstResponseMinutes: z.number().int(), resolutionMinutes: z.number().int() }),
  /** Linked handbook articles the reader may open (published ones only), titled in their language. */
  articles: z.array(z.object({ slug: z.string(), title: z.string() })),
});
export type CatalogueRequestType = z.infer<typeof CatalogueRequestTypeSchema>;

export const CatalogueSchema = z
  .object({
    language: z.enum(interfaceLanguages),
    categories: z.array(z.object({ id: z.enum(ticketCategories), name: z.string(), types: z.array(CatalogueRequestTypeSchema) })),
  })
  .meta({ id: 'TicketCatalogue', description: 'What one can ask HR for: active request types by category, in the reader\u2019s language.' });
export type Catalogue = z.infer<typeof CatalogueSchema>;

/* ---- Answers to a request type's form ---- */

/** What `answersSchema` needs of a field: the managed, the stored and the reader's shapes all fit. */
export interface AnswerRules {
  id: string;
  kind: FieldKind;
  required: boolean;
  options?: readonly { value: string }[];
  maxLength?: number;
}

/** An uploaded file's id, as the upload answered it. */
const FileIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be the id of an uploaded file');

/** The message for a required answer left out; zod's own for anything else. */
const whenMissing = (message: string) => ({ error: (issue: { input?: unknown }) => (issue.input === undefined || issue.input === null ? message : undefined) });

function answerSchema(field: AnswerRules): z.ZodType {
  switch (field.kind) {
    case 'text':
    case 'longText': {
      const limit = field.maxLength ?? textLimits[field.kind].default;
      const text = z.string(whenMissing('is required')).trim().max(limit, `must be at most ${limit} characters`);
      return field.required ? text.min(1, 'is required') : text.nullable().optional();
    }
    case 'choice': {
      const values = (field.options ?? []).map((option) => option.value);
      const choice = z.string(whenMissing('choose one')).refine((value) => values.includes(value), rule('choose_one', `must be one of: ${values.join(', ')}`));
      return field.required ? choice : choice.nullable().optional();
    }
    case 'date': {
      const date = z.iso.date({ error: (issue) => (issue.input === undefined || issue.input === null ? 'is required' : 'must be a date (YYYY-MM-DD)') });
      return field.required ? date : date.nullable().optional();
    }
    case 'file': {
      const files = z.array(FileIdSchema, whenMissing('attach at least one file')).max(MAX_FILES_PER_FIELD, `at most ${MAX_FILES_PER_FIELD} files`);
      return field.required ? files.min(1, 'attach at least one file') : files.nullable().optional();
    }
  }
}

/**
 * The rules a ticket's form answers follow, built from its request type's fields: one key
 * per field (unknown keys refused); required fields present and not blank; a choice one of
 * its options; a date as YYYY-MM-DD; text within its maximum length; files as the ids the
 * upload gave. Optional fields may be left out or null. Shared, so the client's form and the
 * server say the same.
 */
export function answersSchema(requestType: { fields: readonly AnswerRules[] }) {
  return z.strictObject(Object.fromEntries(requestType.fields.map((field) => [field.id, answerSchema(field)])));
}
export type Answers = Record<string, string | string[] | null | undefined>;
