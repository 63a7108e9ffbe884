import { isIban, isPostalCode } from '@portico/shared/profile/personal-data';
import { BankAccountSchema, NationalIdSchema, PersonalValueSchemas } from '@portico/shared/profile/profile.schemas';

import { seedDemoPeople } from '../../../test/demo-company';
import { generateDemoCompany, personas } from '../../directory';
import { directoryName } from '../my-data';
import { openSensitive, readRecord } from '../personal-records';
import { latestRequests } from '../requests/change-requests';
import { seedDemoProfiles } from './seed-demo-profiles';

describe('the demo personal records', () => {
  beforeAll(async () => {
    await seedDemoPeople();
    await seedDemoProfiles();
  });

  it('gives every demo person a believable, valid record, the same on every run', async () => {
    const company = generateDemoCompany();
    const countries = new Map(company.locations.map((location) => [location._id, location.countryCode]));
    for (const employee of company.employees) {
      const { values, version } = await readRecord(employee._id, directoryName(employee));
      expect(version).withContext(employee._id).toBeGreaterThanOrEqual(1);
      const country = countries.get(employee.locationId)!;
      expect(values.homeAddress?.country).toBe(country);
      expect(isPostalCode(values.homeAddress!.postalCode, country)).withContext(`${employee._id} ${values.homeAddress!.postalCode}`).toBeTrue();
      expect(PersonalValueSchemas.phones.safeParse(values.phones).success).withContext(JSON.stringify(values.phones)).toBeTrue();
      expect(PersonalValueSchemas.emergencyContacts.safeParse(values.emergencyContacts).success).toBeTrue();
      expect(PersonalValueSchemas.dateOfBirth.safeParse(values.dateOfBirth).success).withContext(String(values.dateOfBirth)).toBeTrue();
      const account = openSensitive(employee._id, 'bankAccount', values.bankAccount)!;
      expect(BankAccountSchema.safeParse(account).success).withContext(JSON.stringify(account)).toBeTrue();
      if (account.scheme === 'iban') expect(isIban(account.iban)).toBeTrue();
      expect(NationalIdSchema.safeParse(openSensitive(employee._id, 'nationalId', values.nationalId)).success).toBeTrue();
    }
    expect(await seedDemoProfiles())
      .withContext('nothing twice')
      .toEqual({ records: 0, requests: 0 });
  });

  it('leaves the personas something to do: Emma a move waiting on Marcus and an edit in her history', async () => {
    const emma = await readRecord(personas.employee.id, { first: 'Emma', last: 'López' });
    expect(emma.version).toBe(2);
    expect(emma.values.preferredName).toBe('Em');
    const [move] = await latestRequests(personas.employee.id);
    expect(move?.request.route).toBe('manager');
    expect(move?.request.approverId).toBe(personas.manager.id);
    expect(move?.decision).toBeNull();
  });
});
