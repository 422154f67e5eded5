// Runs the test suites with Node's own test runner (TypeScript through tsx).
// `node test/run.mjs` runs every suite but the end-to-end one; `node test/run.mjs unit corpus` runs those folders.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const defaultSuites = ['unit', 'corpus', 'oracle', 'protocol', 'browser', 'fuzz', 'conformance'];
const suites = process.argv.slice(2).length ? process.argv.slice(2) : defaultSuites;

function testFiles(dir) {
  let out = [];
  let entries;
  try {
    entries = readdirSync(dir);
  } catch {
    return out;
  }
  for (const name of entries.sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out = out.concat(testFiles(path));
    else if (name.endsWith('.test.ts')) out.push(relative(root, path));
  }
  return out;
}

const files = suites.flatMap((s) => testFiles(join(root, 'test', s)));
if (files.length === 0) {
  console.error(`no test files in: ${suites.join(', ')}`);
  process.exit(1);
}
// Property tests draw from one fixed seed (test/helpers/propertySeed.ts), so a run is the same as the last.
const propertySeed = join(root, 'test', 'helpers', 'propertySeed.ts');
const result = spawnSync(process.execPath, ['--import', 'tsx', '--import', propertySeed, '--test', '--test-concurrency=2', ...files], {
  cwd: root,
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
