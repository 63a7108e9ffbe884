import path from 'node:path';

import { repositoryRoot } from '../platform/paths';
import { ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  it('gives development defaults for an empty environment', () => {
    const config = loadConfig({});
    expect(config.environment).toBe('development');
    expect(config.port).toBe(3000);
    expect(config.host).toBe('127.0.0.1');
    expect(config.mongodbUri).toBeUndefined();
    expect(config.dataDir).toBe(path.join(repositoryRoot, 'data'));
    expect(config.seedDemoData).toBe('never');
  });

  const production = {
    NODE_ENV: 'production',
    PUBLIC_URL: 'https://portico.lumenworks.example',
    SESSION_SECRET: 'x'.repeat(48),
    DATA_ENCRYPTION_KEY: `k1:${Buffer.alloc(32, 7).toString('base64')}`,
    SAML_IDP_METADATA: 'https://idp.lumenworks.example/metadata',
    SAML_SP_PRIVATE_KEY: '/etc/portico/sp-key.pem',
    SAML_SP_CERT: '/etc/portico/sp-cert.pem',
  };

  it('listens on every interface in production unless HOST says otherwise', () => {
    expect(loadConfig(production).host).toBe('0.0.0.0');
    expect(loadConfig({ ...production, HOST: '10.1.2.3' }).host).toBe('10.1.2.3');
  });

  it('never seeds the demo company in production unless SEED_DEMO_DATA_IN_PRODUCTION asks for it on purpose', () => {
    expect(loadConfig(production).seedDemoData).toBe('never');
    expect(() => loadConfig({ ...production, SEED_DEMO_DATA: 'if-empty' })).toThrowMatching(
      (error: unknown) =>
        error instanceof ConfigError &&
        error.problems.some((problem) => problem.startsWith('SEED_DEMO_DATA:') && problem.includes('SEED_DEMO_DATA_IN_PRODUCTION=true')),
    );
    const asked = loadConfig({ ...production, SEED_DEMO_DATA: 'if-empty', SEED_DEMO_DATA_IN_PRODUCTION: 'true' });
    expect(asked.seedDemoData).toBe('if-empty');
    expect(asked.seedDemoDataInProduction).toBeTrue();
    expect(loadConfig({ NODE_ENV: 'test', SEED_DEMO_DATA: 'if-empty' }).seedDemoData).toBe('if-empty');
  });

  it('refuses production without an identity provider and its secrets, naming each missing variable', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrowMatching(
      (error: unknown) =>
        error instanceof ConfigError &&
        ['SAML_IDP_METADATA', 'PUBLIC_URL', 'SESSION_SECRET', 'DATA_ENCRYPTION_KEY', 'SAML_SP_PRIVATE_KEY', 'SAML_SP_CERT'].every((variable) =>
          error.problems.some((problem) => problem.startsWith(`${variable}:`)),
        ),
    );
  });

  it('reads the data encryption keys, and names a malformed one without echoing it', () => {
    const key = Buffer.alloc(32, 1).toString('base64');
    expect(loadConfig({ DATA_ENCRYPTION_KEY: `new:${key}, old:${key}` }).dataEncryptionKey).toBe(`new:${key}, old:${key}`);
    for (const bad of ['just-a-key', `k1:${Buffer.alloc(16).toString('base64')}`, `k 1:${key}`]) {
      expect(() => loadConfig({ DATA_ENCRYPTION_KEY: bad }))
        .withContext(bad)
        .toThrowMatching(
          (error: unknown) =>
            error instanceof ConfigError &&
            error.problems.length === 1 &&
            error.problems[0]!.startsWith('DATA_ENCRYPTION_KEY:') &&
            !error.problems[0]!.includes(bad),
        );
    }
  });

  it('takes the IdP from variables when all three are given, and names the ones missing otherwise', () => {
    const idp = { SAML_IDP_ENTRY_POINT: 'https://idp.example/sso', SAML_IDP_ISSUER: 'https://idp.example', SAML_IDP_CERT: '/etc/idp.pem' };
    expect(loadConfig(idp).auth.idp).toEqual({
      entryPoint: idp.SAML_IDP_ENTRY_POINT,
      issuer: idp.SAML_IDP_ISSUER,
      cert: idp.SAML_IDP_CERT,
      logoutUrl: undefined,
    });
    expect(() => loadConfig({ SAML_IDP_ENTRY_POINT: idp.SAML_IDP_ENTRY_POINT })).toThrowMatching(
      (error: unknown) => error instanceof ConfigError && error.problems.map((problem) => problem.split(':')[0]).join() === 'SAML_IDP_CERT,SAML_IDP_ISSUER',
    );
  });

  it('builds the SAML addresses from PUBLIC_URL and reads attribute and group names as lists', () => {
    const config = loadConfig({ PUBLIC_URL: 'https://hr.example.com/', SAML_HR_ADMIN_GROUPS: 'HR Admins, People Leads' });
    expect(config.auth.publicUrl).toBe('https://hr.example.com');
    expect(config.auth.spEntityId).toBe('https://hr.example.com/auth/saml/metadata');
    expect(config.auth.hrAdminGroups).toEqual(['HR Admins', 'People Leads']);
    expect(config.auth.attributes.email[0]).toBe('email');
    expect(config.auth.idleTimeoutMs).toBe(30 * 60_000);
    expect(config.auth.absoluteTimeoutMs).toBe(12 * 3_600_000);
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ PORT: '', MONGODB_URI: '' }).port).toBe(3000);
  });

  for (const bad of ['abc', '-1', '70000', '3000x']) {
    it(`rejects PORT=${bad} with a message naming PORT`, () => {
      expect(() => loadConfig({ PORT: bad })).toThrowMatching(
        (error: unknown) => error instanceof ConfigError && /^ {2}- PORT: must be a port number/m.test(error.message),
      );
    });
  }

  it('reports every bad variable at once and never echoes their values', () => {
    try {
      loadConfig({ PORT: 'abc', MONGODB_URI: 'postgres://secret-password@db', LOG_LEVEL: 'loud' });
      fail('expected a ConfigError');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const { problems, message } = error as ConfigError;
      expect(problems.map((problem) => problem.split(':')[0])).toEqual(['PORT', 'MONGODB_URI', 'LOG_LEVEL']);
      expect(message).not.toContain('secret-password');
    }
  });

  it('accepts a MongoDB connection string and resolves DATA_DIR against the repository', () => {
    const config = loadConfig({ MONGODB_URI: 'mongodb://db.internal:27017/portico?replicaSet=rs0', DATA_DIR: 'var/portico' });
    expect(config.mongodbUri).toBe('mongodb://db.internal:27017/portico?replicaSet=rs0');
    expect(config.dataDir).toBe(path.join(repositoryRoot, 'var/portico'));
  });

  describe('mail', () => {
    it('uses the outbox (no SMTP) by default, from Portico <no-reply@localhost>', () => {
      expect(loadConfig({}).mail).toEqual({ from: 'Portico <no-reply@localhost>', smtp: undefined });
    });

    it('allows production without SMTP (the outbox; the server warns at start)', () => {
      expect(loadConfig(production).mail.smtp).toBeUndefined();
    });

    it('reads SMTP_URL, with its credentials and implicit TLS for smtps', () => {
      expect(loadConfig({ SMTP_URL: 'smtp://portico:p%40ss@mail.example.com:2525' }).mail.smtp).toEqual({
        host: 'mail.example.com',
        port: 2525,
        secure: false,
        user: 'portico',
        password: 'p@ss',
      });
      expect(loadConfig({ SMTP_URL: 'smtps://mail.example.com' }).mail.smtp).toEqual({
        host: 'mail.example.com',
        port: 465,
        secure: true,
        user: undefined,
        password: undefined,
      });
      expect(loadConfig({ SMTP_URL: 'smtp://mail.example.com' }).mail.smtp).toEqual(jasmine.objectContaining({ port: 587, secure: false }));
    });

    it('reads SMTP_HOST and its companions; port 465 means implicit TLS unless SMTP_SECURE says otherwise', () => {
      const config = loadConfig({
        SMTP_HOST: 'mail.example.com',
        SMTP_USER: 'portico',
        SMTP_PASSWORD: 'secret',
        MAIL_FROM: 'HR Lumen Works <hr@lumenworks.example>',
      });
      expect(config.mail).toEqual({
        from: 'HR Lumen Works <hr@lumenworks.example>',
        smtp: { host: 'mail.example.com', port: 587, secure: false, user: 'portico', password: 'secret' },
      });
      expect(loadConfig({ SMTP_HOST: 'mail.example.com', SMTP_PORT: '465' }).mail.smtp).toEqual(jasmine.objectContaining({ port: 465, secure: true }));
      expect(loadConfig({ SMTP_HOST: 'mail.example.com', SMTP_SECURE: 'true' }).mail.smtp).toEqual(jasmine.objectContaining({ port: 465, secure: true }));
      expect(loadConfig({ SMTP_HOST: 'mail.example.com', SMTP_PORT: '25', SMTP_SECURE: 'false' }).mail.smtp).toEqual(
        jasmine.objectContaining({ port: 25, secure: false }),
      );
    });

    const problemsOf = (environment: Record<string, string>) => {
      try {
        loadConfig(environment);
        return [];
      } catch (error) {
        if (!(error instanceof ConfigError)) throw error;
        return error.problems.map((problem) => problem.split(':')[0]);
      }
    };

    it('names each bad mail variable without echoing secrets', () => {
      expect(problemsOf({ SMTP_URL: 'http://mail.example.com' })).toEqual(['SMTP_URL']);
      expect(problemsOf({ SMTP_URL: 'smtp://mail.example.com', SMTP_HOST: 'other.example.com' })).toEqual(['SMTP_HOST']);
      expect(problemsOf({ SMTP_PORT: '587', SMTP_PASSWORD: 'secret' })).toEqual(['SMTP_PORT', 'SMTP_PASSWORD']);
      expect(problemsOf({ SMTP_HOST: 'mail.example.com', SMTP_USER: 'portico' })).toEqual(['SMTP_PASSWORD']);
      expect(problemsOf({ SMTP_HOST: 'mail.example.com', SMTP_PORT: '99999', SMTP_SECURE: 'yes' })).toEqual(['SMTP_PORT', 'SMTP_SECURE']);
      expect(problemsOf({ MAIL_FROM: 'Portico' })).toEqual(['MAIL_FROM']);
      expect(problemsOf({ MAIL_FROM: 'no-reply@lumenworks.example' })).toEqual([]);
      try {
        loadConfig({ SMTP_URL: 'ftp://user:hunter2-secret@mail.example.com' });
      } catch (error) {
        expect((error as Error).message).not.toContain('hunter2-secret');
      }
    });
  });

  it("reads the rate limits as requests per period, and clamd's address", () => {
    const config = loadConfig({ RATE_LIMIT_SIGN_IN: '120/1m', RATE_LIMIT_SEARCH: '5/2h', CLAMAV_URL: 'tcp://clamav.internal:3310' });
    expect(config.rateLimits).toEqual({
      signIn: { limit: 120, windowMs: 60_000 },
      search: { limit: 5, windowMs: 7_200_000 },
      suggest: { limit: 40, windowMs: 10_000 },
    });
    expect(loadConfig({}).rateLimits.signIn).toEqual({ limit: 50, windowMs: 10_000 });
    expect(config.clamavUrl).toBe('tcp://clamav.internal:3310');
    expect(loadConfig({ CLAMAV_URL: '/run/clamav/clamd.ctl' }).clamavUrl).toBe('/run/clamav/clamd.ctl');
    expect(loadConfig({}).clamavUrl).toBeUndefined();
    for (const [variable, value] of [
      ['RATE_LIMIT_SEARCH', '30 per minute'],
      ['RATE_LIMIT_SUGGEST', '0/10s'],
      ['CLAMAV_URL', 'http://clamav:3310'],
    ]) {
      expect(() => loadConfig({ [variable!]: value }))
        .withContext(value!)
        .toThrowMatching((error: unknown) => error instanceof ConfigError && error.problems[0]!.startsWith(`${variable}:`));
    }
  });
});
