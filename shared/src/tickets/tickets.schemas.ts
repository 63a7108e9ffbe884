import { z } from 'zod';

import { rule } from '../platform/field-issues';

import { ticketCategories, ticketPriorities } from './catalogue.schemas';

/*
 * The help desk's tickets (issue 5 §2, §4, §5, §7): what employees file and HR answers.
 * A ticket's id is its reference (HR-2026-00042), the number people quote on the phone.
 */

export const ticketStates = ['new', 'open', 'waiting_on_employee', 'resolved', 'closed'] as const;
export type TicketState = (typeof ticketStates)[number];
export const TicketStateSchema = z.enum(ticketStates);

/** States in which someone in HR still owes an answer or a decision (the queue). */
export const activeStates: readonly TicketState[] = ['new', 'open', 'waiting_on_employee', 'resolved'];

export const triageLevels = ['low', 'medium', 'high'] as const;
export type TriageLevel = (typeof triageLevels)[number];
export const triageDimensions = ['complexity', 'severity', 'effort'] as const;
export type TriageDimension = (typeof triageDimensions)[number];

export const messageKinds = ['reply', 'note', 'event'] as const;
export type MessageKind = (typeof messageKinds)[number];

/** A requester may reopen (or reply to) a ticket this long after it was resolved or closed. */
export const REOPEN_WINDOW_DAYS = 14;
/** A resolved ticket nobody reopens is closed this many (calendar) days after its resolution. */
export const AUTO_CLOSE_DAYS = 7;
export const MAX_MESSAGE_LENGTH = 10_000;
export const MAX_QUESTION_LENGTH = 10_000;
export const MAX_SUBJECT_LENGTH = 120;
export const MAX_ATTACHMENTS = 10;
/** Tickets one person may file per hour (DESIGN.md: rate limits on ticket creation). */
export const TICKETS_PER_HOUR = 10;

/** HR-<year>-<sequence of at least five digits>. */
export const TicketReferenceSchema = z.string().regex(/^HR-\d{4}-\d{5,9}$/, 'must be a ticket reference such as HR-2026-00042');

const AttachmentIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be the id of an uploaded file');
const AttachmentIdsSchema = z.array(AttachmentIdSchema).max(MAX_ATTACHMENTS).default([]);
const MessageBodySchema = z.string().trim().min(1, 'is required').max(MAX_MESSAGE_LENGTH, `must be at most ${MAX_MESSAGE_LENGTH} characters`);

/**
 * Something the interface writes in the reader's language: a message key and its values
 * (`{ key: 'triage.dimension', params: { dimension: 'severity', level: 'high', reason: 'misconduct' } }`).
 */
export const ExplanationSchema = z.object({ key: z.string(), params: z.record(z.string(), z.string()) });
export type Explanation = z.infer<typeof ExplanationSchema>;

/* ---- Requests ---- */

export const CreateTicketSchema = z
  .strictObject({
    requestTypeId: z.string().max(60),
    /** The question in the person's own words; its first line becomes the subject. */
    question: z.string().trim().min(1, 'is required').max(MAX_QUESTION_LENGTH, `must be at most ${MAX_QUESTION_LENGTH} characters`),
    /** Answers to the request type's form, checked against its fields (catalogue `answersSchema`). */
    answers: z.record(z.string(), z.union([z.string(), z.array(z.string()), z.null()])).default({}),
    attachmentIds: AttachmentIdsSchema,
  })
  .meta({ id: 'CreateTicket', description: 'A new help desk request.' });
export type CreateTicket = z.input<typeof CreateTicketSchema>;

export const ReplySchema = z
  .strictObject({ body: MessageBodySchema, attachmentIds: AttachmentIdsSchema })
  .meta({ id: 'TicketReply', description: 'A reply from the requester.' });
export type Reply = z.input<typeof ReplySchema>;

export const RateSchema = z
  .strictObject({ rating: z.number().int().min(1).max(5), comment: z.string().trim().max(2000).default('') })
  .meta({ id: 'TicketRating', description: 'How the requester rates the answer: once per resolution.' });
export type Rate = z.input<typeof RateSchema>;

export const DeflectionSchema = z
  .strictObject({ query: z.string().trim().min(1).max(500), articleSlug: z.string().max(100) })
  .meta({ id: 'TicketDeflection', description: '"This answered my question": a question the handbook answered. No person is recorded.' });
export type Deflection = z.infer<typeof DeflectionSchema>;

export const PageQuerySchema = z.strictObject({
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(50).default(20),
});

export const agentViews = ['mine', 'unassigned', 'team', 'breaching-soon', 'waiting', 'confidential', 'all'] as const;
export type AgentView = (typeof agentViews)[number];
export const queueSorts = ['priority', 'due', 'age'] as const;

