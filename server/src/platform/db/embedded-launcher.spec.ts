import { existsSync } from 'node:fs';

import { ensureLauncher, findGo, GoMissingError, launcherPath } from './embedded-launcher';

describe('embedded database launcher', () => {
  it('says how to install Go or use MongoDB instead when Go cannot be found', () => {
    expect(() => findGo({ PATH: '/nonexistent' }, [])).toThrowMatching(
      (error: unknown) => error instanceof GoMissingError && error.message.includes('https://go.dev/doc/install') && error.message.includes('MONGODB_URI'),
    );
  });

  it('prefers $GO, then PATH', () => {
    expect(findGo({ GO: process.execPath, PATH: '' }, [])).toBe(process.execPath);
  });

  it('is built once per version of its source, into the cache', async () => {
    const binary = await ensureLauncher();
    expect(binary).toBe(await launcherPath());
    expect(binary).toMatch(/\.cache\/embedded-db\/[0-9a-f]{16}\/portico-db$/);
    expect(existsSync(binary)).toBeTrue();
  });
});
