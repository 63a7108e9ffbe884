import { z } from 'zod';

import { isIsoDate } from '../settings/hr-contact.schemas';
import { rule } from '../platform/field-issues';
import { internationalPhone, isAbaRoutingNumber, isBirthDate, isCountryCode, isIban, isPostalCode } from './personal-data';

/*
 * An employee's own record (issue 12): the personal fields they keep current, each with a
 * route (applied at once, or approved by their manager or by HR), and the work facts they
 * only read. Bank account and national id are encrypted at rest and shown masked.
 */

export const personalFields = [
  'legalName',
  'preferredName',
  'pronouns',
  'dateOfBirth',
  'personalEmail',
  'phones',
  'homeAddress',
  'emergencyContacts',
  'bankAccount',
  'nationalId',
] as const;
export type PersonalField = (typeof personalFields)[number];

/** Encrypted at rest, masked (last four) wherever they are shown. */
export const sensitiveFields = ['bankAccount', 'nationalId'] as const satisfies readonly PersonalField[];
export type SensitiveField = (typeof sensitiveFields)[number];
export const isSensitive = (field: PersonalField): field is SensitiveField => (sensitiveFields as readonly string[]).includes(field);

/** Who has to agree before a change to a field reaches the record. */
export const approvalRoutes = ['immediate', 'manager', 'hr'] as const;
export type ApprovalRoute = (typeof approvalRoutes)[number];

export const defaultFieldPolicy: Readonly<Record<PersonalField, ApprovalRoute>> = {
  legalName: 'hr',
  preferredName: 'immediate',
  pronouns: 'immediate',
  dateOfBirth: 'hr',
  personalEmail: 'immediate',
  phones: 'immediate',
  homeAddress: 'manager',
  emergencyContacts: 'immediate',
  bankAccount: 'hr',
  nationalId: 'hr',
};

/** The routes a field may take: the bank account salary is paid into always needs someone's approval (against payroll diversion). */
export const routesOf = (field: PersonalField): readonly ApprovalRoute[] => (field === 'bankAccount' ? approvalRoutes.slice(1) : approvalRoutes);

export const FieldPolicySchema = z.strictObject(
  Object.fromEntries(personalFields.map((field) => [field, z.enum(routesOf(field) as [ApprovalRoute, ...ApprovalRoute[]])])) as Record<
    PersonalField,
    z.ZodEnum<{ [K in ApprovalRoute]: K }>
  >,
);
export type FieldPolicy = z.infer<typeof FieldPolicySchema>;

export const FieldPolicySettingsSchema = z.object({
  policy: FieldPolicySchema,
  /** What a new installation starts with. */
  defaults: FieldPolicySchema,
  updatedAt: z.string().nullable(),
});
export type FieldPolicySettings = z.infer<typeof FieldPolicySettingsSchema>;

/** How long things wait, set by HR admins beside the field policy. */
export const ApprovalTimingSchema = z
  .strictObject({
    /** An approved bank account change reaches the record no sooner than this many hours after approval. */
    bankAccountDelayHours: z.number().int().min(0).max(168),
    /** Working days a request waits before its manager is reminded … */
    remindAfterDays: z.number().int().min(1).max(20),
    /** … and before HR may decide it too. */
    escalateAfterDays: z.number().int().min(1).max(30),
  })
  .superRefine((timing, context) => {
    if (timing.escalateAfterDays <= timing.remindAfterDays) {
      context.addIssue({ code: 'custom', path: ['escalateAfterDays'], ...rule('escalate_after_reminder', 'must be later than the reminder') });
    }
  });
export type ApprovalTiming = z.infer<typeof ApprovalTimingSchema>;

export const defaultApprovalTiming: Readonly<ApprovalTiming> = { bankAccountDelayHours: 24, remindAfterDays: 3, escalateAfterDays: 5 };

export const ApprovalTimingSettingsSchema = z.object({ timing: ApprovalTimingSchema, defaults: ApprovalTimingSchema, updatedAt: z.string().nullable() });
export type ApprovalTimingSettings = z.infer<typeof ApprovalTimingSettingsSchema>;

