import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { resolveFieldCipher } from './data-keys';
import { FieldCipher, lastFour, newDataKey, parseDataKeys, UnknownDataKeyError, type Sealed } from './field-cipher';

describe('FieldCipher', () => {
  const iban = 'ES91 2100 0418 4502 0005 1332';
  const place = 'personal_records:E10101:bankAccount';
  const [older] = parseDataKeys(newDataKey(new Date('2025-01-01T00:00:00Z')));
  const [newer] = parseDataKeys(newDataKey());

  it('seals a value so that the stored form holds nothing readable but its last four', () => {
    const cipher = new FieldCipher([older!]);
    const sealed = cipher.seal(iban, place);
    const stored = JSON.stringify(sealed);
    expect(stored).not.toContain('2100');
    expect(stored).not.toContain(iban.replaceAll(' ', ''));
    expect(sealed.last4).toBe('1332');
    expect(sealed.keyId).toBe(older!.id);
    expect(cipher.open(sealed, place)).toBe(iban);
    expect(cipher.seal(iban, place).data).withContext('a fresh nonce each time').not.toBe(sealed.data);
  });

  it('refuses a value that was changed, or moved to another person or field', () => {
    const cipher = new FieldCipher([older!]);
    const sealed = cipher.seal(iban, place);
    expect(() => cipher.open(sealed, 'personal_records:E10102:bankAccount')).toThrow();
    expect(() => cipher.open(sealed, 'personal_records:E10101:nationalId')).toThrow();
    const data = Buffer.from(sealed.data, 'base64');
    data[0] = data[0]! ^ 1;
    expect(() => cipher.open({ ...sealed, data: data.toString('base64') }, place)).toThrow();
  });

  it('reads values sealed with an older key after a rotation, and names a key that is gone', () => {
    const before: Sealed = new FieldCipher([older!]).seal(iban, place);
    const rotated = new FieldCipher([newer!, older!]);
    expect(rotated.isStale(before)).toBeTrue();
    expect(rotated.open(before, place)).toBe(iban);
    const after = rotated.seal(rotated.open(before, place), place);
    expect(rotated.isStale(after)).toBeFalse();
    expect(after.keyId).toBe(newer!.id);

    const withoutOld = new FieldCipher([newer!]);
    expect(withoutOld.open(after, place)).toBe(iban);
    expect(() => withoutOld.open(before, place)).toThrowMatching((error) => error instanceof UnknownDataKeyError && error.keyId === older!.id);
  });

  it('fingerprints equal values alike without revealing them', () => {
    const cipher = new FieldCipher([older!]);
    expect(cipher.fingerprint('ES9121000418450200051332')).toBe(cipher.fingerprint('ES9121000418450200051332'));
    expect(cipher.fingerprint('ES9121000418450200051332')).not.toBe(cipher.fingerprint('ES9121000418450200051333'));
    expect(new FieldCipher([newer!]).fingerprint('ES9121000418450200051332')).not.toBe(cipher.fingerprint('ES9121000418450200051332'));
  });

  it('refuses keys of the wrong size, bad ids and the same id twice', () => {
    expect(() => new FieldCipher([])).toThrow();
    expect(() => new FieldCipher([{ id: 'short', key: Buffer.alloc(16) }])).toThrowError(/32 bytes/);
    expect(() => new FieldCipher([{ id: 'a b', key: Buffer.alloc(32) }])).toThrowError(/letters, digits/);
    expect(() => new FieldCipher([older!, older!])).toThrowError(/different/);
  });

  it('keeps letters and digits for the last four', () => {
    expect(lastFour('12-345 678')).toBe('5678');
    expect(lastFour('X1')).toBe('X1');
  });

  describe('outside production', () => {
    let dataDir: string;
    beforeEach(async () => (dataDir = await mkdtemp(path.join(tmpdir(), 'portico-keys-'))));
    afterEach(() => rm(dataDir, { recursive: true, force: true }));

    it('generates a key once under DATA_DIR/secrets, readable only by its owner, and keeps using it', async () => {
      const first = await resolveFieldCipher({ dataDir });
      const sealed = first.seal(iban, place);
      const file = path.join(dataDir, 'secrets', 'data-encryption-key');
      expect((await stat(file)).mode & 0o777).toBe(0o600);
      expect(parseDataKeys(await readFile(file, 'utf8'))[0]!.id).toBe(first.currentKeyId);
      expect((await resolveFieldCipher({ dataDir })).open(sealed, place)).toBe(iban);
    });

    it('uses DATA_ENCRYPTION_KEY when it is set', async () => {
      const key = newDataKey();
      const cipher = await resolveFieldCipher({ dataDir, dataEncryptionKey: key });
      expect(cipher.currentKeyId).toBe(key.split(':')[0]!);
    });
  });
});
