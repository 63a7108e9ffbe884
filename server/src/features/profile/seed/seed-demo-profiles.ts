import { personalFields, type PersonalChanges, type PersonalField } from '@portico/shared/profile/profile.schemas';

import { insertMissing } from '../../../platform/db/inserts';
import { generateDemoCompany, personas } from '../../directory';
import { moveHolder } from '../bank-accounts';
import { directoryName } from '../my-data';
import { toStored } from '../own-changes';
import { PersonalRecordModel, PersonalRevisionModel, type StoredRevision } from '../personal-record.models';
import { readRecord } from '../personal-records';
import { ChangeRequestModel } from '../requests/change-request.models';
import { createChangeRequests } from '../requests/change-requests';
import { demoRecord } from './demo-records';

const day = 24 * 3_600_000;

/**
 * Every demo person's record (version 1, as HR's systems first filled it), Emma's own later
 * edit, and requests waiting on first start: Marcus has reports' address changes to approve,
 * HR has a bank account and a date of birth change, Emma has her move waiting on Marcus.
 * Inserts what is missing; a record someone edited is left as it is.
 */
export async function seedDemoProfiles(now = new Date()): Promise<{ records: number; requests: number }> {
  const company = generateDemoCompany();
  const countries = new Map(company.locations.map((location) => [location._id, location.countryCode]));
  const people = new Map(company.employees.map((employee) => [employee._id, employee]));
  const firsts: StoredRevision[] = company.employees.map((employee) => {
    const values = demoRecord({ ...employee, country: countries.get(employee.locationId) ?? 'GB' });
    return {
      _id: `${employee._id}:1`,
      employeeId: employee._id,
      version: 1,
      values: toStored(employee._id, values) as StoredRevision['values'],
      changed: [...personalFields],
      by: null,
      requestId: null,
      at: employee.hireDate,
    };
  });
  const records = await insertMissing(PersonalRevisionModel, firsts);
  await insertMissing(
    PersonalRecordModel,
    firsts.map((revision) => ({ _id: revision.employeeId, version: 1 })),
  );
  for (const revision of firsts) {
    if (records && revision.values.bankAccount) await moveHolder(revision.employeeId, null, revision.values.bankAccount.fingerprint);
  }

  // Emma said how she likes to be called, a month ago.
  const emma = people.get(personas.employee.id)!;
  const emmaFirst = firsts.find((revision) => revision.employeeId === emma._id)!;
  await insertMissing(PersonalRevisionModel, [
    {
      _id: `${emma._id}:2`,
      employeeId: emma._id,
      version: 2,
      values: { ...emmaFirst.values, preferredName: 'Em', pronouns: 'she/her' },
      changed: ['preferredName', 'pronouns'],
      by: emma._id,
      requestId: null,
      at: new Date(now.getTime() - 30 * day),
    },
  ]);

  const reports = company.employees.filter((employee) => employee.managerId === personas.manager.id && employee._id !== emma._id);
  const londoner = company.employees.find((employee) => employee.locationId === 'london' && employee.departmentId === 'sales')!;
  const wanted: { id: string; changes: PersonalChanges; daysAgo: number }[] = [
    {
      id: emma._id,
      changes: { homeAddress: { country: 'ES', line1: 'Calle de Alcalá, 120, 3º B', line2: '', city: 'Madrid', region: 'Madrid', postalCode: '28009' } },
      daysAgo: 1,
    },
    ...reports.slice(0, 2).map((report, index) => ({
      id: report._id,
      changes: {
        homeAddress: { ...demoRecord({ ...report, country: countries.get(report.locationId)! }, 1).homeAddress },
      },
      daysAgo: [4, 2][index]!,
    })),
    {
      id: londoner._id,
      changes: { bankAccount: { scheme: 'iban' as const, holder: londoner.displayName, iban: 'GB33BUKB20201555555555' } },
      daysAgo: 3,
    },
    { id: reports[2]?._id ?? londoner._id, changes: { dateOfBirth: '1991-07-14' }, daysAgo: 6 },
  ];
  let requests = 0;
  for (const { id, changes, daysAgo } of wanted) {
    if (await ChangeRequestModel.exists({ _id: `${id}:1` })) continue;
    const employee = people.get(id)!;
    const record = await readRecord(id, directoryName(employee));
    const fields = Object.keys(changes) as PersonalField[];
    const route = fields.includes('homeAddress') ? 'manager' : 'hr';
    const created = await createChangeRequests(employee, record, [{ route, fields }], toStored(id, changes), {
      effectiveDate: null,
      documentId: null,
      sharedAccountWith: [],
      now: new Date(now.getTime() - daysAgo * day),
    });
    requests += created.length;
  }
  return { records, requests };
}
