import { seedDemoPeople } from '../../test/demo-company';
import { fieldCipher, useFieldCipher } from '../../platform/crypto/data-keys';
import { FieldCipher, newDataKey, parseDataKeys } from '../../platform/crypto/field-cipher';
import { personas } from '../directory';
import { otherHolders } from './bank-accounts';
import { resealProfiles } from './key-rotation';
import { PersonalRevisionModel } from './personal-record.models';
import { openSensitive, readRecord } from './personal-records';
import { ChangeRequestModel } from './requests/change-request.models';
import { seedDemoProfiles } from './seed/seed-demo-profiles';

describe('data key rotation', () => {
  let original: FieldCipher;
  const keyIds = async () => {
    const revisions = await PersonalRevisionModel.find({}).lean();
    return new Set(revisions.flatMap((revision) => [revision.values.bankAccount?.sealed.keyId, revision.values.nationalId?.sealed.keyId].filter(Boolean)));
  };

  beforeAll(async () => {
    original = fieldCipher();
    await seedDemoPeople();
    await seedDemoProfiles();
  });

  it('re-encrypts every value with the new key, keeps each readable, and finds shared accounts again', async () => {
    const emma = personas.employee.id;
    const before = await readRecord(emma, { first: 'Emma', last: 'López' });
    const account = openSensitive(emma, 'bankAccount', before.values.bankAccount);
    expect(await keyIds()).toEqual(new Set([original.currentKeyId]));

    const [newer] = parseDataKeys(newDataKey());
    const oldKey = original.keys[0]!;
    useFieldCipher(new FieldCipher([newer!, oldKey]));
    try {
      const first = await resealProfiles();
      expect(first.revisions).toBeGreaterThan(200);
      expect(first.requests).toBeGreaterThan(0);
      expect(await resealProfiles())
        .withContext('nothing left to do')
        .toEqual({ revisions: 0, requests: 0 });

      // Only the new key from here on: everything still opens.
      useFieldCipher(new FieldCipher([newer!]));
      expect(await keyIds()).toEqual(new Set([newer!.id]));
      const after = await readRecord(emma, { first: 'Emma', last: 'López' });
      expect(openSensitive(emma, 'bankAccount', after.values.bankAccount)).toEqual(account);
      expect(await otherHolders(after.values.bankAccount!.fingerprint, 'nobody')).toEqual([emma]);
      for (const request of await ChangeRequestModel.find({}).lean()) {
        for (const change of request.fields.filter((field) => field.field === 'bankAccount')) {
          expect(openSensitive(request.employeeId, 'bankAccount', change.after as never)).not.toBeNull();
        }
      }

      // And back to the run's key, the same way.
      useFieldCipher(new FieldCipher([oldKey, newer!]));
      await resealProfiles();
      expect(await keyIds()).toEqual(new Set([original.currentKeyId]));
    } finally {
      useFieldCipher(original);
    }
  });
});
