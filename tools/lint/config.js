// argmap's ESLint rules (flat config), kept in this package so that typescript-eslint resolves the
// TypeScript 6 installed beside it rather than the project's TypeScript 7 (see package.json here).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default function argmapLint(root) {
  return tseslint.config(
    { ignores: ['dist/**', 'render/**', 'schemas/**', 'node_modules/**', 'tools/**', '.bench/**'] },
    js.configs.recommended,
    ...tseslint.configs.recommended,
    {
      files: ['**/*.ts'],
      languageOptions: {
        parserOptions: { projectService: true, tsconfigRootDir: root },
      },
      rules: {
        // Type-aware rules that are cheap and catch real bugs: a promise nobody awaits, awaiting a non-promise.
        '@typescript-eslint/no-floating-promises': 'error',
        '@typescript-eslint/await-thenable': 'error',
        '@typescript-eslint/no-misused-promises': 'error',
        // `_name` marks a parameter kept for its position.
        '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
        // `typeof import('node:fs')` stays allowed: vitest's module mocks are typed that way.
        '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false }],
        eqeqeq: ['error', 'always'],
        // `list.includes(x) || list.push(x)` is an idiom here; a bare expression otherwise is a slip.
        '@typescript-eslint/no-unused-expressions': ['error', { allowShortCircuit: true, allowTernary: true }],
        'no-console': 'off',
      },
    },
    {
      rules: {
        // Escaping code and the fuzzer's oracle match control characters on purpose (XML 1.0 forbids them, terminals act on them).
        'no-control-regex': 'off',
      },
    },
    {
      // The fuzzer builds odd inputs on purpose (numbers past double precision) and is written in terse plain JS.
      files: ['scripts/fuzz/**/*.mjs'],
      rules: { 'no-loss-of-precision': 'off', '@typescript-eslint/no-unused-expressions': 'off' },
    },
    {
      files: ['**/*.mjs', '**/*.js'],
      languageOptions: {
        globals: {
          process: 'readonly',
          console: 'readonly',
          URL: 'readonly',
          Buffer: 'readonly',
          setTimeout: 'readonly',
          clearTimeout: 'readonly',
          performance: 'readonly',
          structuredClone: 'readonly',
        },
      },
    },
  );
}
