import type { Random } from './random';

/*
 * What a demo ticket says: the employee's question and form answers, and the conversation
 * that follows, in English and in Spanish (the requester's language picks one). Texts may
 * hold `{name}` (the requester's first name), `{agent}` (the agent's) and `{month}` (the
 * month the question is about, in the text's language).
 */

export type Language = 'en' | 'es';

export interface Conversation {
  /** What the employee wrote; its first line becomes the subject. */
  question: string;
  /** The form's free-text answer (details, description, reason), when the type has one. */
  details?: string;
  /** HR's first reply when it does not settle the matter at once. */
  reply?: string;
  /** HR asks for something: the ticket waits on the employee. */
  ask?: string;
  /** The employee's answer to `ask`. */
  answer?: string;
  /** HR's resolving reply. */
  resolution: string;
  /** An internal note. */
  note?: string;
  /** The employee, not satisfied after the resolution: this reopens the ticket. */
  reopen?: string;
  /** HR's second resolution after `reopen`. */
  again?: string;
}

export interface AnswerContext {
  created: Date;
  language: Language;
  /** The conversation's `details`. */
  details: string | undefined;
  random: Random;
}

export interface Scenario {
  requestTypeId: string;
  /** Offices whose policies the English text describes; any office when absent (the Spanish text is Madrid's). */
  offices?: readonly string[];
  /** The form's answers; they must pass the request type's form (the spec checks each seeded ticket). */
  answers(context: AnswerContext): Record<string, string | null>;
  en: Conversation;
  es: Conversation;
}

const dayMs = 86_400_000;

/** `YYYY-MM-DD`, `days` after (or before) the moment. */
export const isoDay = (from: Date, days = 0) => new Date(from.getTime() + days * dayMs).toISOString().slice(0, 10);

/** The first day of the month `back` months before the moment's. */
export function monthStart(from: Date, back = 1): string {
  const date = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth() - back, 1));
  return date.toISOString().slice(0, 10);
}

const monthNames: Record<Language, string[]> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
};

/** The name of the month a question is about (the one before it was asked). */
export function previousMonthName(created: Date, language: Language): string {
  return monthNames[language][(created.getUTCMonth() + 11) % 12]!;
}

/** Fills `{name}`, `{agent}`, `{month}`. */
export function fill(text: string, values: Record<string, string>): string {
  return text.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}
