import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { repositoryRoot } from '../../../platform/paths';
import { generateKeyPair } from '../credentials';
import { DevIdentityProvider } from '../dev-idp/dev-identity-provider';
import { testConfig } from '../../../test/test-app';
import { resolveIdentityProvider, settingsFromMetadata } from './identity-provider';

const fixture = (name: string) => path.join(repositoryRoot, 'server/src/features/auth/saml/fixtures', name);

describe('identity provider settings', () => {
  it('reads SimpleSAMLphp metadata (as Debian ships it): entity id, SSO and SLO on the redirect binding, signing certificate', async () => {
    const settings = settingsFromMetadata(await readFile(fixture('simplesamlphp-idp-metadata.xml'), 'utf8'));
    expect(settings.entityId).toBe('http://localhost:8080/saml2/idp/metadata.php');
    expect(settings.ssoUrl).toBe('http://localhost:8080/saml2/idp/SSOService.php');
    expect(settings.sloUrl).toBe('http://localhost:8080/saml2/idp/SingleLogoutService.php');
    expect(settings.certs.length).toBe(1);
    expect(settings.certs[0]).toMatch(/^-----BEGIN CERTIFICATE-----\n[A-Za-z0-9+/=\n]+\n-----END CERTIFICATE-----\n$/);
  });

  it('reads the metadata the development IdP publishes', async () => {
    const config = testConfig();
    const idp = await DevIdentityProvider.create({
      publicUrl: 'https://portico.example',
      dataDir: config.dataDir,
      attributes: config.auth.attributes,
      keyPair: await generateKeyPair('x'),
    });
    const settings = settingsFromMetadata(idp.metadata());
    expect(settings).toEqual(jasmine.objectContaining({ entityId: idp.settings.entityId, ssoUrl: idp.settings.ssoUrl, sloUrl: idp.settings.sloUrl }));
  });

  it('refuses metadata with a DTD, and metadata without what sign-in needs', () => {
    expect(() => settingsFromMetadata('<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><EntityDescriptor/>')).toThrowError(/DTD/);
    expect(() => settingsFromMetadata('<EntityDescriptor xmlns="urn:oasis:names:tc:SAML:2.0:metadata" entityID="x"/>')).toThrow();
  });

  it('takes the IdP from variables: entry point, issuer and a certificate file', async () => {
    const { cert } = await generateKeyPair('Variables IdP');
    const directory = await mkdtemp(path.join(tmpdir(), 'portico-idp-'));
    await writeFile(path.join(directory, 'idp.pem'), cert);
    const settings = await resolveIdentityProvider({
      entryPoint: 'https://idp.example/sso',
      issuer: 'https://idp.example',
      cert: path.join(directory, 'idp.pem'),
    });
    expect(settings).toEqual({ entityId: 'https://idp.example', ssoUrl: 'https://idp.example/sso', sloUrl: undefined, certs: [cert] });
    await expectAsync(
      resolveIdentityProvider({ entryPoint: 'https://idp.example/sso', issuer: 'x', cert: fixture('simplesamlphp-idp-metadata.xml') }),
    ).toBeRejectedWithError(/SAML_IDP_CERT/);
    await rm(directory, { recursive: true, force: true });
  });
});
