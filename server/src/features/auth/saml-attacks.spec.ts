import { DOMParser, XMLSerializer } from '@xmldom/xmldom';
import { randomUUID } from 'node:crypto';
import { deflateRawSync } from 'node:zlib';

import { SamlBrowser, decodeSaml, encodeSaml, identityOf } from '../../test/saml-browser';
import { startTestServer, type TestServer } from '../../test/test-app';
import { seedDemoPeople } from '../../test/demo-company';
import { DevIdentityProvider, type ResponseEdit } from './dev-idp/dev-identity-provider';
import { generateKeyPair, type KeyPair } from './credentials';
import { AuditEventModel } from '../audit';
import { personas } from '../directory';

/**
 * Every way a SAML response can be forged, replayed or misdirected that the issue lists:
 * each one is refused with a 4xx (the generic error page), creates no session, and
 * writes a failure event with its reason.
 */
describe('SAML responses Portico must refuse', () => {
  let server: TestServer;
  let employeeIdentity: Awaited<ReturnType<typeof identityOf>>;
  let adminIdentity: Awaited<ReturnType<typeof identityOf>>;

  beforeAll(async () => {
    await seedDemoPeople();
    server = await startTestServer();
    employeeIdentity = await identityOf(personas.employee.id);
    adminIdentity = await identityOf(personas.hrAdmin.id, ['portico-hr-admins']);
  });

  afterAll(() => server.close());

  /** A genuine signed response for Emma, for the browser's own pending request. */
  async function genuineResponse(browser: SamlBrowser, edit?: ResponseEdit): Promise<string> {
    const { requestId } = await browser.startLogin();
    return (await browser.idp.loginResponse(requestId, employeeIdentity, undefined, edit)).samlResponse;
  }

  /** Posts the response and checks the refusal: 4xx page, no session, a failure event with `reason`. */
  async function expectRefused(browser: SamlBrowser, samlResponse: string, reason: string | RegExp): Promise<void> {
    const before = new Date();
    const response = await browser.postResponse(samlResponse);
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    expect(response.text).toContain('We could not sign you in');
    expect(response.headers['set-cookie']?.toString() ?? '').not.toContain('portico.sid=');
    expect((await browser.me()).status).toBe(401);
    const event = await AuditEventModel.findOne({ type: 'auth.sign_in', outcome: 'failure', requestId: String(response.headers['x-request-id']) }).lean();
    expect(event).withContext('failure event').not.toBeNull();
    expect(event!.at.getTime()).toBeGreaterThanOrEqual(before.getTime() - 1000);
    if (typeof reason === 'string') expect(event!.reason).toBe(reason);
    else expect(event!.reason).toMatch(reason);
  }

  const editXml = (base64: string, change: (document: Document) => void) => {
    const document = new DOMParser().parseFromString(decodeSaml(base64), 'text/xml') as unknown as Document;
    change(document);
    return encodeSaml(new XMLSerializer().serializeToString(document as never));
  };
  const elements = (document: Document, localName: string) => Array.from(document.getElementsByTagNameNS('*', localName));
  const removeSignatures = (document: Document, scope: 'all' | 'assertion') => {
    for (const signature of elements(document, 'Signature')) {
      if (scope === 'all' || (signature.parentNode as Element).localName === 'Assertion') signature.parentNode!.removeChild(signature);
    }
  };

  it('an unsigned response', async () => {
    const browser = new SamlBrowser(server);
    await expectRefused(
      browser,
      editXml(await genuineResponse(browser), (document) => removeSignatures(document, 'all')),
      'signature_invalid',
    );
  });

  it('a response whose signatures were stripped from the assertion only', async () => {
    const browser = new SamlBrowser(server);
    await expectRefused(
      browser,
      editXml(await genuineResponse(browser), (document) => removeSignatures(document, 'assertion')),
      'signature_invalid',
    );
  });

  /** Another IdP at the same address: with its own key, algorithm, or idea of what Portico wants. */
  async function otherIdentityProvider(options: { keyPair?: KeyPair; signatureAlgorithm?: string; spMetadata?: string } = {}) {
    const idp = await DevIdentityProvider.create({
      publicUrl: server.url,
      dataDir: server.config.dataDir,
      attributes: server.config.auth.attributes,
      ...options,
    });
    idp.trust(options.spMetadata ?? server.authentication.auth.spMetadata);
    return idp;
  }

  it('a signed response carrying an unsigned assertion', async () => {
    // An IdP that signs only the message: the assertion inside is unsigned.
    const messageOnly = await otherIdentityProvider({
      spMetadata: server.authentication.auth.spMetadata.replace('WantAssertionsSigned="true"', 'WantAssertionsSigned="false"'),
    });
    const browser = new SamlBrowser(server);
    const { requestId } = await browser.startLogin();
    const reply = await messageOnly.loginResponse(requestId, employeeIdentity);
    const xml = decodeSaml(reply.samlResponse);
    expect(elements(new DOMParser().parseFromString(xml, 'text/xml') as unknown as Document, 'Signature').length).toBe(1);
    await expectRefused(browser, reply.samlResponse, 'signature_invalid');
  });

  it('an attribute tampered with after signing', async () => {
    const browser = new SamlBrowser(server);
    const tampered = decodeSaml(await genuineResponse(browser)).replace(`>${personas.employee.id}<`, `>${personas.hrAdmin.id}<`);
    await expectRefused(browser, encodeSaml(tampered), 'signature_invalid');
  });

  const misdirected: [string, ResponseEdit, string][] = [
    ['an assertion for another audience', { values: (values) => (values['Audience'] = 'https://other-app.example/saml') }, 'audience_mismatch'],
    ['a wrong recipient', { values: (values) => (values['Recipient'] = 'https://other-app.example/acs') }, 'recipient_mismatch'],
    ['a missing recipient', { xml: (xml) => xml.replace(/ Recipient="[^"]*"/, '') }, 'recipient_mismatch'],
    ['a wrong destination', { values: (values) => (values['Destination'] = 'https://other-app.example/acs') }, 'destination_mismatch'],
    ['a wrong issuer', { values: (values) => (values['Issuer'] = 'https://other-idp.example') }, 'issuer_mismatch'],
  ];
  for (const [name, edit, reason] of misdirected) {
    it(name, async () => {
      const browser = new SamlBrowser(server);
      await expectRefused(browser, await genuineResponse(browser, edit), reason);
    });
  }

  it('an expired assertion', async () => {
    const browser = new SamlBrowser(server);
    const past = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();
    const response = await genuineResponse(browser, {
      values: (values) => Object.assign(values, { IssueInstant: past(10), NotBefore: past(10), NotOnOrAfter: past(5) }),
    });
    // node-saml checks the bearer confirmation's window first, then the Conditions'.
    await expectRefused(browser, response, 'subject_confirmation_out_of_window');

    const onlyConditions = new SamlBrowser(server);
    const conditionsExpired = await genuineResponse(onlyConditions, {
      xml: (xml) => xml.replace(/(<saml:Conditions NotBefore="[^"]*" NotOnOrAfter=")[^"]*"/, `$1${past(2)}"`),
    });
    await expectRefused(onlyConditions, conditionsExpired, 'assertion_expired');
  });

  it('an assertion not yet valid (beyond the 60 s skew)', async () => {
    const browser = new SamlBrowser(server);
    const response = await genuineResponse(browser, { values: (values) => (values['NotBefore'] = new Date(Date.now() + 5 * 60_000).toISOString()) });
    await expectRefused(browser, response, 'assertion_not_yet_valid');
  });

  it('a replay of an accepted response', async () => {
    const browser = new SamlBrowser(server);
    const response = await genuineResponse(browser);
    expect((await browser.postResponse(response)).status).toBe(303);
    const attacker = new SamlBrowser(server);
    for (const name of ['portico.saml']) attacker.setCookie(name, browser.cookie(name) ?? 'x');
    await expectRefused(attacker, response, /assertion_replayed|in_response_to_invalid/);
  });

  it('ten parallel posts of one response: exactly one session', async () => {
    const browser = new SamlBrowser(server);
    const response = await genuineResponse(browser);
    const binding = browser.cookie('portico.saml')!;
    const browsers = Array.from({ length: 10 }, () => {
      const copy = new SamlBrowser(server);
      copy.setCookie('portico.saml', binding);
      return copy;
    });
    const results = await Promise.all(browsers.map((copy) => copy.postResponse(response)));
    expect(results.filter((result) => result.status === 303).length).toBe(1);
    expect(results.filter((result) => result.status === 401).length).toBe(9);
    const signedIn = await Promise.all(browsers.map(async (copy) => (await copy.me()).status === 200));
    expect(signedIn.filter(Boolean).length).toBe(1);
  });

  it('an unknown InResponseTo', async () => {
    const browser = new SamlBrowser(server);
    await browser.startLogin();
    const reply = await browser.idp.loginResponse(`_${randomUUID()}`, employeeIdentity);
    await expectRefused(browser, reply.samlResponse, 'in_response_to_invalid');
  });

  it('a missing InResponseTo (an unsolicited response: off by default)', async () => {
    const browser = new SamlBrowser(server);
    await expectRefused(browser, await genuineResponse(browser, { xml: (xml) => xml.replace(/ InResponseTo="[^"]*"/g, '') }), 'in_response_to_missing');
  });

  it("a response posted into a browser other than the one that asked (someone else's browser)", async () => {
    const victim = new SamlBrowser(server);
    const response = await genuineResponse(new SamlBrowser(server));
    await victim.startLogin();
    await expectRefused(victim, response, 'in_response_to_invalid');
  });

  describe('signature wrapping', () => {
    /** A copy of the signed assertion for the HR admin, unsigned, with a fresh ID. */
    const forgedAssertion = (document: Document) => {
      const signed = elements(document, 'Assertion')[0]!;
      const forged = signed.cloneNode(true) as Element;
      forged.setAttribute('ID', `_${randomUUID()}`);
      for (const signature of elements(forged as unknown as Document, 'Signature')) signature.parentNode!.removeChild(signature);
      for (const node of elements(forged as unknown as Document, 'AttributeValue')) {
        if (node.textContent === personas.employee.id) node.textContent = personas.hrAdmin.id;
        if (node.textContent === employeeIdentity.email) node.textContent = adminIdentity.email;
      }
      for (const node of elements(forged as unknown as Document, 'NameID')) node.textContent = adminIdentity.email;
      return { signed, forged };
    };

    for (const [placement, place] of [
      ['beside (after) the signed one', (signed: Element, forged: Element) => signed.parentNode!.insertBefore(forged, signed.nextSibling)],
      ['before the signed one', (signed: Element, forged: Element) => signed.parentNode!.insertBefore(forged, signed)],
      [
        'around the signed one',
        (signed: Element, forged: Element) => {
          signed.parentNode!.replaceChild(forged, signed);
          const subject = elements(forged as unknown as Document, 'Subject')[0]!;
          forged.insertBefore(signed, subject);
        },
      ],
    ] as const) {
      it(`a second, unsigned assertion placed ${placement}`, async () => {
        const browser = new SamlBrowser(server);
        const wrapped = editXml(await genuineResponse(browser), (document) => {
          const { signed, forged } = forgedAssertion(document);
          place(signed, forged);
        });
        await expectRefused(browser, wrapped, /signature_invalid|multiple_assertions/);
      });
    }
  });

  it('a comment inserted inside the NameID', async () => {
    const browser = new SamlBrowser(server);
    const response = decodeSaml(await genuineResponse(browser)).replace(
      `>${employeeIdentity.email}</saml:NameID>`,
      `>${employeeIdentity.email}<!---->.evil.example</saml:NameID>`,
    );
    await expectRefused(browser, encodeSaml(response), 'comment_forbidden');
  });

  it('a response signed by a key Portico does not trust', async () => {
    const impostor = await otherIdentityProvider({ keyPair: await generateKeyPair('Impostor IdP') });
    const browser = new SamlBrowser(server);
    const { requestId } = await browser.startLogin();
    await expectRefused(browser, (await impostor.loginResponse(requestId, employeeIdentity)).samlResponse, 'signature_invalid');
  });

  it('a SHA-1 signature', async () => {
    const weak = await otherIdentityProvider({ signatureAlgorithm: 'http://www.w3.org/2000/09/xmldsig#rsa-sha1' });
    const browser = new SamlBrowser(server);
    const { requestId } = await browser.startLogin();
    const reply = await weak.loginResponse(requestId, employeeIdentity);
    expect(decodeSaml(reply.samlResponse)).toContain('xmldsig#rsa-sha1');
    await expectRefused(browser, reply.samlResponse, 'sha1_forbidden');
  });

  it('a DOCTYPE with an external entity', async () => {
    const browser = new SamlBrowser(server);
    const xml = decodeSaml(await genuineResponse(browser));
    const withEntity = `<?xml version="1.0"?><!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>${xml.replace(`>${employeeIdentity.displayName}<`, '>&xxe;<')}`;
    await expectRefused(browser, encodeSaml(withEntity), 'dtd_forbidden');
  });

  it('a message far larger than any real response', async () => {
    const browser = new SamlBrowser(server);
    const xml = decodeSaml(await genuineResponse(browser)).replace(
      '</saml:AttributeStatement>',
      `<saml:Attribute Name="padding"><saml:AttributeValue>${'x'.repeat(300_000)}</saml:AttributeValue></saml:Attribute></saml:AttributeStatement>`,
    );
    const response = await browser.postResponse(encodeSaml(xml));
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    expect((await browser.me()).status).toBe(401);
  });

  it('an unsigned LogoutRequest on the redirect binding: refused, the session survives', async () => {
    const browser = new SamlBrowser(server);
    await browser.signIn();
    const signed = new URL(browser.idp.logoutRequestUrl(employeeIdentity.email));
    const unsigned = new URLSearchParams(signed.search);
    unsigned.delete('Signature');
    unsigned.delete('SigAlg');
    const response = await browser.get(`/auth/saml/slo?${unsigned}`);
    expect(response.status).toBe(401);
    expect((await browser.me()).status).toBe(200);
    expect(await AuditEventModel.findOne({ type: 'auth.logout_message', reason: 'signature_missing' }).lean()).not.toBeNull();

    // The same request, forged with a made-up signature, fails too.
    unsigned.set('SigAlg', 'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256');
    unsigned.set('Signature', Buffer.from('forged').toString('base64'));
    expect((await browser.get(`/auth/saml/slo?${unsigned}`)).status).toBe(401);
    expect((await browser.me()).status).toBe(200);
  });

  it('an oversized deflated message on the redirect binding (a zip bomb) is refused', async () => {
    const bomb = deflateRawSync(Buffer.from(`<samlp:LogoutRequest>${' '.repeat(5_000_000)}</samlp:LogoutRequest>`)).toString('base64');
    const query = new URLSearchParams({ SAMLRequest: bomb, SigAlg: 'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256', Signature: 'AAAA' });
    const response = await new SamlBrowser(server).get(`/auth/saml/slo?${query}`);
    expect(response.status).toBe(401);
    expect(await AuditEventModel.findOne({ type: 'auth.logout_message', reason: 'message_too_large' }).lean()).not.toBeNull();
  });
});