export const MAX_PHONES = 3;
export const MAX_EMERGENCY_CONTACTS = 5;

const text = (max: number) => z.string().trim().max(max);
const required = (max: number) => z.string().trim().min(1).max(max);

const country = z.string().refine(isCountryCode, rule('country', 'must be a country code such as ES or GB'));

/** A phone number with its country code (`+34 612 34 56 78`); forms add the country code of the home address when one is left out. */
export const PhoneNumberSchema = z
  .string()
  .trim()
  .max(40)
  .refine((value) => internationalPhone(value) !== null, rule('phone', 'must be a phone number with its country code, such as +34 612 34 56 78'));

export const phoneKinds = ['mobile', 'home', 'other'] as const;

export const PhoneSchema = z.strictObject({ kind: z.enum(phoneKinds), number: PhoneNumberSchema });
export type Phone = z.infer<typeof PhoneSchema>;

export const LegalNameSchema = z.strictObject({ first: required(100), last: required(100) });

export const HomeAddressSchema = z
  .strictObject({
    country,
    line1: required(120),
    line2: text(120).default(''),
    city: required(80),
    region: text(80).default(''),
    postalCode: required(12),
  })
  .superRefine((address, context) => {
    if (isCountryCode(address.country) && address.postalCode && !isPostalCode(address.postalCode, address.country)) {
      context.addIssue({
        code: 'custom',
        path: ['postalCode'],
        ...rule('postal_code', `is not a postal code of ${address.country}`, { country: address.country }),
      });
    }
  });
export type HomeAddress = z.infer<typeof HomeAddressSchema>;

export const EmergencyContactSchema = z.strictObject({
  name: required(100),
  relationship: required(60),
  phone: PhoneNumberSchema,
  email: z.union([z.literal(''), z.email().max(254)]).default(''),
});
export type EmergencyContact = z.infer<typeof EmergencyContactSchema>;

export const bankSchemes = ['iban', 'account'] as const;

/** Salary account: an IBAN where IBAN is used, otherwise the bank's routing number and the account number. */
export const BankAccountSchema = z.discriminatedUnion('scheme', [
  z.strictObject({
    scheme: z.literal('iban'),
    holder: required(100),
    iban: z.string().trim().max(42).refine(isIban, rule('iban', 'must be an IBAN with a correct check number')),
  }),
  z
    .strictObject({
      scheme: z.literal('account'),
      holder: required(100),
      country,
      routingNumber: z
        .string()
        .trim()
        .regex(/^[0-9-]{3,20}$/, rule('routing_number', 'must be the bank code or routing number: digits and hyphens')),
      accountNumber: z
        .string()
        .trim()
        .regex(/^[0-9-]{4,20}$/, rule('account_number', 'must be 4 to 20 digits (hyphens allowed)')),
    })
    .superRefine((account, context) => {
      if (account.country === 'US' && !isAbaRoutingNumber(account.routingNumber)) {
        context.addIssue({ code: 'custom', path: ['routingNumber'], ...rule('routing_number', 'must be a nine-digit ABA routing number') });
      }
    }),
]);
export type BankAccount = z.infer<typeof BankAccountSchema>;

export const NationalIdSchema = z.strictObject({
  country,
  number: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9][A-Za-z0-9 .\-/]{3,29}$/, rule('national_id', 'must be 4 to 30 letters and digits')),
});
export type NationalId = z.infer<typeof NationalIdSchema>;

/** Each field's value as a person writes it; `null` clears an optional field. */
export const PersonalValueSchemas = {
  legalName: LegalNameSchema,
  preferredName: text(100),
  pronouns: text(40),
  dateOfBirth: z.string().refine((value) => isBirthDate(value), rule('birth_date', 'must be a date of birth, YYYY-MM-DD, of someone between 14 and 120')),
  personalEmail: z.union([z.literal(''), z.email().max(254)]),
  phones: z.array(PhoneSchema).max(MAX_PHONES),
  homeAddress: HomeAddressSchema,
  emergencyContacts: z.array(EmergencyContactSchema).max(MAX_EMERGENCY_CONTACTS),
  bankAccount: BankAccountSchema,
  nationalId: NationalIdSchema,
} as const satisfies Record<PersonalField, z.ZodType>;

