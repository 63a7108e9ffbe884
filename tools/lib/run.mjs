import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * Go is often installed outside PATH (/usr/local/go/bin); make it visible to children.
 * @param {Record<string, string>} [extra]
 */
export function environment(extra = {}) {
  const paths = (process.env['PATH'] ?? '').split(path.delimiter);
  for (const dir of ['/usr/local/go/bin', path.join(root, 'node_modules', '.bin')]) {
    if (existsSync(dir) && !paths.includes(dir)) paths.push(dir);
  }
  return { ...process.env, PATH: paths.join(path.delimiter), ...extra };
}

/**
 * Runs a command from the repository root. Output goes to the terminal as it comes and,
 * with `capture`, is also returned so a summary can be read from it.
 * @param {string} command
 * @param {string[]} args
 * @param {{ env?: Record<string, string>, capture?: boolean }} [options]
 * @returns {Promise<{ code: number, output: string }>}
 */
export function run(command, args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: root,
      env: environment(options.env),
      stdio: options.capture ? ['inherit', 'pipe', 'pipe'] : 'inherit',
    });
    let output = '';
    if (options.capture) {
      for (const [stream, target] of /** @type {const} */ ([
        [child.stdout, process.stdout],
        [child.stderr, process.stderr],
      ])) {
        stream?.on('data', (chunk) => {
          output += chunk;
          target.write(chunk);
        });
      }
    }
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 128 : 1), output }));
  });
}

/**
 * Newest modification time of any file under the given paths (0 when none exist).
 * @param {string[]} paths relative to the repository root
 */
export function newestChange(paths) {
  let newest = 0;
  /** @param {string} target */
  const visit = (target) => {
    if (!existsSync(target)) return;
    const stats = statSync(target);
    if (stats.isDirectory()) {
      for (const entry of readdirSync(target)) visit(path.join(target, entry));
    } else {
      newest = Math.max(newest, stats.mtimeMs);
    }
  };
  for (const target of paths) visit(path.join(root, target));
  return newest;
}

/** @param {string} file relative to the repository root */
export function modifiedTime(file) {
  const target = path.join(root, file);
  return existsSync(target) ? statSync(target).mtimeMs : 0;
}

/**
 * A TCP port nothing listens on right now, on loopback.
 * @returns {Promise<number>}
 */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}
