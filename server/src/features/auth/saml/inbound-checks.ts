import { inflateRawSync } from 'node:zlib';

import { AuthFailure } from '../auth-failure';

/** Far above any real assertion (a few kB), far below what could hurt the parser. */
export const MAX_MESSAGE_BYTES = 256 * 1024;

const weakAlgorithms = /Algorithm\s*=\s*["'][^"']*#(?:rsa-sha1|dsa-sha1|hmac-sha1|sha1)["']/i;

/**
 * Checks on the raw XML of an inbound SAML message, before any XML parser or signature
 * library sees it: a size limit, no DTD (so no entity expansion or external entities),
 * no comments (they can split a signed NameID into two texts), no SHA-1.
 */
export function checkMessageXml(xml: string): void {
  if (Buffer.byteLength(xml) > MAX_MESSAGE_BYTES) throw new AuthFailure('message_too_large');
  if (!xml.trimStart().startsWith('<')) throw new AuthFailure('message_malformed');
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) throw new AuthFailure('dtd_forbidden');
  if (xml.includes('<!--')) throw new AuthFailure('comment_forbidden');
  if (weakAlgorithms.test(xml)) throw new AuthFailure('sha1_forbidden');
}

function strictBase64(value: unknown): Buffer {
  if (typeof value !== 'string' || value.length === 0) throw new AuthFailure('message_malformed');
  const compact = value.replace(/\s+/g, '');
  if (compact.length > (MAX_MESSAGE_BYTES * 4) / 3 + 4) throw new AuthFailure('message_too_large');
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(compact)) throw new AuthFailure('message_malformed');
  return Buffer.from(compact, 'base64');
}

/** HTTP-POST binding: base64 XML in a form field. */
export function checkPostMessage(value: unknown): void {
  checkMessageXml(strictBase64(value).toString('utf8'));
}

/**
 * HTTP-Redirect binding: deflated base64 XML in the query, signed in the query. Unsigned
 * messages are refused (node-saml would accept an unsigned LogoutRequest), and so is SHA-1.
 */
export function checkRedirectMessage(query: Record<string, unknown>): void {
  const message = query['SAMLRequest'] ?? query['SAMLResponse'];
  if (typeof query['Signature'] !== 'string' || typeof query['SigAlg'] !== 'string') throw new AuthFailure('signature_missing');
  if (/sha1$/i.test(query['SigAlg'])) throw new AuthFailure('sha1_forbidden');
  let xml: Buffer;
  try {
    xml = inflateRawSync(strictBase64(message), { maxOutputLength: MAX_MESSAGE_BYTES });
  } catch (error) {
    if (error instanceof AuthFailure) throw error;
    throw new AuthFailure(/maxOutputLength|buffer/i.test(String(error)) ? 'message_too_large' : 'message_malformed');
  }
  checkMessageXml(xml.toString('utf8'));
}
