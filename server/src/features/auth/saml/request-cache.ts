import type { CacheItem, CacheProvider } from '@node-saml/node-saml';
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

import { SamlRequestModel } from './saml.models';

/** The cookie that ties a SAML request to the browser that started it. */
export const BINDING_COOKIE = 'portico.saml';

export function newBindingValue(): string {
  return randomBytes(32).toString('base64url');
}

export function bindingHash(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

const sameHash = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/**
 * node-saml's cache of outstanding request ids (`InResponseTo`), kept in MongoDB so every
 * API instance agrees, and bound to one browser: a response naming our request is only
 * accepted from the browser holding the cookie set when the request was made, so a
 * response cannot be posted into someone else's browser.
 */
export class BrowserBoundRequestCache implements CacheProvider {
  constructor(
    /** SHA-256 of this browser's binding cookie, or undefined when it has none. */
    private readonly browserBinding: string | undefined,
    private readonly ttlMs: number,
  ) {}

  async saveAsync(key: string, value: string): Promise<CacheItem | null> {
    if (!this.browserBinding) throw new Error('A SAML request needs a browser binding');
    const createdAt = Date.now();
    await SamlRequestModel.create({ _id: key, browserBinding: this.browserBinding, issuedAt: value, expiresAt: new Date(createdAt + this.ttlMs) });
    return { value, createdAt };
  }

  async getAsync(key: string): Promise<string | null> {
    const request = await SamlRequestModel.findById(key).lean();
    if (!request || !this.browserBinding || request.expiresAt.getTime() <= Date.now()) return null;
    return sameHash(request.browserBinding, this.browserBinding) ? request.issuedAt : null;
  }

  /** Only the browser that made the request can use it up (or, failing, discard it). */
  async removeAsync(key: string | null): Promise<string | null> {
    if (!key || !this.browserBinding) return null;
    const request = await SamlRequestModel.findOneAndDelete({ _id: key, browserBinding: this.browserBinding }).lean();
    return request?.issuedAt ?? null;
  }
}
