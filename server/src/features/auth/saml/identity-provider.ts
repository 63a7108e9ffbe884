import { readFile } from 'node:fs/promises';
import * as samlify from 'samlify';

import type { AuthConfig } from '../../../config/config';
import { pemFrom } from '../credentials';

/** What the service provider needs to know about the identity provider. */
export interface IdentityProviderSettings {
  entityId: string;
  /** Where AuthnRequests go (HTTP-Redirect binding). */
  ssoUrl: string;
  /** Where LogoutRequests go, when the IdP supports single logout. */
  sloUrl?: string;
  /** Certificates whose keys may sign responses (PEM). Several during a key rollover. */
  certs: string[];
}

/** samlify names bindings by their short names. */
const REDIRECT = 'redirect';
const MAX_METADATA_BYTES = 1024 * 1024;

async function readMetadata(source: string): Promise<string> {
  if (!/^https?:\/\//i.test(source)) return readFile(source, 'utf8');
  const response = await fetch(source, { signal: AbortSignal.timeout(15_000), redirect: 'follow' });
  if (!response.ok) throw new Error(`IdP metadata at ${source} answered ${response.status}`);
  const text = await response.text();
  if (text.length > MAX_METADATA_BYTES) throw new Error(`IdP metadata at ${source} is larger than 1 MB`);
  return text;
}

const asPem = (base64: string) =>
  `-----BEGIN CERTIFICATE-----\n${base64
    .replace(/\s+/g, '')
    .match(/.{1,64}/g)!
    .join('\n')}\n-----END CERTIFICATE-----\n`;

const firstLocation = (service: string | object | undefined): string | undefined => {
  if (typeof service === 'string') return service;
  if (Array.isArray(service)) return firstLocation(service[0] as string | object);
  return undefined;
};

/** Parses an IdP's SAML metadata (EntityDescriptor with an IDPSSODescriptor). */
export function settingsFromMetadata(xml: string): IdentityProviderSettings {
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) throw new Error('IdP metadata must not contain a DTD');
  const idp = samlify.IdentityProvider({ metadata: xml });
  const entityId = idp.entityMeta.getEntityID();
  const ssoUrl = firstLocation(idp.entityMeta.getSingleSignOnService(REDIRECT));
  const sloUrl = firstLocation(idp.entityMeta.getSingleLogoutService(REDIRECT));
  const signing = idp.entityMeta.getX509Certificate('signing');
  const certs = (Array.isArray(signing) ? signing : [signing]).filter(Boolean).map(asPem);
  if (!entityId) throw new Error('IdP metadata has no entityID');
  if (!ssoUrl) throw new Error('IdP metadata has no SingleSignOnService with the HTTP-Redirect binding');
  if (!certs.length) throw new Error('IdP metadata has no signing certificate');
  return { entityId, ssoUrl, sloUrl, certs };
}

/** The configured IdP: from its metadata (file or URL, read at start) or from variables. */
export async function resolveIdentityProvider(idp: NonNullable<AuthConfig['idp']>): Promise<IdentityProviderSettings> {
  if ('metadata' in idp) return settingsFromMetadata(await readMetadata(idp.metadata));
  const cert = await pemFrom(idp.cert);
  if (!cert.includes('-----BEGIN CERTIFICATE-----')) throw new Error('SAML_IDP_CERT is not a PEM certificate (nor the path of one)');
  return { entityId: idp.issuer, ssoUrl: idp.entryPoint, sloUrl: idp.logoutUrl, certs: [cert] };
}
