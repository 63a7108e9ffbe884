import {
  ApprovalTimingSchema,
  ApprovalTimingSettingsSchema,
  FieldPolicySchema,
  FieldPolicySettingsSchema,
  MyDataSchema,
  RevealedSchema,
  sensitiveFields,
  SubmitChangesSchema,
  SubmittedSchema,
  type ApprovalTimingSettings,
  type FieldPolicySettings,
  type MyData,
  type Revealed,
  type Submitted,
} from '@portico/shared/profile/profile.schemas';
import { z } from 'zod';

import { HttpProblem } from '../../platform/errors';
import { attachmentPolicy, uploadBody, uploadProblems } from '../../platform/files/upload-check';
import type { ApiRouter } from '../../platform/http/api-router';
import { byPerson } from '../../platform/rate-limit/rate-limited';
import { editorOf, recordAuditEvent } from '../audit';
import type { RouteContext } from '../feature';
import { uploadDocument } from './documents';
import { approvalTimingSettings, fieldPolicySettings, saveApprovalTiming, saveFieldPolicy } from './field-policy';
import { employeeOf, myData, recordOf } from './my-data';
import { openSensitive } from './personal-records';
import { markRequestNoticesRead } from './requests/request-messages';
import { submitOwnChanges } from './submit-changes';

const own = { action: 'profile.editOwn' } as const;
const tags = ['my data'];

export function profileRoutes(api: ApiRouter, context: RouteContext): void {
  api.get(
    '/profile/me',
    {
      summary: 'My data: work facts, my personal record and who approves a change of each field',
      description: 'Bank account and national id are masked (their last four); `POST /profile/me/reveal` shows one to its owner, audited.',
      tags,
      access: own,
      response: { description: 'My data', schema: MyDataSchema },
    },
    async ({ actor }): Promise<MyData> => {
      const now = context.clock.now();
      const data = await myData(actor.employeeId, now);
      // What was decided or applied is seen here: those notices no longer wait.
      await markRequestNoticesRead(data.requests, now);
      return data;
    },
  );

  api.post(
    '/profile/me/reveal',
    {
      summary: 'Show me one of my sensitive values in full',
      description: 'The owner only; every showing writes an audit event (`profile.sensitive_revealed`).',
      tags,
      access: own,
      request: { body: z.strictObject({ field: z.enum(sensitiveFields) }) },
      response: { description: 'The value', schema: RevealedSchema },
      rateLimit: { limit: context.limit('profile.reveal', { limit: 20, windowMs: 60_000 }), key: byPerson },
    },
    async ({ body, actor }, request): Promise<Revealed> => {
      const record = await recordOf(await employeeOf(actor.employeeId));
      const value = openSensitive(actor.employeeId, body.field, record.values[body.field]);
      if (!value) throw new HttpProblem(404, 'no_personal_record', 'Nothing to show', 'Your record holds no value for this field yet.');
      await recordAuditEvent(request.log, {
        type: 'profile.sensitive_revealed',
        outcome: 'success',
        employeeId: actor.employeeId,
        requestId: String(request.id),
        details: { subject: actor.employeeId, field: body.field },
      });
      return { field: body.field, value } as Revealed;
    },
  );

  api.post(
    '/profile/me/documents',
    {
      summary: 'Upload a supporting document for a change (a legal name change asks for one)',
      description: `The body is the file itself (${attachmentPolicy.accepted}); its type is read from its content. Name it with \`?name=\`, then send its id as \`documentId\` with the change.`,
      tags,
      access: own,
      status: 201,
      request: { rawBody: uploadBody(attachmentPolicy), query: z.strictObject({ name: z.string().max(255).optional() }) },
      response: {
        description: 'The stored document',
        schema: z.object({ id: z.string(), name: z.string(), type: z.string(), size: z.number().int() }).meta({ id: 'ProfileDocument' }),
      },
      otherResponses: uploadProblems(attachmentPolicy),
    },
    ({ body, query, actor }, request) =>
      uploadDocument(context.files, actor.employeeId, body, query.name ?? '', request.get('Content-Type'), context.clock.now()),
  );

  api.post(
    '/profile/me/changes',
    {
      summary: 'Change my personal data',
      description:
        'Any of the personal fields at once. Fields the policy marks `immediate` are written at once; the others become one change request per approver (my manager, or HR). A 400 names each invalid field and changes nothing.',
      tags,
      access: own,
      request: { body: SubmitChangesSchema, bodyLimit: '64kb' },
      response: { description: 'What was written and what waits for whom', schema: SubmittedSchema },
    },
    ({ body, actor }, request): Promise<Submitted> =>
      submitOwnChanges(actor, body, {
        now: context.clock.now(),
        log: request.log,
        requestId: String(request.id),
        identityCheckedAt: actor.identityCheckedAt,
        messenger: { mailer: context.mailer, publicUrl: context.publicUrl, logger: request.log },
      }),
  );

  api.get(
    '/profile/field-policy',
    {
      summary: 'Who approves a change of each personal field',
      tags: ['settings'],
      access: { action: 'settings.manage' },
      response: { description: 'The policy, the defaults and when it last changed', schema: FieldPolicySettingsSchema },
    },
    (): Promise<FieldPolicySettings> => fieldPolicySettings(),
  );

  api.put(
    '/profile/field-policy',
    {
      summary: 'Set who approves a change of each personal field',
      description: '`immediate`, `manager` or `hr` for every field; the bank account is never `immediate`. Requests already made keep their approver. Audited.',
      tags: ['settings'],
      access: { action: 'settings.manage' },
      request: { body: FieldPolicySchema },
      response: { description: 'The policy as stored', schema: FieldPolicySettingsSchema },
    },
    ({ body, actor }, request): Promise<FieldPolicySettings> => saveFieldPolicy(body, editorOf(actor, request)),
  );

  api.get(
    '/profile/approval-timing',
    {
      summary: 'How long approved bank account changes and waiting requests wait',
      tags: ['settings'],
      access: { action: 'settings.manage' },
      response: { description: 'The timing, the defaults and when it last changed', schema: ApprovalTimingSettingsSchema },
    },
    (): Promise<ApprovalTimingSettings> => approvalTimingSettings(),
  );

  api.put(
    '/profile/approval-timing',
    {
      summary: 'Set how long approved bank account changes and waiting requests wait',
      description:
        'The safety delay of a bank account change after its approval (hours, 0–168), and the working days before a waiting request reminds its manager and is offered to HR. Audited.',
      tags: ['settings'],
      access: { action: 'settings.manage' },
      request: { body: ApprovalTimingSchema },
      response: { description: 'The timing as stored', schema: ApprovalTimingSettingsSchema },
    },
    ({ body, actor }, request): Promise<ApprovalTimingSettings> => saveApprovalTiming(body, editorOf(actor, request)),
  );
}
