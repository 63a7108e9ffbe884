import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';

import { environment, root } from '../lib/run.mjs';
import { generateKeyPair } from '../../server/src/features/auth';

export interface BenchServer {
  child: ChildProcess;
  port: number;
  /** JSON log lines the server printed, for figures it logs (index build time). */
  logs: Record<string, unknown>[];
  stop(): Promise<void>;
}

/**
 * Production settings: a configured IdP (the SimpleSAMLphp metadata the specs use), real
 * secrets and key pair, so the figures are those of a production start.
 */
const secrets = mkdtempSync(path.join(tmpdir(), 'portico-bench-secrets-'));
const spKeyPair = await generateKeyPair('Portico bench');
export const productionEnvironment = {
  NODE_ENV: 'production',
  PUBLIC_URL: 'https://portico.bench.example',
  SESSION_SECRET: randomBytes(48).toString('base64'),
  DATA_ENCRYPTION_KEY: `bench:${randomBytes(32).toString('base64')}`,
  SAML_IDP_METADATA: path.join(root, 'server/src/features/auth/saml/fixtures/simplesamlphp-idp-metadata.xml'),
  SAML_SP_PRIVATE_KEY: path.join(secrets, 'sp-key.pem'),
  SAML_SP_CERT: path.join(secrets, 'sp-cert.pem'),
};
writeFileSync(productionEnvironment.SAML_SP_PRIVATE_KEY, spKeyPair.privateKey);
writeFileSync(productionEnvironment.SAML_SP_CERT, spKeyPair.cert);

export function removeSecrets(): void {
  rmSync(secrets, { recursive: true, force: true });
}

/** Starts dist/server/main.js and resolves once /readyz passes, with the time it took; `extra` adds to its environment. */
export async function startServer(
  dataDir: string,
  port: number,
  seed: boolean,
  extra: Record<string, string> = {},
): Promise<{ server: BenchServer; readyMs: number }> {
  const started = performance.now();
  const child = spawn(process.execPath, ['dist/server/main.js'], {
    cwd: root,
    env: environment({
      ...productionEnvironment,
      PORT: String(port),
      DATA_DIR: dataDir,
      LOG_LEVEL: 'info',
      HOST: '127.0.0.1',
      SEED_DEMO_DATA: seed ? 'if-empty' : 'never',
      SEED_DEMO_DATA_IN_PRODUCTION: String(seed),
      ...extra,
    }),
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const logs: Record<string, unknown>[] = [];
  createInterface({ input: child.stdout! }).on('line', (line) => {
    try {
      logs.push(JSON.parse(line) as Record<string, unknown>);
    } catch {
      // Not a log line.
    }
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`);
    const ready = await fetch(`http://127.0.0.1:${port}/readyz`).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) break;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  const readyMs = performance.now() - started;
  const stop = async () => {
    child.kill('SIGTERM');
    await exited;
  };
  return { server: { child, port, logs, stop }, readyMs };
}

/** Resident memory of a process, from /proc (Linux). */
export function residentMemory(pid: number): string {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kilobytes = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    return `${(kilobytes / 1024).toFixed(0)} MB`;
  } catch {
    return 'n/a';
  }
}
