// Lint holds the boundaries between the project's rooms (see docs/architecture.md and CONTRIBUTING.md):
// - the engine (server/src/engine) imports no adapter, no VS Code, LSP or Node module: it is pure and runs anywhere;
// - the adapters (server/src/lsp, server/src/cli) reach the engine only through its front door, engine/index.ts;
// - nothing under server/ imports the client; the client reaches the server only through server/src/shared/.
// test/unit/lint/boundaries.test.ts proves that each restriction fails on a deliberate violation.
import tseslint from 'typescript-eslint';

const vscodeAndLsp = ['vscode', 'vscode-languageserver', 'vscode-languageserver/*', 'vscode-languageclient', 'vscode-languageclient/*', 'vscode-languageserver-*', 'vscode-jsonrpc', 'vscode-jsonrpc/*'];
const adapters = ['**/lsp/**', '**/cli/**', '**/client/**', '**/shared/**'];

export default tseslint.config(
  { ignores: ['dist/**', 'media/**', 'node_modules/**', '.e2e-tools/**', 'test/artifacts/**', '*.vsix'] },
  {
    files: ['**/*.ts', '**/*.mjs', '**/*.cjs'],
    languageOptions: { parser: tseslint.parser, ecmaVersion: 2022, sourceType: 'module' },
    plugins: { '@typescript-eslint': tseslint.plugin },
    // The benches carry directives for rules of a fuller set than this boundary-only configuration.
    linterOptions: { reportUnusedDisableDirectives: 'off' },
  },
  {
    files: ['server/src/engine/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: vscodeAndLsp.filter((p) => !p.includes('*')).map((name) => ({ name, message: 'The engine is pure: no VS Code or LSP types in it (translate in lsp/).' })),
          patterns: [
            { group: vscodeAndLsp.filter((p) => p.includes('*')), message: 'The engine is pure: no VS Code or LSP types in it (translate in lsp/).' },
            { group: ['node:*'], message: 'The engine is pure: no Node modules in it (inject what it needs from the adapter).' },
            { group: adapters, message: 'The engine imports no adapter: lsp/, cli/ and the client call the engine, never the other way.' },
          ],
        },
      ],
    },
  },
  {
    // Debt, named so it cannot spread: the standalone renderer hashes its inline stylesheet with node:crypto.
    files: ['server/src/engine/render/html.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: adapters, message: 'The engine imports no adapter.' }] }] },
  },
  {
    files: ['server/src/lsp/**/*.ts', 'server/src/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/engine/**', '!**/engine/index'], message: 'Adapters import the engine only through its front door: server/src/engine/index.ts.' },
            { group: ['**/client/**'], message: 'The server never imports the client: shared messages live in server/src/shared/protocol.ts.' },
          ],
        },
      ],
    },
  },
  {
    files: ['server/src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/engine/**', '**/lsp/**', '**/cli/**', '**/client/**'], message: 'The shared protocol is types and method names only.' }] },
      ],
    },
  },
  {
    files: ['client/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/server/src/engine/**', '**/server/src/lsp/**', '**/server/src/cli/**'], message: 'The client reaches the server only through server/src/shared/ (and the language server protocol).' }] },
      ],
    },
  },
);
