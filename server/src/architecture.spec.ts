import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

import { ESLint } from 'eslint';
import * as prettier from 'prettier';

import { repositoryRoot } from './platform/paths';

/*
 * `npm run lint` keeps the layout honest (docs/architecture.md, ADR 0012): each fixture is
 * linted as if it were a file at that place in the tree, with the repository's own config.
 */
describe('npm run lint', () => {
  const eslint = new ESLint({ cwd: repositoryRoot });

  async function rulesBroken(file: string, code: string): Promise<string[]> {
    const [result] = await eslint.lintText(code, { filePath: path.join(repositoryRoot, file) });
    return result!.messages.map((message) => message.ruleId ?? message.message);
  }

  it('fails on a deep import into another server feature, and passes through its index.ts', async () => {
    expect(
      await rulesBroken(
        'server/src/features/settings/fixture.ts',
        "import { EmployeeModel } from '../directory/employee.model';\nexport const x = EmployeeModel;\n",
      ),
    ).toEqual(['import-x/no-restricted-paths']);
    expect(
      await rulesBroken('server/src/features/settings/fixture.ts', "import { EmployeeModel } from '../directory';\nexport const x = EmployeeModel;\n"),
    ).toEqual([]);
  });

  it("fails on the shell reaching into a feature's files", async () => {
    expect(
      await rulesBroken('server/src/fixture.ts', "import { TicketModel } from './features/tickets/ticket.models';\nexport const x = TicketModel;\n"),
    ).toEqual(['import-x/no-restricted-paths']);
  });

  it('fails on a deep import into another client feature, and passes through its index.ts', async () => {
    const deep = "import { HandbookApi } from '../handbook/handbook-api';\nexport const x = HandbookApi;\n";
    expect(await rulesBroken('client/src/app/features/notifications/fixture.ts', deep)).toEqual(['import-x/no-restricted-paths']);
    const face = "import { HandbookApi } from '../handbook';\nexport const x = HandbookApi;\n";
    expect(await rulesBroken('client/src/app/features/notifications/fixture.ts', face)).toEqual([]);
  });

  it('fails on a component that calls an API service itself, and passes on a store that does', async () => {
    const code = (kind: 'Component' | 'Injectable', decorator: string) =>
      `import { ${kind}, inject } from '@angular/core';\nimport { HandbookApi } from '../handbook-api';\n${decorator}\nexport class Fixture {\n  readonly api = inject(HandbookApi);\n}\n`;
    expect(
      await rulesBroken('client/src/app/features/handbook/pages/fixture.ts', code('Component', "@Component({ selector: 'app-fixture', template: '' })")),
    ).toEqual(['no-restricted-syntax']);
    expect(await rulesBroken('client/src/app/features/handbook/pages/fixture.store.ts', code('Injectable', '@Injectable()'))).toEqual([]);
  });

  it('fails on an import cycle', async () => {
    // The employee model is imported by the directory's seed: importing the seed back closes a loop.
    const file = 'server/src/features/directory/employee.model.ts';
    const source = await readFile(path.join(repositoryRoot, file), 'utf8');
    expect(await rulesBroken(file, source)).toEqual([]);
    expect(await rulesBroken(file, `import './seed/seed-demo-directory';\n${source}`)).toEqual(['import-x/no-cycle']);
  });

  it('keeps shared/ free of frameworks and of either side', async () => {
    expect(await rulesBroken('shared/src/fixture.ts', "import express from 'express';\nexport const x = express;\n")).toEqual(['no-restricted-imports']);
    expect(await rulesBroken('shared/src/fixture.ts', "import { Component } from '@angular/core';\nexport const x = Component;\n")).toEqual([
      'no-restricted-imports',
    ]);
  });

  it('fails on unformatted code', async () => {
    const options = { ...(await prettier.resolveConfig(path.join(repositoryRoot, 'server/src/app.ts'))), filepath: 'fixture.ts' };
    expect(await prettier.check("export const greeting  =  'hello'\n", options)).toBeFalse();
    expect(await prettier.check("export const greeting = 'hello';\n", options)).toBeTrue();
  });
});

/** The paths docs/architecture.md's tree names (patterns such as `<feature>/` left out), each with its parents. */
function treePaths(markdown: string): { named: string[]; topLevel: string[] } {
  const block = markdown.split('## The tree')[1]!.split('```')[1]!;
  const named: string[] = [];
  const topLevel: string[] = [];
  const parents: string[] = [];
  for (const line of block.split('\n')) {
    const indent = line.length - line.trimStart().length;
    // Continuation lines of a description start far to the right.
    if (!line.trim() || indent >= 40) continue;
    const names = line.trim().split(/\s{2,}/)[0]!;
    const depth = indent / 2;
    parents.length = depth;
    for (const name of names.split(', ')) {
      const path = [...parents, name].join('');
      if (depth === 0) topLevel.push(name.replace(/\/$/, '').split('/')[0]!);
      if (!/[<*]/.test(path)) named.push(path.replace(/\/$/, ''));
    }
    if (names.endsWith('/')) parents[depth] = names;
  }
  return { named, topLevel };
}

describe("docs/architecture.md's tree", () => {
  const files = execFileSync('git', ['ls-files'], { cwd: repositoryRoot, encoding: 'utf8' }).split('\n').filter(Boolean);

  it('names only paths that exist, and every top-level entry of the repository', async () => {
    const { named, topLevel } = treePaths(await readFile(path.join(repositoryRoot, 'docs/architecture.md'), 'utf8'));
    expect(named.length).toBeGreaterThan(60);
    const missing = named.filter((name) => !files.some((file) => file === name || file.startsWith(`${name}/`)));
    expect(missing).withContext('named in the tree, not in git ls-files').toEqual([]);
    const unnamed = [...new Set(files.map((file) => file.split('/')[0]!))].filter((entry) => !topLevel.includes(entry));
    expect(unnamed).withContext('in git ls-files, not in the tree').toEqual([]);
  });
});