export const QueueQuerySchema = z.strictObject({
  view: z.enum(agentViews).default('mine'),
  sort: z.enum(queueSorts).default('priority'),
  state: TicketStateSchema.optional(),
  category: z.enum(ticketCategories).optional(),
  teamId: z.string().max(60).optional(),
  /** A reference or words of the subject. */
  q: z.string().trim().min(1).max(100).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});
export type QueueQuery = z.input<typeof QueueQuerySchema>;

export const AssignSchema = z
  .discriminatedUnion('mode', [
    z.strictObject({ mode: z.literal('self') }),
    z.strictObject({ mode: z.literal('colleague'), assigneeId: z.string().trim().min(1).max(40) }),
    z.strictObject({ mode: z.literal('round-robin') }),
  ])
  .meta({ id: 'TicketAssignment', description: 'To oneself, to a colleague of the help desk, or to the next member of the ticket\u2019s team.' });
export type Assign = z.infer<typeof AssignSchema>;

export const AgentMessageSchema = z
  .strictObject({
    kind: z.enum(['reply', 'note']),
    body: MessageBodySchema,
    attachmentIds: AttachmentIdsSchema,
    /** A reply may move the ticket on at once (ask the employee, or resolve). */
    state: z.enum(['open', 'waiting_on_employee', 'resolved']).optional(),
  })
  .meta({ id: 'TicketAgentMessage', description: 'A reply to the requester, or an internal note the requester never sees.' });
export type AgentMessage = z.input<typeof AgentMessageSchema>;

export const ChangeStateSchema = z.strictObject({ state: TicketStateSchema }).meta({ id: 'TicketStateChange' });

export const OverrideTriageSchema = z
  .strictObject({
    priority: z.enum(ticketPriorities),
    teamId: z.string().max(60),
    reason: z.string().trim().min(1, 'is required').max(500),
  })
  .meta({ id: 'TicketTriageOverride', description: 'An agent\u2019s own priority and team, with the reason (recorded).' });
export type OverrideTriage = z.infer<typeof OverrideTriageSchema>;

export const MergeSchema = z.strictObject({ intoId: TicketReferenceSchema }).meta({ id: 'TicketMerge' });

/* ---- Responses ---- */

const PersonSchema = z.object({ id: z.string(), displayName: z.string().nullable() });

export const TriageSchema = z.object({
  complexity: z.enum(triageLevels),
  severity: z.enum(triageLevels),
  effort: z.enum(triageLevels),
  /** From the scores (and the request type's default). */
  priority: z.enum(ticketPriorities),
  teamId: z.string(),
  explanation: z.array(ExplanationSchema),
  override: z.object({ priority: z.enum(ticketPriorities), teamId: z.string(), reason: z.string(), by: z.string(), at: z.string() }).nullable(),
});
export type Triage = z.infer<typeof TriageSchema>;

export const CsatSchema = z.object({ resolution: z.number().int(), rating: z.number().int(), comment: z.string(), at: z.string() });

export const TicketMessageSchema = z.object({
  id: z.string(),
  number: z.number().int(),
  kind: z.enum(messageKinds),
  /** Null for events the system wrote. */
  author: PersonSchema.extend({ side: z.enum(['requester', 'hr']) }).nullable(),
  body: z.string(),
  /** Events: what happened, for the interface to write (`ticket.event.state`, `ticket.event.merged` …). */
  event: ExplanationSchema.nullable(),
  attachmentIds: z.array(z.string()),
  createdAt: z.string(),
});
export type TicketMessage = z.infer<typeof TicketMessageSchema>;

export const requesterActions = ['reply', 'close', 'reopen', 'rate'] as const;
export const agentActions = ['assign', 'reply', 'note', 'changeState', 'override', 'merge'] as const;

export const TicketSummarySchema = z.object({
  id: z.string(),
  subject: z.string(),
  state: TicketStateSchema,
  category: z.enum(ticketCategories),
  requestTypeId: z.string(),
  priority: z.enum(ticketPriorities),
  teamId: z.string(),
  confidential: z.boolean(),
  assignee: PersonSchema.nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  firstResponseDueAt: z.string().nullable(),
  resolutionDueAt: z.string().nullable(),
});
export type TicketSummary = z.infer<typeof TicketSummarySchema>;

export const MyTicketsSchema = z
  .object({ total: z.number().int(), page: z.number().int(), pageSize: z.number().int(), tickets: z.array(TicketSummarySchema) })
  .meta({ id: 'MyTickets', description: 'The signed-in person\u2019s tickets, newest first.' });
export type MyTickets = z.infer<typeof MyTicketsSchema>;

/** A file on a ticket as its readers see it listed: what it is called, its type and size. */
export const TicketFileSchema = z.object({ id: z.string(), name: z.string(), type: z.string(), size: z.number().int() }).meta({ id: 'TicketFile' });
export type TicketFile = z.infer<typeof TicketFileSchema>;

