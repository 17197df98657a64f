// The boundary between pure code and the editor is enforced here, not hoped for:
// src/core and src/sandbox run in plain Node (CLI, tests, benchmarks) and must never import `vscode`.
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', '.vscode-test/**', 'test-results/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  {
    files: ['src/core/**/*.ts', 'src/sandbox/**/*.ts', 'src/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'vscode', message: 'src/core, src/sandbox and src/cli run in plain Node: keep vscode out (use src/vscode adapters).' }],
        patterns: [{ group: ['**/vscode/*', '**/extension'], message: 'src/core, src/sandbox and src/cli must not depend on the editor layer (src/vscode).' }],
      }],
    },
  },
  {
    // Folder dependencies run one way: the session (settings, environment, accounts) builds on auth, not back.
    files: ['src/vscode/auth/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: ['**/session/*'], message: 'src/vscode/auth must not depend on src/vscode/session (session depends on auth); shared types and constants live in src/core.' }],
      }],
    },
  },
  {
    files: ['scripts/**/*.mjs', 'scripts/**/*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', Buffer: 'readonly', __dirname: 'readonly', require: 'readonly', module: 'writable' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
