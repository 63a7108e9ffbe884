import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';

import type { Logger } from '../logger';
import { repositoryRoot } from '../paths';

/**
 * Builds the embedded database launcher (tools/embedded-db, FerretDB v1.24.1) with Go
 * into a git-ignored cache, once per version of its source. See ADR 0001.
 */
const sourceDirectory = path.join(repositoryRoot, 'tools', 'embedded-db');

export class GoMissingError extends Error {
  constructor() {
    super(
      'The embedded database (FerretDB v1.24.1) is built with Go 1.24 or newer the first time it is needed, ' +
        'and Go was not found (looked for $GO, `go` on PATH and /usr/local/go/bin/go). ' +
        'Install Go from https://go.dev/doc/install (or your package manager), ' +
        'or set MONGODB_URI to use a MongoDB server instead.',
    );
    this.name = 'GoMissingError';
  }
}

/** $GO, else `go` on PATH, else Go's default install location. */
export function findGo(environment: NodeJS.ProcessEnv = process.env, fallbacks = ['/usr/local/go/bin/go']): string {
  const candidates = [
    environment['GO'],
    ...(environment['PATH'] ?? '')
      .split(path.delimiter)
      .filter(Boolean)
      .map((dir) => path.join(dir, 'go')),
    ...fallbacks,
  ];
  const found = candidates.find((candidate) => candidate && existsSync(candidate));
  if (!found) throw new GoMissingError();
  return found;
}

export async function launcherPath(): Promise<string> {
  const hash = createHash('sha256');
  const sourceFiles = (await readdir(sourceDirectory)).filter((file) => /^go\.(mod|sum)$|(?<!_test)\.go$/.test(file)).sort();
  for (const file of sourceFiles) hash.update(file).update(await readFile(path.join(sourceDirectory, file)));
  return path.join(repositoryRoot, '.cache', 'embedded-db', hash.digest('hex').slice(0, 16), 'portico-db');
}

/** Returns the launcher binary, building it first when its source changed. */
export async function ensureLauncher(logger?: Logger): Promise<string> {
  const binary = await launcherPath();
  if (existsSync(binary)) return binary;

  const go = findGo();
  logger?.info('building the embedded database launcher (FerretDB v1.24.1); this happens once and takes about a minute');
  await mkdir(path.dirname(binary), { recursive: true });
  // Several processes may build at once (tests, bench): each writes its own file and the
  // rename makes the finished binary appear whole.
  const partial = `${binary}.${process.pid}.partial`;
  const output: string[] = [];
  const code = await new Promise<number | null>((resolve, reject) => {
    const build = spawn(go, ['build', '-trimpath', '-o', partial, '.'], {
      cwd: sourceDirectory,
      env: {
        ...process.env,
        CGO_ENABLED: '0',
        GOFLAGS: '-mod=readonly -buildvcs=false',
        // The checksum database has no entry for FerretDB v1.24.1 (the proxy serves the
        // module itself); go.sum pins its hash, which ADR 0001 records how we checked.
        GONOSUMDB: 'github.com/FerretDB/FerretDB',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    build.stdout.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    build.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    build.on('error', reject);
    build.on('close', resolve);
  });
  if (code !== 0) {
    await rm(partial, { force: true });
    throw new Error(`Building the embedded database launcher failed (go build exited with ${code}):\n${output.join('')}`);
  }
  await rename(partial, binary);
  logger?.info({ binary: path.relative(repositoryRoot, binary) }, 'embedded database launcher built');
  return binary;
}
