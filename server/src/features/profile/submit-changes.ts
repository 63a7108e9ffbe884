import { personalFields, type PersonalField, type SubmitChanges, type Submitted } from '@portico/shared/profile/profile.schemas';

import { validationFailed } from '../../platform/errors';
import type { Logger } from '../../platform/logger';
import { requireRecentSignIn, type Actor } from '../auth';
import { otherHolders } from './bank-accounts';
import { attachDocument, checkDocument } from './documents';
import { fieldPolicy } from './field-policy';
import { employeeOf, myData, recordOf } from './my-data';
import { applyChanges, toStored } from './own-changes';
import { sameValue } from './personal-records';
import { createChangeRequests, factsOf, latestRequests, presentMyRequests } from './requests/change-requests';
import { withdraw } from './requests/decisions';
import { mailRequestReceived, tellOfBankChange } from './requests/request-messages';
import type { Messenger } from '../notifications';

/**
 * A person changes their own record: fields whose value is unchanged are left out; the
 * policy's `immediate` fields are written at once; the others become one request per
 * approver (manager, HR), on the record's version as it is now.
 */
export interface SubmitContext {
  now: Date;
  log: Logger;
  requestId: string;
  /** When the IdP last checked who is signing in (ms): a bank account change needs it recent. */
  identityCheckedAt: number | undefined;
  messenger: Messenger;
}

export async function submitOwnChanges(actor: Actor, input: SubmitChanges, context: SubmitContext): Promise<Submitted> {
  const today = context.now.toISOString().slice(0, 10);
  if (input.effectiveDate && input.effectiveDate < today) {
    throw validationFailed([{ path: 'body.effectiveDate', code: 'in_the_past', message: 'must be today or later' }]);
  }
  const employee = await employeeOf(actor.employeeId);
  const [policy, record] = await Promise.all([fieldPolicy(), recordOf(employee)]);
  const stored = toStored(employee._id, input.changes);
  const fields = personalFields.filter((field) => field in input.changes && !sameValue(employee._id, field, record.values[field], stored[field]!));
  const routed = (route: 'manager' | 'hr') => fields.filter((field) => policy[field] === route);

  // Against payroll diversion: a session left open, or taken over, cannot move someone's salary.
  if (fields.includes('bankAccount')) requireRecentSignIn(context.identityCheckedAt, context.now, 'A bank account change');

  if ([...routed('manager'), ...routed('hr')].includes('legalName')) {
    if (!input.documentId) throw validationFailed([{ path: 'body.documentId', code: 'required', message: 'a legal name change needs a supporting document' }]);
    await checkDocument(employee._id, input.documentId);
  }

  const immediate = fields.filter((field) => policy[field] === 'immediate');
  if (immediate.length) {
    await applyChanges(
      employee,
      Object.fromEntries(immediate.map((field) => [field, stored[field]])),
      {
        by: employee._id,
        at: context.now,
        log: context.log,
        httpRequestId: context.requestId,
      },
      record,
    );
  }

  // A newer change of the same fields replaces what still waits: nobody decides a change the person no longer wants.
  const asked = new Set([...routed('manager'), ...routed('hr')]);
  for (const { request, decision } of await latestRequests(employee._id)) {
    if (!decision && request.fields.every((change) => asked.has(change.field as PersonalField))) {
      await withdraw(actor, request._id, context, 'superseded');
    }
  }

  const groups = (['manager', 'hr'] as const).map((route) => ({ route, fields: routed(route) })).filter((group) => group.fields.length > 0);
  const sharedAccountWith = stored.bankAccount && !immediate.includes('bankAccount') ? await otherHolders(stored.bankAccount.fingerprint, employee._id) : [];
  const requests = groups.length
    ? await createChangeRequests(employee, record, groups, stored, {
        effectiveDate: input.effectiveDate ?? null,
        documentId: input.documentId ?? null,
        sharedAccountWith,
        now: context.now,
      })
    : [];
  for (const request of requests) {
    await mailRequestReceived(context.messenger, request, employee);
    await tellOfBankChange(context.messenger, request, 'requested', context.now);
  }
  const withDocument = requests.find((request) => request.documentId);
  if (withDocument) await attachDocument(withDocument.documentId!, withDocument._id);

  return {
    applied: immediate as PersonalField[],
    requests: await presentMyRequests(await Promise.all(requests.map(factsOf)), context.now),
    data: await myData(employee._id, context.now),
  };
}