export type PersonalValues = { [K in PersonalField]: z.output<(typeof PersonalValueSchemas)[K]> };

/** One submission: any of the fields, at least one; split by the server into one request per approver. */
export const PersonalChangesSchema = z
  .strictObject(PersonalValueSchemas)
  .partial()
  .refine((changes) => Object.keys(changes).length > 0, rule('choose_one', 'change at least one field'));
export type PersonalChanges = z.infer<typeof PersonalChangesSchema>;

export const SubmitChangesSchema = z.strictObject({
  changes: PersonalChangesSchema,
  /** When the change should take effect (`YYYY-MM-DD`, in the office's time zone); today when left out. */
  effectiveDate: z.string().refine(isIsoDate, rule('date', 'must be a date, YYYY-MM-DD')).optional(),
  /** A supporting document already uploaded (a legal name change asks for one). */
  documentId: z.string().max(64).optional(),
});
export type SubmitChanges = z.infer<typeof SubmitChangesSchema>;

/* ---- What the API answers ---- */

const PersonRefSchema = z.object({ id: z.string(), name: z.string() });

/** A sensitive value as everyone sees it: its last four, and what kind of value it is. */
export const MaskedBankAccountSchema = z.object({ scheme: z.enum(bankSchemes), country: z.string().nullable(), last4: z.string() });
export const MaskedNationalIdSchema = z.object({ country: z.string(), last4: z.string() });

export const PersonalRecordSchema = z.object({
  legalName: LegalNameSchema,
  preferredName: z.string(),
  pronouns: z.string(),
  dateOfBirth: z.string().nullable(),
  personalEmail: z.string(),
  phones: z.array(PhoneSchema),
  homeAddress: HomeAddressSchema.nullable(),
  emergencyContacts: z.array(EmergencyContactSchema),
  bankAccount: MaskedBankAccountSchema.nullable(),
  nationalId: MaskedNationalIdSchema.nullable(),
  /** Counts every change applied to the record; a request remembers the version it was made on. */
  version: z.number().int(),
  updatedAt: z.string().nullable(),
});
export type PersonalRecord = z.infer<typeof PersonalRecordSchema>;

/** Work facts: kept by HR's systems, read-only here. */
export const WorkInfoSchema = z.object({
  employeeNumber: z.string(),
  workEmail: z.string(),
  jobTitle: z.string(),
  department: PersonRefSchema,
  location: PersonRefSchema,
  manager: PersonRefSchema.nullable(),
  startDate: z.string(),
});
export type WorkInfo = z.infer<typeof WorkInfoSchema>;

export const changeRequestStates = ['pending', 'approved', 'rejected', 'withdrawn', 'scheduled', 'applied'] as const;
export type ChangeRequestState = (typeof changeRequestStates)[number];

/** One request as its requester sees it: what it changes, who has it, what became of it. */
export const MyChangeRequestSchema = z.object({
  id: z.string(),
  fields: z.array(z.enum(personalFields)),
  route: z.enum(['manager', 'hr']),
  /** The manager asked; null when HR decides. */
  approver: PersonRefSchema.nullable(),
  state: z.enum(changeRequestStates),
  createdAt: z.string(),
  effectiveDate: z.string().nullable(),
  decidedAt: z.string().nullable(),
  decidedBy: PersonRefSchema.nullable(),
  onBehalfOf: PersonRefSchema.nullable(),
  reason: z.string().nullable(),
  /** An approved bank account change waits until then before it reaches the record (the safety delay). */
  holdUntil: z.string().nullable(),
  appliedAt: z.string().nullable(),
});
export type MyChangeRequest = z.infer<typeof MyChangeRequestSchema>;

