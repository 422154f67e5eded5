// Lint holds the boundaries between the project's rooms (see docs/architecture.md and CONTRIBUTING.md):
// - the engine (server/src/engine) imports no adapter, no VS Code, LSP or Node module: it is pure and runs anywhere;
// - outside rules/, the engine imports only the rules' public modules (rules/ is a leaf);
// - the adapters (server/src/lsp, server/src/cli) reach the engine only through its front door, engine/index.ts;
// - nothing under server/ imports the client; the client reaches the server only through server/src/shared/;
// - feature tests reach the engine through its front door too, as the adapters do (a module's unit test imports it).
// test/unit/lint/boundaries.test.ts proves that each restriction fails on a deliberate violation.
import tseslint from 'typescript-eslint';

const vscodeAndLsp = [
  'vscode',
  'vscode-languageserver',
  'vscode-languageserver/*',
  'vscode-languageclient',
  'vscode-languageclient/*',
  'vscode-languageserver-*',
  'vscode-jsonrpc',
  'vscode-jsonrpc/*',
];
const adapters = ['**/lsp/**', '**/cli/**', '**/client/**', '**/shared/**'];
const purity = 'The engine is pure: no VS Code or LSP types in it (translate in lsp/).';
// rules/ is a leaf: the rest of the engine reaches it through its public modules only (the registry that runs the
// rules, the catalogue, severities, the rule types, the rules document and its anchors); queries over the model live
// in model/, citations in docs/.
const rulesPublic = ['index', 'catalogue', 'severity', 'rule', 'anchor', 'markdown'];
const rulesInternals = ['**/rules/*', '**/rules/*/**', ...rulesPublic.map((name) => `!**/rules/${name}`)];
// Everything under engine/ but its front door.
const pastTheFrontDoor = ['**/engine/**', '!**/engine/index'];
// The tests of what the engine offers (language features, the server and its protocol, rendering, the command line,
// hostile inputs, the fuzzer) use it as the adapters do. A unit test of one module (a reader, the XML scanner, a
// rule, a model query, the structure's tables) lives in another folder, or is named here with the module it tests;
// a feature test that needs one internal says why on the line (eslint-disable-next-line ... -- why).
const featureTests = [
  'test/unit/language/**',
  'test/unit/render/**',
  'test/unit/cli/**',
  'test/unit/robustness/**',
  'test/protocol/**',
  'test/browser/**',
  'test/fuzz/**',
  'test/conformance/**',
];
const moduleTestsAmongFeatureTests = [
  'test/unit/language/docs.test.ts', // the field documentation and code tables (docs/) that hovers and completion read
  'test/unit/language/edits.test.ts', // the edits quick fixes are made of (language/edits/)
  'test/unit/render/marks.test.ts', // the findings index behind the preview's marks (render/marks.ts)
];

/** The import restrictions of one part of the engine. */
function engineImports({ rulesInternals: mayImportRules }) {
  const patterns = [
    { group: vscodeAndLsp.filter((p) => p.includes('*')), message: purity },
    { group: adapters, message: 'The engine imports no adapter: lsp/, cli/ and the client call the engine, never the other way.' },
    { group: ['node:*'], message: 'The engine is pure: no Node modules in it (inject what it needs from the adapter).' },
  ];
  if (!mayImportRules) {
    const message = `rules/ is a leaf: import only its public modules (${rulesPublic.join(', ')}), never a rule module.`;
    patterns.push({ group: rulesInternals, message });
  }
  const paths = vscodeAndLsp.filter((p) => !p.includes('*')).map((name) => ({ name, message: purity }));
  return { 'no-restricted-imports': ['error', { paths, patterns }] };
}

export default tseslint.config(
  { ignores: ['dist/**', 'media/**', 'node_modules/**', '.e2e-tools/**', 'test/artifacts/**', '*.vsix'] },
  {
    files: ['**/*.ts', '**/*.mjs', '**/*.cjs'],
    languageOptions: { parser: tseslint.parser, ecmaVersion: 2022, sourceType: 'module' },
    plugins: { '@typescript-eslint': tseslint.plugin },
    // The benches carry directives for rules of a fuller set than this boundary-only configuration.
    linterOptions: { reportUnusedDisableDirectives: 'off' },
  },
  { files: ['server/src/engine/**/*.ts'], ignores: ['server/src/engine/rules/**'], rules: engineImports({ rulesInternals: false }) },
  { files: ['server/src/engine/rules/**/*.ts'], rules: engineImports({ rulesInternals: true }) },
  {
    files: ['server/src/lsp/**/*.ts', 'server/src/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: pastTheFrontDoor,
              message: 'Adapters import the engine only through its front door: server/src/engine/index.ts.',
            },
            {
              group: ['**/client/**'],
              message: 'The server never imports the client: shared messages live in server/src/shared/protocol.ts.',
            },
          ],
        },
      ],
    },
  },
  {
    // The shared protocol is types and method names only: engine types through the front door, as `import type`, so
    // the client bundle carries no engine code; documentSelection.ts runs the engine's import-free detect.ts.
    files: ['server/src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            // detect.ts (import-free: which texts are Form 4 documents) is the one engine module the client may bundle.
            {
              group: [...pastTheFrontDoor, '!**/engine/detect'],
              message: 'The shared protocol takes engine types from the front door only.',
            },
            { group: ['**/lsp/**', '**/cli/**', '**/client/**'], message: 'The shared protocol is types and method names only.' },
          ],
        },
      ],
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/engine/index'], allowTypeImports: true, message: 'The shared protocol takes only engine types.' }] },
      ],
    },
  },
  {
    files: featureTests,
    ignores: moduleTestsAmongFeatureTests,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: pastTheFrontDoor,
              message: 'Feature tests import the engine through its front door, server/src/engine/index.ts, as the adapters do.',
            },
          ],
        },
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
              group: ['**/server/src/engine/**', '**/server/src/lsp/**', '**/server/src/cli/**'],
              message: 'The client reaches the server only through server/src/shared/ (and the language server protocol).',
            },
          ],
        },
      ],
    },
  },
);
