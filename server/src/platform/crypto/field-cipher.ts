import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';

/*
 * Personal values encrypted at rest (ADR 0016): AES-256-GCM from node:crypto, a fresh
 * 96-bit nonce per value, and the value's place (collection, owner, field) as associated
 * data, so a sealed value copied onto another person or field does not open.
 */

/** A data key: its id, stored beside every value it seals, and 32 bytes of key. */
export interface DataKey {
  id: string;
  key: Buffer;
}

/** What is stored for one encrypted value. `last4` is the only part kept in clear (for the masked display). */
export interface Sealed {
  keyId: string;
  iv: string;
  tag: string;
  data: string;
  last4: string;
}

export const KEY_ID = /^[A-Za-z0-9._-]{1,40}$/;

export class UnknownDataKeyError extends Error {
  constructor(readonly keyId: string) {
    super(`No data encryption key "${keyId}" is configured: keep the old key in DATA_ENCRYPTION_KEY until every value is re-encrypted`);
    this.name = 'UnknownDataKeyError';
  }
}

/** The last four characters a person may see of a secret value (letters and digits only). */
export function lastFour(value: string): string {
  return value.replace(/[^0-9A-Za-z]/g, '').slice(-4);
}

/**
 * Seals with the current key and opens with any configured key. Keys: the first is current;
 * the others are kept only to read values sealed before a rotation.
 */
export class FieldCipher {
  private readonly byId: Map<string, Buffer>;

  constructor(readonly keys: readonly DataKey[]) {
    if (!keys.length) throw new Error('FieldCipher needs at least one key');
    for (const { id, key } of keys) {
      if (!KEY_ID.test(id)) throw new Error(`Data key id "${id}" must be 1 to 40 letters, digits, dots, dashes or underscores`);
      if (key.length !== 32) throw new Error(`Data key "${id}" must be 32 bytes (AES-256)`);
    }
    this.byId = new Map(keys.map(({ id, key }) => [id, key]));
    if (this.byId.size !== keys.length) throw new Error('Data key ids must be different');
  }

  get currentKeyId(): string {
    return this.keys[0]!.id;
  }

  /** Encrypts `value` for its place (`collection:owner:field`) with the current key; `last4` is what its masked form shows. */
  seal(value: string, place: string, last4 = lastFour(value)): Sealed {
    const { id, key } = this.keys[0]!;
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', key, iv);
    cipher.setAAD(Buffer.from(place, 'utf8'));
    const data = Buffer.concat([cipher.update(value, 'utf8'), cipher.final()]);
    return { keyId: id, iv: iv.toString('base64'), tag: cipher.getAuthTag().toString('base64'), data: data.toString('base64'), last4 };
  }

  /** Decrypts a value sealed for `place`; throws when it was changed, moved, or its key is gone. */
  open(sealed: Sealed, place: string): string {
    const key = this.byId.get(sealed.keyId);
    if (!key) throw new UnknownDataKeyError(sealed.keyId);
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(sealed.iv, 'base64'));
    decipher.setAAD(Buffer.from(place, 'utf8'));
    decipher.setAuthTag(Buffer.from(sealed.tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(sealed.data, 'base64')), decipher.final()]).toString('utf8');
  }

  /** Whether a value is sealed with an older key (the rotation command re-seals it). */
  isStale(sealed: Sealed): boolean {
    return sealed.keyId !== this.currentKeyId;
  }

  /**
   * A keyed fingerprint of a value (HMAC-SHA256 under a key derived from the current data
   * key), to find two people with the same bank account without decrypting anyone's.
   */
  fingerprint(value: string): string {
    const key = Buffer.from(hkdfSync('sha256', this.keys[0]!.key, Buffer.alloc(0), 'portico fingerprint', 32));
    return createHmac('sha256', key).update(value, 'utf8').digest('base64url');
  }
}

/** `id:base64key[,id:base64key…]`, as DATA_ENCRYPTION_KEY holds it; the first is current. */
export function parseDataKeys(value: string): DataKey[] {
  return value
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => {
      const at = entry.indexOf(':');
      return { id: entry.slice(0, at), key: Buffer.from(entry.slice(at + 1), 'base64') };
    });
}

/** A new key in the DATA_ENCRYPTION_KEY form, named by the day it was made. */
export function newDataKey(now = new Date()): string {
  return `k${now.toISOString().slice(0, 10).replaceAll('-', '')}-${randomBytes(3).toString('hex')}:${randomBytes(32).toString('base64')}`;
}