export const MyDataSchema = z.object({
  work: WorkInfoSchema,
  personal: PersonalRecordSchema,
  /** Who has to agree to a change of each field. */
  policy: FieldPolicySchema,
  /** The country of the person's office: the default for phone numbers and addresses. */
  officeCountry: z.string(),
  /** Hours an approved bank account change waits before it reaches the record (HR's setting). */
  bankAccountDelayHours: z.number().int(),
  /** My latest change requests, newest first (the pending ones among them show beside their fields). */
  requests: z.array(MyChangeRequestSchema),
});
export type MyData = z.infer<typeof MyDataSchema>;

export const RevealedSchema = z.discriminatedUnion('field', [
  z.object({ field: z.literal('bankAccount'), value: BankAccountSchema }),
  z.object({ field: z.literal('nationalId'), value: NationalIdSchema }),
]);
export type Revealed = z.infer<typeof RevealedSchema>;

export const SubmittedSchema = z.object({
  /** Fields written at once. */
  applied: z.array(z.enum(personalFields)),
  /** One request per approver for the others. */
  requests: z.array(MyChangeRequestSchema),
  data: MyDataSchema,
});
export type Submitted = z.infer<typeof SubmittedSchema>;

/* ---- Approvals ---- */

export const decisionOutcomes = ['approved', 'rejected'] as const;

const reasonRequired = <T extends { outcome: string; reason?: string | undefined }>(decision: T, context: z.RefinementCtx) => {
  if (decision.outcome === 'rejected' && !decision.reason?.trim()) {
    context.addIssue({ code: 'custom', path: ['reason'], ...rule('reason_required', 'say why it is not approved') });
  }
};

/** An approver's decision; a rejection says why (the requester reads it). */
export const DecisionSchema = z.strictObject({ outcome: z.enum(decisionOutcomes), reason: z.string().trim().max(500).optional() }).superRefine(reasonRequired);
export type Decision = z.infer<typeof DecisionSchema>;

/** The same decision for several requests at once; each is decided and reported on its own. */
export const BulkDecisionSchema = z
  .strictObject({ ids: z.array(z.string().max(80)).min(1).max(100), outcome: z.enum(decisionOutcomes), reason: z.string().trim().max(500).optional() })
  .superRefine(reasonRequired);
export type BulkDecision = z.infer<typeof BulkDecisionSchema>;

export const DecidedSchema = z.object({
  id: z.string(),
  /** The request's state after this call, or null when it was not decided here (`problem` says why). */
  state: z.enum(changeRequestStates).nullable(),
  problem: z.string().nullable(),
});
export type Decided = z.infer<typeof DecidedSchema>;

export const BulkDecidedSchema = z.object({ results: z.array(DecidedSchema) });
export type BulkDecided = z.infer<typeof BulkDecidedSchema>;

/** One field of a request as its approver sees it: in full, sensitive values included, and whether the record changed meanwhile. */
export const ApprovalFieldSchema = z.object({
  field: z.enum(personalFields),
  before: z.unknown(),
  after: z.unknown(),
  /** The record's value now; differs from `before` when it changed since the request was made. */
  current: z.unknown(),
  conflict: z.boolean(),
});
export type ApprovalField = z.infer<typeof ApprovalFieldSchema>;

export const ApprovalItemSchema = z.object({
  id: z.string(),
  employee: PersonRefSchema.extend({ jobTitle: z.string() }),
  route: z.enum(['manager', 'hr']),
  fields: z.array(ApprovalFieldSchema),
  createdAt: z.string(),
  effectiveDate: z.string().nullable(),
  /** The manager the reader decides for as their delegate; null when it is the reader's own (or HR's). */
  onBehalfOf: PersonRefSchema.nullable(),
  /** Offered to HR after waiting too long for the manager. */
  escalated: z.boolean(),
  /** Other people paid into the same bank account. */
  sharedAccountWith: z.array(PersonRefSchema),
  document: z.object({ id: z.string(), name: z.string() }).nullable(),
});
export type ApprovalItem = z.infer<typeof ApprovalItemSchema>;

