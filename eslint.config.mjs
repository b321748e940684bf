import js from '@eslint/js';
import { builtinModules } from 'node:module';
import regexp from 'eslint-plugin-regexp';
import tseslint from 'typescript-eslint';

// Import boundaries, each proved by test/unit/boundaries.test.ts. ESLint replaces (never merges)
// a rule's options when two blocks set it, so each file falls in at most one block below.
const NODE_BUILTINS = builtinModules.filter((name) => !name.startsWith('_'));

/** `no-restricted-imports` forbidding Node's built-ins (bare or `node:`), the packages `names`, and what `regex` matches. */
function forbid(message, { names = [], regex } = {}) {
  return [
    'error',
    {
      paths: [...NODE_BUILTINS, ...names].map((name) => ({ name, message })),
      patterns: [{ regex: regex === undefined ? '^node:' : `^node:|${regex}`, message }],
    },
  ];
}

const PURE_MESSAGE =
  'server/src/core and server/src/gantt run in the server, the CLI and a browser alike: no Node built-ins, no VS Code or LSP library. Take what needs them as a parameter (see server/src/host).';
const SERVICES_MESSAGE =
  'server/src/services is the editor-neutral language service: no Node built-ins and no `vscode` (LSP types from vscode-languageserver-types are fine).';
const PROTOCOL_MESSAGE =
  'protocol/ is bundled into the server, the extension and the webview: it imports only other files of protocol/.';
const CLIENT_MESSAGE =
  'The extension reaches the server only through protocol/ (the wire protocol), never server/src; the few pure modules it still borrows are listed in eslint.config.mjs.';

/** What the extension and its webview still borrow from server/src: pure modules, to move to protocol/ or a folder like it. */
const CLIENT_BORROWS = [
  'core/dates',
  'core/competencyNames',
  'core/model/types',
  'gantt/chartStyle',
  'gantt/escapeXml',
];

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'out/',
      'dist/',
      '.vscode-test/',
      'test-output/',
      'test/fixtures/',
      'server/src/core/schema/validators.generated.ts',
      'server/src/gantt/chartScript.generated.ts',
      '**/*.mjs',
      '**/*.js',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    files: ['**/*.ts'],
    languageOptions: {
      // Each file is checked with its nearest tsconfig.json, as in the editor: server/ and client/
      // with noUncheckedIndexedAccess, server/src/core also with exactOptionalPropertyTypes.
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-eval': 'error',
      'no-new-func': 'error',
    },
  },
  {
    // Roadmaps are written by strangers: a regular expression whose matching time grows
    // faster than its input can stall the server on one crafted line. Proved by
    // test/unit/regexSafety.test.ts.
    files: ['**/*.ts'],
    plugins: { regexp },
    rules: {
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': 'error',
    },
  },
  {
    files: ['server/src/core/**/*.ts', 'server/src/gantt/**/*.ts'],
    rules: { 'no-restricted-imports': forbid(PURE_MESSAGE, { regex: '^vscode($|[-/])' }) },
  },
  {
    files: ['server/src/services/**/*.ts'],
    rules: { 'no-restricted-imports': forbid(SERVICES_MESSAGE, { names: ['vscode'] }) },
  },
  {
    files: ['protocol/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        // A package (Node's built-ins included), or a relative path into server/ or client/.
        { patterns: [{ regex: '^(?![.]{1,2}/)|(^|/)(server|client)/', message: PROTOCOL_MESSAGE }] },
      ],
    },
  },
  {
    files: ['client/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              // `**/server/src/**`, but for the modules in CLIENT_BORROWS (a glob cannot re-include
              // a file below an excluded folder, hence a regular expression).
              regex: `(^|/)server/src/(?!(${CLIENT_BORROWS.join('|')})$)`,
              message: CLIENT_MESSAGE,
            },
          ],
        },
      ],
    },
  },
);
