import { answersSchema, type Answers, type CatalogueField, type CatalogueRequestType } from '@portico/shared/tickets/catalogue.schemas';
import { CreateTicketSchema } from '@portico/shared/tickets/tickets.schemas';
import { fieldIssueOf } from '@portico/shared/platform/field-issues';
import type { z } from 'zod';

/** A message for the reader: its key (`help.errors.*` for this form's own words, `fields.*` for the shared rules) and values. */
export interface FieldError {
  key: string;
  params?: Record<string, string | number>;
  /** Instead of a key: a message already in the reader's language (the server's, put in it by problem-language.interceptor.ts). */
  text?: string;
}

const help = (key: string, params?: FieldError['params']): FieldError => ({ key: `help.errors.${key}`, ...(params ? { params } : {}) });

/** The shared rule's message for an issue this form has no words of its own for. */
function shared(issue: z.core.$ZodIssue): FieldError {
  const { code, params } = fieldIssueOf(issue);
  return { key: `fields.${code}`, ...(params ? { params } : {}) };
}

type Answer = string | string[] | null;

/** Blank answers become null: an optional field left empty is not an answer. */
export function normalizeAnswers(requestType: CatalogueRequestType, values: Record<string, Answer | undefined>): Answers {
  const answers: Answers = {};
  for (const field of requestType.fields) {
    const value = values[field.id];
    const blank = value === undefined || value === null || (Array.isArray(value) ? value.length === 0 : value.trim() === '');
    answers[field.id] = blank ? null : typeof value === 'string' && field.kind !== 'choice' && field.kind !== 'date' ? value.trim() : value;
  }
  return answers;
}

function fieldError(field: CatalogueField, value: Answer | undefined, issue: z.core.$ZodIssue): FieldError {
  if (value === null || value === undefined) return help(field.kind === 'file' ? 'attachFile' : field.kind === 'choice' ? 'chooseOne' : 'required');
  switch (issue.code) {
    case 'too_big':
      return field.kind === 'file' ? help('tooManyFiles', { max: Number(issue.maximum) }) : help('tooLong', { max: Number(issue.maximum) });
    case 'too_small':
      return help(field.kind === 'file' ? 'attachFile' : 'required');
    case 'invalid_format':
      return field.kind === 'date' ? help('date') : shared(issue);
    case 'custom':
      return field.kind === 'choice' ? help('chooseOne') : shared(issue);
    default:
      return shared(issue);
  }
}

/**
 * The answers checked by the shared `answersSchema` of the request type (the server's own
 * rules), each field's first problem in the reader's language.
 */
export function answerErrors(requestType: CatalogueRequestType, answers: Answers): Record<string, FieldError> {
  const result = answersSchema(requestType).safeParse(answers);
  if (result.success) return {};
  const errors: Record<string, FieldError> = {};
  for (const issue of result.error.issues) {
    const fieldId = String(issue.path[0] ?? '');
    const field = requestType.fields.find((candidate) => candidate.id === fieldId);
    if (!field || errors[fieldId]) continue;
    errors[fieldId] = fieldError(field, answers[fieldId], issue);
  }
  return errors;
}

/** The question, by the ticket contract's rule. */
export function questionError(question: string): FieldError | null {
  const result = CreateTicketSchema.shape.question.safeParse(question);
  if (result.success) return null;
  const issue = result.error.issues[0]!;
  return issue.code === 'too_big' ? help('tooLong', { max: Number(issue.maximum) }) : help('required');
}
