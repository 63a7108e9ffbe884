import type { InterfaceLanguage } from '@portico/shared/i18n/languages';
import {
  ticketCategories,
  ticketCategoryNames,
  type Catalogue,
  type CatalogueField,
  type CatalogueRequestType,
  type ManagedRequestType,
  type ManagedTeam,
} from '@portico/shared/tickets/catalogue.schemas';
import type { StoredField, StoredRequestType, StoredTeam } from './catalogue.models';

/** Category order first, then HR's order within it, then the English name. */
export function catalogueOrder(a: StoredRequestType, b: StoredRequestType): number {
  return ticketCategories.indexOf(a.category) - ticketCategories.indexOf(b.category) || a.order - b.order || a.name.en.localeCompare(b.name.en);
}

const text = (value: { en: string; es: string }) => ({ en: value.en, es: value.es });

/** A request type as HR admins edit it: every language, inactive ones too. */
export function managedRequestType(type: StoredRequestType): ManagedRequestType {
  return {
    id: type._id,
    category: type.category,
    name: text(type.name),
    description: text(type.description),
    fields: type.fields.map((field) => ({
      id: field.id,
      kind: field.kind,
      label: text(field.label),
      ...(field.hint ? { hint: text(field.hint) } : {}),
      required: field.required,
      ...(field.options ? { options: field.options.map((option) => ({ value: option.value, label: text(option.label) })) } : {}),
      ...(field.maxLength !== undefined && field.maxLength !== null ? { maxLength: field.maxLength } : {}),
    })),
    defaultPriority: type.defaultPriority,
    teamId: type.teamId,
    sla: { firstResponseMinutes: type.sla.firstResponseMinutes, resolutionMinutes: type.sla.resolutionMinutes },
    confidential: type.confidential,
    articleSlugs: [...type.articleSlugs],
    active: type.active,
    order: type.order,
    updatedAt: type.updatedAt.toISOString(),
    updatedBy: type.updatedBy ?? null,
  };
}

/** A team with the names of its people, from `names` (employee number → display name). */
export function managedTeam(team: StoredTeam, names: ReadonlyMap<string, string | null>): ManagedTeam {
  const person = (id: string) => ({ id, displayName: names.get(id) ?? null });
  return { id: team._id, name: text(team.name), lead: person(team.leadId), members: team.memberIds.map(person), updatedAt: team.updatedAt.toISOString() };
}

function readerField(field: StoredField, language: InterfaceLanguage): CatalogueField {
  return {
    id: field.id,
    kind: field.kind,
    label: field.label[language],
    hint: field.hint?.[language] ?? null,
    required: field.required,
    ...(field.options ? { options: field.options.map((option) => ({ value: option.value, label: option.label[language] })) } : {}),
    ...(field.maxLength !== undefined && field.maxLength !== null ? { maxLength: field.maxLength } : {}),
  };
}

export interface ReaderCatalogueInput {
  language: InterfaceLanguage;
  /** Active types only, in catalogue order. */
  types: StoredRequestType[];
  teams: ReadonlyMap<string, StoredTeam>;
  /** Titles of the linked articles the reader may open, by slug. */
  articleTitles: ReadonlyMap<string, string>;
}

/** The catalogue as an employee reads it: by category, in their language, empty categories left out. */
export function readerCatalogue({ language, types, teams, articleTitles }: ReaderCatalogueInput): Catalogue {
  const byCategory = new Map<string, CatalogueRequestType[]>();
  for (const type of types) {
    const team = teams.get(type.teamId);
    const entry: CatalogueRequestType = {
      id: type._id,
      name: type.name[language],
      description: type.description[language],
      fields: type.fields.map((field) => readerField(field, language)),
      confidential: type.confidential,
      team: { id: type.teamId, name: team?.name[language] ?? type.teamId },
      sla: { firstResponseMinutes: type.sla.firstResponseMinutes, resolutionMinutes: type.sla.resolutionMinutes },
      articles: type.articleSlugs.flatMap((slug) => {
        const title = articleTitles.get(slug);
        return title === undefined ? [] : [{ slug, title }];
      }),
    };
    byCategory.set(type.category, [...(byCategory.get(type.category) ?? []), entry]);
  }
  return {
    language,
    categories: ticketCategories.flatMap((id) => {
      const entries = byCategory.get(id);
      return entries ? [{ id, name: ticketCategoryNames[id][language], types: entries }] : [];
    }),
  };
}