export const InboxSchema = z.object({
  /** The oldest waiting, at most 50; deciding them brings the next. */
  items: z.array(ApprovalItemSchema),
  /** More wait behind these. */
  more: z.boolean(),
  /** Managers whose delegate the reader is today. */
  delegatedBy: z.array(PersonRefSchema),
});
export type Inbox = z.infer<typeof InboxSchema>;

export const DelegationInputSchema = z
  .strictObject({
    delegateId: z.string().trim().min(1).max(40),
    from: z.string().refine(isIsoDate, rule('date', 'must be a date, YYYY-MM-DD')),
    to: z.string().refine(isIsoDate, rule('date', 'must be a date, YYYY-MM-DD')),
  })
  .superRefine((delegation, context) => {
    if (isIsoDate(delegation.from) && isIsoDate(delegation.to) && delegation.to < delegation.from) {
      context.addIssue({ code: 'custom', path: ['to'], ...rule('period_order', 'must not be before the start') });
    }
  });
export type DelegationInput = z.infer<typeof DelegationInputSchema>;

export const DelegationSchema = z.object({ delegate: PersonRefSchema, from: z.string(), to: z.string() }).nullable();
export type Delegation = z.infer<typeof DelegationSchema>;

/* ---- The trail, the team, HR's view ---- */

/** One version of a record: who wrote it, when, and each field it changed, before and after (sensitive values masked). */
export const HistoryEntrySchema = z.object({
  version: z.number().int(),
  at: z.string(),
  /** Who wrote it: the person, or the approver who applied their request; null for data loaded by Portico itself. */
  by: PersonRefSchema.nullable(),
  /** The manager a delegate decided for. */
  onBehalfOf: PersonRefSchema.nullable(),
  /** The change request it applies; null for a change written at once. */
  requestId: z.string().nullable(),
  changes: z.array(z.object({ field: z.enum(personalFields), before: z.unknown(), after: z.unknown() })),
});
export type HistoryEntry = z.infer<typeof HistoryEntrySchema>;

export const RecordHistorySchema = z.object({
  entries: z.array(HistoryEntrySchema),
  /** The version to ask for next (`?before=`), or null when the first version is listed. */
  next: z.number().int().nullable(),
});
export type RecordHistory = z.infer<typeof RecordHistorySchema>;

export const HistoryQuerySchema = z.strictObject({ before: z.coerce.number().int().min(1).max(1_000_000).optional() });

/** One of a manager's direct reports: work facts and their waiting requests, never pay, bank, id, address or birth date. */
export const TeamMemberSchema = z.object({
  id: z.string(),
  name: z.string(),
  jobTitle: z.string(),
  department: z.string(),
  location: z.string(),
  workEmail: z.string(),
  workPhone: z.string().nullable(),
  startDate: z.string(),
  status: z.string(),
  /** Their requests waiting for the manager (or the manager's delegate). */
  waiting: z.array(z.object({ id: z.string(), fields: z.array(z.enum(personalFields)), createdAt: z.string() })),
});
export type TeamMember = z.infer<typeof TeamMemberSchema>;

export const TeamSchema = z.object({ members: z.array(TeamMemberSchema) });
export type Team = z.infer<typeof TeamSchema>;

export const PeopleQuerySchema = z.strictObject({ q: z.string().trim().min(2).max(100) });

/** A person as HR's directory search lists them. */
export const PersonSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  jobTitle: z.string(),
  department: z.string(),
  location: z.string(),
  workEmail: z.string(),
  status: z.string(),
});
export type PersonSummary = z.infer<typeof PersonSummarySchema>;

export const PeopleSchema = z.object({ people: z.array(PersonSummarySchema), more: z.boolean() });
export type People = z.infer<typeof PeopleSchema>;

/** Someone's record as HR sees it (each opening audited): work facts, the record masked, their requests. */
export const EmployeeRecordSchema = z.object({
  work: WorkInfoSchema,
  name: z.string(),
  status: z.string(),
  personal: PersonalRecordSchema,
  requests: z.array(MyChangeRequestSchema),
});
export type EmployeeRecord = z.infer<typeof EmployeeRecordSchema>;
