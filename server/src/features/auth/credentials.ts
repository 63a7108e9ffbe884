import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { generate } from 'selfsigned';

import type { Config } from '../../config/config';

export interface KeyPair {
  privateKey: string;
  cert: string;
}

export interface Credentials {
  sessionSecret: string;
  /** Signs AuthnRequests and LogoutRequests, decrypts encrypted assertions. */
  sp: KeyPair;
}

/** A PEM given inline, or the path of a file holding it. */
export async function pemFrom(value: string): Promise<string> {
  return value.trimStart().startsWith('-----BEGIN') ? value : readFile(value, 'utf8');
}

/** A self-signed RSA key pair for SAML, valid ten years. */
export async function generateKeyPair(commonName: string): Promise<KeyPair> {
  const notBeforeDate = new Date();
  const notAfterDate = new Date(notBeforeDate.getTime() + 10 * 365 * 24 * 3_600_000);
  const pems = await generate([{ name: 'commonName', value: commonName }], { keySize: 2048, algorithm: 'sha256', notBeforeDate, notAfterDate });
  return { privateKey: pems.private, cert: pems.cert };
}

/** Reads a key pair from `directory`, creating it on first use; private files are 0600. */
export async function persistedKeyPair(directory: string, name: string, commonName: string): Promise<KeyPair> {
  const keyFile = path.join(directory, `${name}-key.pem`);
  const certFile = path.join(directory, `${name}-cert.pem`);
  if (existsSync(keyFile) && existsSync(certFile)) {
    return { privateKey: await readFile(keyFile, 'utf8'), cert: await readFile(certFile, 'utf8') };
  }
  const pair = await generateKeyPair(commonName);
  await mkdir(directory, { recursive: true, mode: 0o700 });
  await writeFile(keyFile, pair.privateKey, { mode: 0o600 });
  await chmod(keyFile, 0o600);
  await writeFile(certFile, pair.cert);
  return pair;
}

async function persistedSecret(file: string): Promise<string> {
  if (existsSync(file)) return (await readFile(file, 'utf8')).trim();
  const secret = randomBytes(48).toString('base64');
  await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
  await writeFile(file, secret, { mode: 0o600 });
  return secret;
}

/**
 * Configured secrets, or, outside production (where configuration requires them), secrets
 * generated once and kept under DATA_DIR/secrets so sessions survive restarts.
 */
export async function resolveCredentials(config: Pick<Config, 'auth' | 'dataDir'>): Promise<Credentials> {
  const directory = path.join(config.dataDir, 'secrets');
  const { auth } = config;
  const sessionSecret = auth.sessionSecret ?? (await persistedSecret(path.join(directory, 'session-secret')));
  const sp =
    auth.spPrivateKey && auth.spCert
      ? { privateKey: await pemFrom(auth.spPrivateKey), cert: await pemFrom(auth.spCert) }
      : await persistedKeyPair(directory, 'saml-sp', 'Portico service provider');
  return { sessionSecret, sp };
}
