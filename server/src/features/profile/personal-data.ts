import type { PersonalField } from '@portico/shared/profile/profile.schemas';

import type { PersonalDataOptions } from '../feature';
import { EmployeeModel } from '../directory';
import { recordHistory } from './history';
import { directoryName, recordOf } from './my-data';
import type { StoredValues } from './personal-record.models';
import { emptyValues, openSensitive, presentRecord } from './personal-records';
import { delegationView } from './requests/delegation-commands';
import { latestRequests, presentMyRequests } from './requests/change-requests';

/**
 * The profile's part of a person's export: the record now (sealed values in full for its
 * owner, masked for HR), every version with what it changed, every change request with
 * the values it asked for (masked), and their delegation. Reads by `_id`.
 */
export async function profileDataOf(employeeId: string, options: PersonalDataOptions, now: Date): Promise<unknown> {
  const employee = await EmployeeModel.findById(employeeId, { firstName: 1, lastName: 1, managerId: 1 }).lean();
  if (!employee) return null;
  const person = { ...employee, _id: employeeId };
  const record = await recordOf(person);
  const shown = presentRecord(record);
  const full = (field: 'bankAccount' | 'nationalId') => (options.sensitive === 'full' ? openSensitive(employeeId, field, record.values[field]) : shown[field]);

  const history = [];
  let next: number | null | undefined;
  do {
    const page = await recordHistory(person, next ?? undefined);
    history.push(...page.entries);
    next = page.next;
  } while (next);

  const requests = await latestRequests(employeeId, 10_000);
  const empty = emptyValues(directoryName(person));
  const asked = (field: string, value: unknown) =>
    presentRecord({ employeeId, version: 0, values: { ...empty, [field]: value } as StoredValues, at: null })[field as PersonalField];
  const presented = await presentMyRequests(requests, now);

  return {
    record: { ...shown, bankAccount: full('bankAccount'), nationalId: full('nationalId') },
    history,
    changeRequests: presented.map((request, index) => ({
      ...request,
      asked: Object.fromEntries(requests[index]!.request.fields.map((change) => [change.field, asked(change.field, change.after)])),
    })),
    delegation: await delegationView(employeeId),
  };
}
