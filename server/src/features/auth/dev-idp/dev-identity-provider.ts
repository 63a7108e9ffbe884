import { randomUUID } from 'node:crypto';
import path from 'node:path';
import * as samlify from 'samlify';

import type { SamlAttributeNames } from '../../../config/config';
import { persistedKeyPair, type KeyPair } from '../credentials';
import type { IdentityProviderSettings } from '../saml/identity-provider';

const RSA_SHA256 = 'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256';
const REDIRECT = 'urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect';
const EMAIL_FORMAT = 'urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress';

/** A person as the development IdP vouches for them. */
export interface DevIdentity {
  email: string;
  employeeNumber?: string;
  displayName: string;
  groups: string[];
}

export interface ResponseEdit {
  values?: (values: Record<string, string>) => void;
  xml?: (xml: string) => string;
}

export interface DevLoginResponse {
  /** Base64 SAMLResponse for the HTTP-POST binding. */
  samlResponse: string;
  relayState?: string;
  acsUrl: string;
}

const escapeXml = (text: string) =>
  text.replace(/[<>&"']/g, (character) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[character]!);

/**
 * The Response a real IdP sends (as Okta or Keycloak shape it): signed assertion with a
 * bearer SubjectConfirmation, audience, AuthnStatement with a SessionIndex for single
 * logout, and the attributes Portico maps. samlify signs it (RSA-SHA256).
 */
const responseTemplate = `<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ID="{ID}" Version="2.0" IssueInstant="{IssueInstant}" Destination="{Destination}" InResponseTo="{InResponseTo}"><saml:Issuer>{Issuer}</saml:Issuer><samlp:Status><samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/></samlp:Status><saml:Assertion xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ID="{AssertionID}" Version="2.0" IssueInstant="{IssueInstant}"><saml:Issuer>{Issuer}</saml:Issuer><saml:Subject><saml:NameID Format="${EMAIL_FORMAT}">{NameID}</saml:NameID><saml:SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer"><saml:SubjectConfirmationData NotOnOrAfter="{NotOnOrAfter}" Recipient="{Recipient}" InResponseTo="{InResponseTo}"/></saml:SubjectConfirmation></saml:Subject><saml:Conditions NotBefore="{NotBefore}" NotOnOrAfter="{NotOnOrAfter}"><saml:AudienceRestriction><saml:Audience>{Audience}</saml:Audience></saml:AudienceRestriction></saml:Conditions><saml:AuthnStatement AuthnInstant="{IssueInstant}" SessionIndex="{SessionIndex}"><saml:AuthnContext><saml:AuthnContextClassRef>urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport</saml:AuthnContextClassRef></saml:AuthnContext></saml:AuthnStatement><saml:AttributeStatement>{Attributes}</saml:AttributeStatement></saml:Assertion></samlp:Response>`;

function attributeXml(name: string, values: string[]): string {
  if (!values.length) return '';
  const items = values.map((value) => `<saml:AttributeValue xsi:type="xs:string">${escapeXml(value)}</saml:AttributeValue>`).join('');
  return `<saml:Attribute Name="${escapeXml(name)}" NameFormat="urn:oasis:names:tc:SAML:2.0:attrname-format:basic">${items}</saml:Attribute>`;
}

export interface DevIdentityProviderOptions {
  publicUrl: string;
  dataDir: string;
  attributes: SamlAttributeNames;
  /** Override the persisted key pair (tests use this to play an IdP Portico does not trust). */
  keyPair?: KeyPair;
  /** Override the signature algorithm (tests use this to send SHA-1). */
  signatureAlgorithm?: string;
}

/**
 * A real SAML 2.0 identity provider inside the development server (samlify), with a key
 * pair generated once under DATA_DIR/secrets. It never runs in production: configuration
 * refuses to start without a real IdP there.
 */
export class DevIdentityProvider {
  readonly settings: IdentityProviderSettings;
  private readonly idp: samlify.IdentityProviderInstance;
  private sp?: samlify.ServiceProviderInstance;

  private constructor(
    private readonly options: DevIdentityProviderOptions,
    keyPair: KeyPair,
  ) {
    const base = `${options.publicUrl}/dev-idp`;
    this.settings = { entityId: `${base}/metadata`, ssoUrl: `${base}/sso`, sloUrl: `${base}/slo`, certs: [keyPair.cert] };
    this.idp = samlify.IdentityProvider({
      entityID: this.settings.entityId,
      privateKey: keyPair.privateKey,
      signingCert: keyPair.cert,
      requestSignatureAlgorithm: options.signatureAlgorithm ?? RSA_SHA256,
      nameIDFormat: [EMAIL_FORMAT],
      singleSignOnService: [{ Binding: REDIRECT, Location: this.settings.ssoUrl }],
      singleLogoutService: [{ Binding: REDIRECT, Location: this.settings.sloUrl! }],
      wantAuthnRequestsSigned: true,
      wantLogoutRequestSigned: true,
      loginResponseTemplate: { context: responseTemplate, attributes: [] },
    });
  }

  static async create(options: DevIdentityProviderOptions): Promise<DevIdentityProvider> {
    // samlify validates messages against the SAML schemas with libxml2 compiled to
    // WebAssembly: loaded here, so production (which never runs this IdP) does not pay for
    // it. Each validation runs in a worker thread that ends with it, so nothing piles up
    // (the asm.js build used before added a process listener and kept its heap each time).
    samlify.setSchemaValidator(await import('@authenio/samlify-xmllint-wasm'));
    const keyPair = options.keyPair ?? (await persistedKeyPair(path.join(options.dataDir, 'secrets'), 'dev-idp', 'Portico development IdP'));
    return new DevIdentityProvider(options, keyPair);
  }

  /** Trusts Portico's service provider, as an administrator does by importing its metadata. */
  trust(spMetadata: string): void {
    this.sp = samlify.ServiceProvider({ metadata: spMetadata, wantMessageSigned: true, wantLogoutRequestSigned: true, wantLogoutResponseSigned: true });
  }

  metadata(): string {
    return this.idp.getMetadata();
  }

  private serviceProvider(): samlify.ServiceProviderInstance {
    if (!this.sp) throw new Error('The development IdP has not been given the service provider metadata');
    return this.sp;
  }

  /** Parses and verifies an AuthnRequest on the HTTP-Redirect binding. */
  async parseLoginRequest(query: Record<string, unknown>, octetString: string) {
    const result = await this.idp.parseLoginRequest(this.serviceProvider(), 'redirect', { query, octetString });
    return result;
  }

  /**
   * A signed Response to `requestId` for `identity`, to be posted to the ACS. Tests pass
   * `edit` to change values or the XML before it is signed (a wrong audience, an expired
   * assertion …), to see that Portico refuses each.
   */
  async loginResponse(requestId: string, identity: DevIdentity, relayState?: string, edit: ResponseEdit = {}): Promise<DevLoginResponse> {
    const sp = this.serviceProvider();
    const acsUrl = sp.entityMeta.getAssertionConsumerService('post') as string;
    const now = new Date();
    const values: Record<string, string> = {
      ID: `_${randomUUID()}`,
      AssertionID: `_${randomUUID()}`,
      IssueInstant: now.toISOString(),
      NotBefore: new Date(now.getTime() - 5_000).toISOString(),
      NotOnOrAfter: new Date(now.getTime() + 5 * 60_000).toISOString(),
      Destination: acsUrl,
      Recipient: acsUrl,
      Audience: sp.entityMeta.getEntityID(),
      Issuer: this.settings.entityId,
      InResponseTo: requestId,
      NameID: identity.email,
      SessionIndex: `_${randomUUID()}`,
    };
    edit.values?.(values);
    const names = this.options.attributes;
    const attributes = [
      attributeXml(names.email[0]!, [identity.email]),
      attributeXml(names.employeeNumber[0]!, identity.employeeNumber ? [identity.employeeNumber] : []),
      attributeXml(names.displayName[0]!, [identity.displayName]),
      attributeXml(names.groups[0]!, identity.groups),
    ].join('');
    const context = await this.idp.createLoginResponse(
      sp,
      { extract: { request: { id: requestId } } },
      'post',
      { email: identity.email },
      {
        relayState,
        customTagReplacement: (template: string) => ({
          id: values['ID']!,
          context: (edit.xml ?? ((xml: string) => xml))(
            template
              .replace('{Attributes}', attributes)
              .replace(/\{(\w+)\}/g, (placeholder, key: string) => (key in values ? escapeXml(values[key]!) : placeholder)),
          ),
        }),
      },
    );
    return { samlResponse: (context as { context: string }).context, relayState, acsUrl };
  }

  /** Parses a LogoutRequest from Portico and builds the LogoutResponse URL to send back. */
  async logoutResponseUrl(query: Record<string, unknown>, octetString: string): Promise<string> {
    const sp = this.serviceProvider();
    const request = await this.idp.parseLogoutRequest(sp, 'redirect', { query, octetString });
    const relayState = typeof query['RelayState'] === 'string' ? query['RelayState'] : undefined;
    const context = this.idp.createLogoutResponse(sp, { extract: request.extract }, 'redirect', relayState ?? '');
    return (context as { context: string }).context;
  }

  /** An IdP-initiated LogoutRequest URL (HTTP-Redirect, signed) for one person's sessions. */
  logoutRequestUrl(email: string, sessionIndex?: string): string {
    const context = this.idp.createLogoutRequest(this.serviceProvider(), 'redirect', { logoutNameID: email, sessionIndex });
    return (context as { context: string }).context;
  }
}
