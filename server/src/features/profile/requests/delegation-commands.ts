import type { Delegation, DelegationInput } from '@portico/shared/profile/profile.schemas';

import { validationFailed } from '../../../platform/errors';
import type { Logger } from '../../../platform/logger';
import { recordAuditEvent } from '../../audit';
import { hrPeople, isHr, lastKnownRoles, type Actor } from '../../auth';
import { EmployeeModel, namesOf } from '../../directory';
import { DelegationModel, setDelegation } from './delegations';

/** A manager's delegate as they see it. */
export async function delegationView(managerId: string): Promise<Delegation> {
  const delegation = await DelegationModel.findById(managerId).lean();
  if (!delegation) return null;
  const names = await namesOf([delegation.delegateId]);
  return { delegate: { id: delegation.delegateId, name: names.get(delegation.delegateId) ?? delegation.delegateId }, from: delegation.from, to: delegation.to };
}

/**
 * Names a delegate: someone else in the directory who manages people or works in HR (as
 * they last signed in), for a range of days; or, with null, nobody. Audited.
 */
export async function saveDelegation(actor: Actor, input: DelegationInput | null, context: { now: Date; log: Logger; requestId: string }): Promise<Delegation> {
  if (input) {
    const delegate = await EmployeeModel.findById(input.delegateId).lean();
    const decides =
      delegate &&
      delegate.status !== 'terminated' &&
      delegate._id !== actor.employeeId &&
      ((await EmployeeModel.exists({ managerId: delegate._id, status: { $ne: 'terminated' } })) || isHr({ roles: await lastKnownRoles(delegate._id) }));
    if (!decides) {
      throw validationFailed([{ path: 'body.delegateId', code: 'not_a_delegate', message: 'must be another manager or someone in HR' }]);
    }
  }
  await setDelegation(actor.employeeId, input, context.now);
  await recordAuditEvent(context.log, {
    type: 'profile.delegation_set',
    outcome: 'success',
    employeeId: actor.employeeId,
    requestId: context.requestId,
    details: input ? { delegate: input.delegateId, from: input.from, to: input.to } : { delegate: 'none' },
  });
  return delegationView(actor.employeeId);
}

/** Who a manager may name: others who manage people or work in HR (as they last signed in), by name. Not a hot read. */
export async function delegateCandidates(actor: Actor): Promise<{ id: string; name: string; jobTitle: string }[]> {
  const managers = (await EmployeeModel.distinct('managerId', { status: { $ne: 'terminated' } })).filter((id): id is string => typeof id === 'string');
  const hr = await hrPeople();
  const ids = [...new Set([...managers, ...hr])].filter((id) => id !== actor.employeeId);
  const people = await Promise.all(ids.map((id) => EmployeeModel.findById(id, { displayName: 1, jobTitle: 1, status: 1 }).lean()));
  return people
    .flatMap((person) => (person && person.status !== 'terminated' ? [{ id: person._id, name: person.displayName, jobTitle: person.jobTitle }] : []))
    .sort((a, b) => a.name.localeCompare(b.name));
}
