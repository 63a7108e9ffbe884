// @ts-check
import { readdirSync } from 'node:fs';

import eslint from '@eslint/js';
import angular from 'angular-eslint';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

/** Imports that would tie code to a side it must not depend on. */
const restricted = (...groups) => ({
  'no-restricted-imports': ['error', { patterns: groups.map(([group, message]) => ({ group, message })) }],
});
const angularPackages = [['@angular/*', '@ngrx/*', '@jsverse/*', 'rxjs', 'rxjs/*'], 'Angular and its libraries belong to client/.'];
const serverPackages = [['express', 'express-*', 'mongoose', 'mongodb', 'pino', 'pino-*', 'helmet', 'node:*'], 'Server packages belong to server/.'];

/*
 * Feature boundaries (docs/architecture.md, ADR 0012). A feature is a folder of
 * `server/src/features` or `client/src/app/features`; what others may use of it is its
 * `index.ts` (and, for specs, `testing.ts`; for the client's lazy routes, `<name>.routes.ts`).
 * Zones are made from the folders, so a new feature is covered without a line here.
 */
const featuresOf = (folder) =>
  readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);

/** Inside each feature: another feature only through its public face. */
const featureZones = (folder, publicFaces) =>
  featuresOf(folder).map((name) => ({
    target: `${folder}/${name}`,
    from: `${folder}/!(${name})/**`,
    except: publicFaces.map((face) => `**/${folder}/*/${face}`),
    message: `Import another feature through its public face (${publicFaces.join(', ')}), not its files.`,
  }));

/** Outside the features (the shell, platform, tests, tools): features only through their public face. */
const shellZone = (folder, outside, publicFaces) => ({
  target: outside,
  from: `${folder}/*/**`,
  except: publicFaces.map((face) => `**/${folder}/*/${face}`),
  message: `Import a feature through its public face (${publicFaces.join(', ')}), not its files.`,
});

const serverFeatures = 'server/src/features';
const serverFaces = ['index.ts', 'testing.ts'];
const clientFeatures = 'client/src/app/features';
const clientFaces = ['index.ts', '**/*.routes.ts', 'testing/**', 'testing.ts'];

export default tseslint.config(
  {
    ignores: ['dist/', 'out-tsc/', '.angular/', '.cache/', 'node_modules/', 'test-results/', 'playwright-report/', 'data/', 'coverage/'],
  },
  {
    files: ['**/*.ts', '**/*.mjs', '**/*.js', '**/*.cjs'],
    extends: [eslint.configs.recommended, ...tseslint.configs.recommended],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  {
    files: ['server/**/*.ts', 'client/**/*.ts', 'shared/**/*.ts', 'tools/**/*.ts', 'e2e/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.js', '.mjs'] })],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            ...featureZones(serverFeatures, serverFaces),
            shellZone(serverFeatures, ['server/src/!(features)/**', 'server/src/*.ts', 'tools/**', 'e2e/**'], serverFaces),
            ...featureZones(clientFeatures, clientFaces),
            shellZone(clientFeatures, ['client/src/app/!(features)/**', 'client/src/app/*.ts', 'client/src/*.ts'], clientFaces),
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { module: 'writable', require: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['tools/**/*.mjs', 'eslint.config.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
  {
    // shared/ is imported by both sides: plain TypeScript and zod, nothing else.
    files: ['shared/**/*.ts'],
    rules: restricted(angularPackages, serverPackages, [['**/client/**', '**/server/**'], 'shared/ may not import from client/ or server/.']),
  },
  {
    files: ['server/**/*.ts'],
    rules: restricted(angularPackages, [['**/client/**'], 'The server may not import client code; share it through shared/.']),
  },
  {
    files: ['client/**/*.ts'],
    extends: [...angular.configs.tsRecommended],
    processor: angular.processInlineTemplates,
    rules: {
      ...restricted(serverPackages, [['**/server/**'], 'The client may not import server code; share it through shared/.']),
      // Client state (ADR 0013): a component's data comes from its store or NgRx, never from an API service it calls itself.
      'no-restricted-syntax': [
        'error',
        {
          selector:
            'Program:has(Decorator[expression.callee.name="Component"]) > ImportDeclaration[importKind!="type"] > ImportSpecifier[imported.name=/Api$/]',
          message: 'A component does not call an API service: use its page store (*.store.ts) or NgRx state (ADR 0013).',
        },
      ],
      '@angular-eslint/directive-selector': ['error', { type: 'attribute', prefix: 'app', style: 'camelCase' }],
      '@angular-eslint/component-selector': ['error', { type: 'element', prefix: 'app', style: 'kebab-case' }],
    },
  },
  {
    files: ['client/**/*.html'],
    extends: [...angular.configs.templateRecommended, ...angular.configs.templateAccessibility],
  },
);
