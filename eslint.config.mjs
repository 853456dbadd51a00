// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// Layer rules from architecture.md, enforced here rather than by good intentions.
const nodeBuiltins = [
  'node:*',
  'fs',
  'fs/*',
  'path',
  'crypto',
  'child_process',
  'os',
  'worker_threads',
  'stream',
  'util',
  'net',
  'http',
  'https',
];
const restrict = (patterns, message) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }],
});

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'coverage/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      '.tmp/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-console': 'off',
      eqeqeq: ['error', 'always'],
    },
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: restrict(
      [
        'electron',
        'react',
        'react-dom',
        ...nodeBuiltins,
        '**/main/**',
        '**/renderer/**',
        'lowdb',
        'pdfkit',
      ],
      'src/shared is pure: it may import zod only (architecture.md).',
    ),
  },
  {
    files: ['src/shared/ipc/channels.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['*'],
              message: 'channels.ts is bundled into the preload: keep it import-free.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/main/**/*.ts'],
    ignores: ['src/main/electron/**', 'src/main/index.ts'],
    rules: restrict(
      ['electron', '**/renderer/**', 'react', 'react-dom'],
      'Domain code in src/main never imports electron or the renderer; only src/main/electron/ and src/main/index.ts do.',
    ),
  },
  {
    files: ['src/main/electron/**/*.ts', 'src/main/index.ts'],
    rules: restrict(['**/renderer/**'], 'Main never imports the renderer.'),
  },
  {
    files: ['src/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!electron$|\\.\\./shared/ipc/channels$).*',
              message:
                'The sandboxed preload may import only electron and src/shared/ipc/channels.ts.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}', 'tests/component/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...restrict(
        [
          'electron',
          ...nodeBuiltins,
          '**/src/main/**',
          '**/main/**',
          'lowdb',
          'pdfkit',
          'hash-wasm',
        ],
        'The renderer never touches Node, disk, keys, lowdb or pdfkit (architecture.md).',
      ),
    },
  },
  {
    files: ['tests/**/*.{ts,tsx}'],
    ignores: ['tests/electron/**', 'tests/unit/electron/**'],
    rules: restrict(
      ['electron'],
      'Tests outside tests/electron mock electron with vi.mock instead of importing it.',
    ),
  },
);
