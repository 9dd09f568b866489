// @ts-check
// One lint config for the whole tree: TypeScript (type-aware rules off: astro check already type-checks)
// and Astro components. Formatting is Prettier's job, so no stylistic rules here. The last blocks hold
// the layers of docs/architecture.md: src/lib never imports the steps built on it, browser code never
// imports what only runs in Node, and no module imports itself round a cycle.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** The steps built on src/lib: it may be imported by them, never import them. */
const ABOVE_LIB = [
  './src/components',
  './src/pages',
  './src/layouts',
  './src/integrations',
  './src/data',
  './src/scripts',
  './src/plugins',
];

/** What only runs in Node, at build or check time: the browser has no file system, process or git. */
const NODE_ONLY = [
  './src/lib/check',
  './src/lib/verify',
  './src/lib/from-issue',
  './src/lib/new-entry',
  './src/lib/open-data',
  './src/lib/content-files.ts',
  './src/lib/git-history.ts',
  './src/integrations',
  './src/data',
  './src/plugins',
  './src/components',
  './src/pages',
  './src/layouts',
];

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', '.astro/', 'tests/fixtures/**/dist/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // import() types are the only way to name a type inside an ambient module (src/virtual-modules.d.ts).
      '@typescript-eslint/consistent-type-imports': ['error', { disallowTypeAnnotations: false }],
    },
  },
  {
    files: ['src/**/*.{ts,mjs,js,astro}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.mjs', '.js', '.json'] })],
      'import-x/extensions': ['.ts', '.mjs', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
    },
    rules: {
      // A runtime cycle makes one module see the other half-initialised. (Type-only imports are erased,
      // so the rule does not follow them; tests/repo/layers.test.ts holds those to the same rule.)
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './src/lib',
              from: ABOVE_LIB,
              message: 'src/lib is the bottom layer: it is handed data, it never imports the steps built on it.',
            },
          ],
        },
      ],
    },
  },
  {
    // Browser code: bundled by Vite for the reader's browser.
    files: ['src/scripts/**/*.ts'],
    rules: {
      'import-x/no-nodejs-modules': 'error',
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './src/scripts',
              from: NODE_ONLY,
              message: 'Browser code may import only what runs in a browser; this runs in Node at build time.',
            },
          ],
        },
      ],
    },
  },
);
