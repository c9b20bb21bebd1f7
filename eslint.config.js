import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto', 'http', 'https', 'net', 'url', 'stream', 'worker_threads'];

export default tseslint.config(
  { ignores: ['node_modules/', 'out/', 'dist/', 'data/', 'test-results/', '.tmp/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // core/ is pure: no I/O, no platform.
    files: ['core/**/*.ts'],
    ignores: ['core/**/*.test.ts'],
    languageOptions: { globals: {} },
    rules: {
      // Type-only imports of rxdb are allowed: the schemas derive their TypeScript types from
      // RxDB's schema types, which erase at build time and pull no rxdb code into core/.
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: [...nodeBuiltins, 'electron', 'react', 'fastify', 'better-sqlite3', 'pg'], message: 'core/ must stay free of I/O and platform code.' },
            { group: ['rxdb', 'rxdb/*'], allowTypeImports: true, message: 'core/ may import only types from rxdb.' },
          ],
        },
      ],
    },
  },
  {
    // core/ holds no module-level mutable state (ARCHITECTURE.md): a cache is an object its
    // caller creates and passes in (e.g. createZoneOffsetCache). Test files and test helpers
    // (core/**/testing/) run only in tests and are left out.
    files: ['core/**/*.ts'],
    ignores: ['core/**/*.test.ts', 'core/**/testing/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...['Program > VariableDeclaration', 'Program > ExportNamedDeclaration > VariableDeclaration'].flatMap((declaration) => [
          { selector: `${declaration}[kind=/^(let|var)$/]`, message: 'core/ keeps no module-level mutable state: no module-level let/var (pass state in from the caller).' },
          ...['', ' > TSAsExpression', ' > TSSatisfiesExpression'].map((wrapper) => ({
            selector: `${declaration} > VariableDeclarator${wrapper} > NewExpression[callee.name=/^(Map|Set|WeakMap|WeakSet|Array)$/]`,
            message: 'core/ keeps no module-level caches: make it an object the caller creates (createXCache()) and passes in.',
          })),
        ]),
      ],
    },
  },
  {
    // Main and preload take the desktop contract from electron/contract/, never from the renderer:
    // the renderer is the untrusted side of the IPC (see ARCHITECTURE.md, The IPC contract).
    files: ['electron/main/**/*.ts', 'electron/preload/**/*.ts'],
    ignores: ['electron/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/renderer/**'], message: 'main and preload import the desktop contract from electron/contract/, not from renderer/.' }] }],
    },
  },
  {
    // The desktop contract runs in main, preload and the renderer alike: the language only.
    files: ['electron/contract/**/*.ts'],
    ignores: ['electron/contract/**/*.test.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: [...nodeBuiltins, 'electron', 'electron/*', 'react'], message: 'electron/contract/ runs in main, preload and renderer: no Electron, Node or DOM APIs.' },
            { group: ['**/main/**', '**/preload/**', '**/renderer/**'], message: 'electron/contract/ imports only from itself.' },
          ],
        },
      ],
    },
  },
  {
    // The renderer runs in a sandboxed page: browser APIs only.
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // `electron` the module, not the folder: the desktop contract (electron/contract/) is shared.
      'no-restricted-imports': [
        'error',
        {
          paths: ['electron'],
          patterns: [...nodeBuiltins, 'electron/*', '**/electron/main/**', '**/electron/preload/**'],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.test.{ts,tsx}'],
    rules: { 'no-restricted-imports': 'off' },
  },
);
