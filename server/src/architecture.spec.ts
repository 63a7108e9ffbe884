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
