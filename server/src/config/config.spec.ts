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

  it('listens on every interface in production unless HOST says otherwise', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).host).toBe('0.0.0.0');
    expect(loadConfig({ NODE_ENV: 'production', HOST: '10.1.2.3' }).host).toBe('10.1.2.3');
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
});