const ticketCore = {
  ...TicketSummarySchema.shape,
  question: z.string(),
  answers: z.record(z.string(), z.union([z.string(), z.array(z.string()), z.null()])),
  attachmentIds: z.array(z.string()),
  firstResponseAt: z.string().nullable(),
  resolvedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  /** Where a merged duplicate went. */
  mergedInto: z.string().nullable(),
  csat: z.array(CsatSchema),
  messages: z.array(TicketMessageSchema),
  /** Every file in the answers, on the ticket and on the messages given, by id (names for the links). */
  files: z.array(TicketFileSchema),
  /** Number of the oldest message given; older ones come with `?before=`. */
  olderMessages: z.boolean(),
};

export const RequesterTicketSchema = z
  .object({ ...ticketCore, actions: z.array(z.enum(requesterActions)), reopenUntil: z.string().nullable() })
  .meta({ id: 'RequesterTicket', description: 'A ticket as its requester sees it: replies and public events, never internal notes.' });
export type RequesterTicket = z.infer<typeof RequesterTicketSchema>;

/** HR only: the SLA targets a ticket missed. */
export const SlaBreachSchema = z.object({
  /** When the first response fell due unanswered, as recorded by the SLA sweep (null: not missed, or not yet recorded). */
  firstResponseBreachedAt: z.string().nullable(),
  /** When the resolution fell due unresolved, as recorded by the SLA sweep. */
  resolutionBreachedAt: z.string().nullable(),
  /** "Breached": a target was missed, recorded or overdue now while HR has the ticket (the sweep runs every minute). */
  breached: z.boolean(),
});
export type SlaBreach = z.infer<typeof SlaBreachSchema>;

export const AgentTicketSchema = z
  .object({
    ...ticketCore,
    ...SlaBreachSchema.shape,
    requester: PersonSchema,
    triage: TriageSchema,
    actions: z.array(z.enum(agentActions)),
    allowedStates: z.array(TicketStateSchema),
  })
  .meta({ id: 'AgentTicket', description: 'A ticket as HR sees it: every message, notes and events included, and its triage.' });
export type AgentTicket = z.infer<typeof AgentTicketSchema>;

export const QueueSchema = z
  .object({
    view: z.enum(agentViews),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
    /** Tickets in each view this agent may use (confidential ones they may not see are in none). */
    counts: z.record(z.string(), z.number().int()),
    tickets: z.array(TicketSummarySchema.extend({ requester: PersonSchema, breachingSoon: z.boolean(), ...SlaBreachSchema.shape })),
  })
  .meta({ id: 'TicketQueue', description: 'One view of the help desk queue, sorted and filtered, with the count of every view.' });
export type Queue = z.infer<typeof QueueSchema>;

export const CreatedTicketSchema = z.object({ id: z.string() }).meta({ id: 'CreatedTicket', description: 'The new ticket\u2019s reference.' });

/* ---- Triage rules (ticket_triage_rules; HR edits them later) ---- */

const LevelSchema = z.enum(triageLevels);
/** A short key the interface names ("misconduct", "missing-pay"): lower-case words joined by hyphens. */
const ReasonSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
  .max(60);

export const TriageRulesSchema = z
  .strictObject({
    /** Each request type's scores before answers and words raise them. */
    typeDefaults: z
      .array(z.strictObject({ requestTypeId: z.string().max(60), complexity: LevelSchema, severity: LevelSchema, effort: LevelSchema, reason: ReasonSchema }))
      .max(200),
    /** Scores of a request type with no defaults of its own. */
    fallback: z.strictObject({ complexity: LevelSchema, severity: LevelSchema, effort: LevelSchema }),
    /** An answer to a form field raises one score (`payroll-question`, `topic` = `missing-pay` → severity high). */
    answerRules: z
      .array(
        z.strictObject({
          requestTypeId: z.string().max(60),
          fieldId: z.string().max(40),
          value: z.string().max(60),
          dimension: z.enum(triageDimensions),
          level: LevelSchema,
          reason: ReasonSchema,
        }),
      )
      .max(500),
    /**
     * Words in the question raise a score and may route to another team. `pattern` is a
     * regular expression of word beginnings, matched case- and accent-insensitively
     * (`harass|acoso|threat|amenaz`): list English and Spanish forms.
     */
    keywordRules: z
      .array(
        z.strictObject({
          pattern: z
            .string()
            .min(1)
            .max(500)
            .refine(
              (pattern) => {
                try {
                  new RegExp(pattern, 'iu');
                  return true;
                } catch {
                  return false;
                }
              },
              rule('pattern', 'must be a valid regular expression'),
            ),
          dimension: z.enum(triageDimensions),
          level: LevelSchema,
          reason: ReasonSchema,
          /** The team that takes such a ticket instead of the request type's; null: the type's. */
          teamId: z.string().max(60).nullable(),
        }),
      )
      .max(200),
  })
  .meta({ id: 'TicketTriageRules', description: 'How a new ticket is scored, prioritised and routed.' });
export type TriageRules = z.infer<typeof TriageRulesSchema>;
