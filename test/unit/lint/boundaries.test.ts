/**
 * The lint configuration holds the project's boundaries (eslint.config.mjs). Each case lints a deliberate
 * violation as if it were written at a real path, so a loosened or mistyped restriction fails here, and the
 * allowed import beside it shows the restriction is not simply blanket.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const eslint = new ESLint({ cwd: root });

async function restrictedImports(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: root + filePath });
  // ESLint's rule, and typescript-eslint's where a restriction lets `import type` through.
  const restricting = new Set(['no-restricted-imports', '@typescript-eslint/no-restricted-imports']);
  return (result?.messages ?? []).filter((m) => m.ruleId !== null && restricting.has(m.ruleId)).map((m) => m.message);
}

interface Case {
  readonly name: string;
  readonly file: string;
  readonly bad: string;
  readonly good: string;
}

// Every folder of feature tests, each with an engine module one of its tests could be tempted to import.
const featureTestFolders: ReadonlyArray<{ readonly folder: string; readonly module: string; readonly name: string }> = [
  { folder: 'test/unit/language/', module: 'language/hover', name: 'hover' },
  { folder: 'test/unit/render/', module: 'render/html', name: 'renderForm' },
  { folder: 'test/unit/cli/', module: 'rules/severity', name: 'parseRuleSetting' },
  { folder: 'test/unit/robustness/', module: 'service', name: 'analyze' },
  { folder: 'test/protocol/', module: 'language/symbols', name: 'symbols' },
  { folder: 'test/protocol/adapters/', module: 'structure/schema', name: 'transactionCodes' },
  { folder: 'test/browser/', module: 'read/xml', name: 'readXml' },
  { folder: 'test/fuzz/', module: 'write/yaml', name: 'writeYaml' },
];

const featureTestCases: Case[] = featureTestFolders.map(({ folder, module, name }) => {
  const engine = `${'../'.repeat(folder.split('/').length - 1)}server/src/engine/`;
  return {
    name: `a feature test in ${folder} importing ${module} past the front door`,
    file: `${folder}example.test.ts`,
    bad: `import { ${name} } from '${engine}${module}';\n`,
    good: `import { ${name} } from '${engine}index';\n`,
  };
});

const cases: readonly Case[] = [
  {
    name: 'an adapter importing a rule module past the front door',
    file: 'server/src/lsp/example.ts',
    bad: "import { negativePrior } from '../engine/rules/holdings/negative-prior';\n",
    good: "import { catalogue } from '../engine/index';\n",
  },
  {
    name: 'the command line importing an engine module past the front door',
    file: 'server/src/cli/commands/example.ts',
    bad: "import { analyze } from '../../engine/service';\n",
    good: "import { analyze } from '../../engine/index';\n",
  },
  {
    name: 'the engine importing the language server library',
    file: 'server/src/engine/language/example.ts',
    bad: "import type { Hover } from 'vscode-languageserver';\n",
    good: "import type { Hover } from './types';\n",
  },
  {
    name: 'the engine importing a Node module',
    file: 'server/src/engine/model/example.ts',
    bad: "import { readFileSync } from 'node:fs';\n",
    good: "import { parseDate } from './date';\n",
  },
  {
    name: 'the engine importing an adapter',
    file: 'server/src/engine/example.ts',
    bad: "import { toDiagnostic } from '../lsp/translate';\n",
    good: "import { check } from './service';\n",
  },
  {
    name: 'the engine outside rules/ importing a rule module',
    file: 'server/src/engine/language/example.ts',
    bad: "import { negativePrior } from '../rules/holdings/negative-prior';\n",
    good: "import { catalogue } from '../rules/catalogue';\n",
  },
  {
    name: 'the renderer hashing with node:crypto (the host passes its SHA-256 in)',
    file: 'server/src/engine/render/html.ts',
    bad: "import { createHash } from 'node:crypto';\n",
    good: "import { standaloneCss } from './layout';\n",
  },
  {
    name: 'a rule importing a Node module',
    file: 'server/src/engine/rules/code/example.ts',
    bad: "import { readFileSync } from 'node:fs';\n",
    good: "import { rowLabel } from '../../model/rows';\n",
  },
  {
    name: 'a rule importing the language server library',
    file: 'server/src/engine/rules/code/example.ts',
    bad: "import type { Diagnostic } from 'vscode-languageserver';\n",
    good: "import { rowLabel } from '../../model/rows';\n",
  },
  {
    name: 'the server importing the client',
    file: 'server/src/lsp/example.ts',
    bad: "import { showPreview } from '../../../client/src/preview/index';\n",
    good: "import { renderRequest } from '../shared/protocol';\n",
  },
  {
    name: 'the shared protocol importing engine code, not just its types',
    file: 'server/src/shared/example.ts',
    bad: "import { catalogue } from '../engine/index';\n",
    good: "import type { RuleSetting } from '../engine/index';\n",
  },
  {
    name: 'the shared protocol importing an engine type past the front door',
    file: 'server/src/shared/example.ts',
    bad: "import type { RuleSetting } from '../engine/rules/severity';\n",
    good: "import type { RuleSetting } from '../engine/index';\n",
  },
  {
    name: 'the engine outside rules/ importing a rule module beside the public ones',
    file: 'server/src/engine/index.ts',
    bad: "import { perRun } from './rules/run';\n",
    good: "import { ruleAnchor } from './rules/anchor';\n",
  },
  {
    name: 'the client importing the engine instead of asking the server',
    file: 'client/src/example.ts',
    bad: "import { check } from '../../server/src/engine/index';\n",
    good: "import { renderRequest } from '../../server/src/shared/protocol';\n",
  },
  ...featureTestCases,
];

for (const c of cases) {
  test(`lint refuses ${c.name}`, async () => {
    const messages = await restrictedImports(c.file, c.bad);
    assert.equal(messages.length, 1, `expected one no-restricted-imports error for ${c.bad.trim()} in ${c.file}`);
    assert.deepEqual(await restrictedImports(c.file, c.good), [], `${c.good.trim()} is allowed in ${c.file}`);
  });
}

// The restriction is the feature tests', not every test's: a unit test of one module imports that module.
for (const [file, code] of [
  ['test/unit/read/example.test.ts', "import { readXml } from '../../../server/src/engine/read/xml';\n"],
  ['test/unit/rules/example.test.ts', "import { negativePrior } from '../../../server/src/engine/rules/holdings/negative-prior';\n"],
  ['test/unit/language/edits.test.ts', "import { replaceValue } from '../../../server/src/engine/language/edits/index';\n"],
  ['test/unit/language/docs.test.ts', "import { fieldDocumentation } from '../../../server/src/engine/docs/fields';\n"],
]) {
  test(`lint lets the unit test ${file} import its module`, async () => {
    assert.deepEqual(await restrictedImports(file, code), [], `${code.trim()} is allowed in ${file}`);
  });
}
