import type { FieldKind, FormField, ManagedRequestType, NewRequestType } from '@portico/shared/tickets/catalogue.schemas';

/*
 * A request type as the editor holds it: the contract's shape, with SLA targets in the unit
 * HR thinks in (business hours or days; a business day is 8 hours) and optional parts
 * present, so every input has something to show.
 */

export const MINUTES_PER = { hours: 60, days: 480 } as const;
export type SlaUnit = keyof typeof MINUTES_PER;
export interface SlaTarget {
  amount: number;
  unit: SlaUnit;
}

export interface FieldDraft {
  id: string;
  kind: FieldKind;
  label: { en: string; es: string };
  hint: { en: string; es: string };
  required: boolean;
  options: { value: string; label: { en: string; es: string } }[];
  maxLength: number | null;
}

export interface RequestTypeDraft extends Omit<NewRequestType, 'fields' | 'sla'> {
  fields: FieldDraft[];
  firstResponse: SlaTarget;
  resolution: SlaTarget;
}

/** Whole days when the target is a whole number of days, else hours. */
export function slaTarget(minutes: number): SlaTarget {
  return minutes % MINUTES_PER.days === 0 ? { amount: minutes / MINUTES_PER.days, unit: 'days' } : { amount: minutes / MINUTES_PER.hours, unit: 'hours' };
}

export const minutesOf = (target: SlaTarget) => Math.round(target.amount * MINUTES_PER[target.unit]);

export function newField(index: number): FieldDraft {
  return { id: `field${index + 1}`, kind: 'text', label: { en: '', es: '' }, hint: { en: '', es: '' }, required: false, options: [], maxLength: null };
}

export function emptyDraft(teamId: string): RequestTypeDraft {
  return {
    id: '',
    category: 'other',
    name: { en: '', es: '' },
    description: { en: '', es: '' },
    fields: [],
    defaultPriority: 'normal',
    teamId,
    firstResponse: { amount: 1, unit: 'days' },
    resolution: { amount: 5, unit: 'days' },
    confidential: false,
    articleSlugs: [],
    active: true,
    order: 100,
  };
}

export function draftOf(type: ManagedRequestType): RequestTypeDraft {
  return {
    id: type.id,
    category: type.category,
    name: { ...type.name },
    description: { ...type.description },
    fields: type.fields.map((field) => ({
      id: field.id,
      kind: field.kind,
      label: { ...field.label },
      hint: field.hint ? { ...field.hint } : { en: '', es: '' },
      required: field.required,
      options: (field.options ?? []).map((option) => ({ value: option.value, label: { ...option.label } })),
      maxLength: field.maxLength ?? null,
    })),
    defaultPriority: type.defaultPriority,
    teamId: type.teamId,
    firstResponse: slaTarget(type.sla.firstResponseMinutes),
    resolution: slaTarget(type.sla.resolutionMinutes),
    confidential: type.confidential,
    articleSlugs: [...type.articleSlugs],
    active: type.active,
    order: type.order,
  };
}

/** The contract's shape: a hint only when written, options only on a choice, a limit only on text. */
export function requestTypeOf(draft: RequestTypeDraft): NewRequestType {
  const fields: FormField[] = draft.fields.map((field) => ({
    id: field.id.trim(),
    kind: field.kind,
    label: field.label,
    ...(field.hint.en.trim() || field.hint.es.trim() ? { hint: field.hint } : {}),
    required: field.required,
    ...(field.kind === 'choice' ? { options: field.options } : {}),
    ...((field.kind === 'text' || field.kind === 'longText') && field.maxLength !== null ? { maxLength: field.maxLength } : {}),
  }));
  const { firstResponse, resolution, ...rest } = draft;
  return { ...rest, id: draft.id.trim(), fields, sla: { firstResponseMinutes: minutesOf(firstResponse), resolutionMinutes: minutesOf(resolution) } };
}

/** A copy of `value` with the property at `path` replaced (objects and arrays copied on the way). */
export function setIn<T>(value: T, path: readonly (string | number)[], next: unknown): T {
  if (!path.length) return next as T;
  const [head, ...rest] = path;
  const container = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<string | number, unknown>;
  container[head!] = setIn(container[head!], rest, next);
  return container as T;
}
