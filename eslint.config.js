// @ts-check
import eslint from '@eslint/js';
import angular from 'angular-eslint';
import tseslint from 'typescript-eslint';

/** Imports that would tie code to a side it must not depend on. */
const restricted = (...groups) => ({
  'no-restricted-imports': ['error', { patterns: groups.map(([group, message]) => ({ group, message })) }],
});
const angularPackages = [['@angular/*', '@ngrx/*', '@jsverse/*', 'rxjs', 'rxjs/*'], 'Angular and its libraries belong to client/.'];
const serverPackages = [['express', 'express-*', 'mongoose', 'mongodb', 'pino', 'pino-*', 'helmet', 'node:*'], 'Server packages belong to server/.'];

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
      '@angular-eslint/directive-selector': ['error', { type: 'attribute', prefix: 'app', style: 'camelCase' }],
      '@angular-eslint/component-selector': ['error', { type: 'element', prefix: 'app', style: 'kebab-case' }],
    },
  },
  {
    files: ['client/**/*.html'],
    extends: [...angular.configs.templateRecommended, ...angular.configs.templateAccessibility],
  },
);
