import { run } from './run.mjs';

/**
 * A program the tests need from the distribution: found, or installed with apt-get when we
 * are root on Linux (nothing is downloaded from anywhere else), or an error saying how.
 * @param {{ what: string, packageName: string, find: () => string | undefined, hint: string }} program
 * @returns {Promise<string>} its path
 */
export async function ensureFromApt({ what, packageName, find, hint }) {
  const found = find();
  if (found) return found;
  if (process.platform !== 'linux' || process.getuid?.() !== 0) {
    throw new Error(`${what} was not found. Install it (Debian/Ubuntu: \`sudo apt-get install -y ${packageName}\`) or ${hint}.`);
  }
  console.log(`Installing ${packageName} from the distribution (apt-get install ${packageName})…`);
  const env = { DEBIAN_FRONTEND: 'noninteractive' };
  await run('apt-get', ['update', '-qq'], { env });
  const { code } = await run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', packageName], { env });
  const installed = find();
  if (code !== 0 || !installed) throw new Error(`apt-get could not install ${packageName}; see the output above.`);
  return installed;
}
