/**
 * The folder walk (server/src/cli/files.ts) and the settings file (server/src/cli/config.ts): every file that could not
 * be read is reported (exit 2), dangling links are skipped with a notice, no link loop is followed and no file read
 * twice; an applied .form4rc.json is named, and one that disarms the syntax or schema rules is a warning.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { examples, run, scratch } from './harness';

const filing = readFileSync(join(examples, 'modern-exercise-and-sale.xml'));
const notWellFormed = '<ownershipDocument><documentType>4</documentType>';

interface SarifRun {
  invocations: {
    executionSuccessful: boolean;
    toolConfigurationNotifications: { level: string; message: { text: string } }[];
    toolExecutionNotifications: { level: string; message: { text: string } }[];
  }[];
}

/** A folder with one good filing and every kind of entry that used to stop, hang or repeat the walk. */
function awkwardFolder(): string {
  const dir = scratch();
  writeFileSync(join(dir, 'a.xml'), filing);
  execFileSync('mkfifo', [join(dir, 'b.xml')]);
  execFileSync('mkfifo', [join(dir, 'c.form4.yaml')]);
  symlinkSync(join(dir, 'missing.xml'), join(dir, 'd-dangling.xml'));
  symlinkSync(join(dir, 'e-self.xml'), join(dir, 'e-self.xml'));
  symlinkSync(join(dir, 'a.xml'), join(dir, 'f-alias.xml'));
  mkdirSync(join(dir, 'sub'));
  symlinkSync(dir, join(dir, 'sub', 'up'));
  return dir;
}

test('the walk reports every file it could not read, skips dangling links and loops, and reads each file once', () => {
  const dir = awkwardFolder();
  const result = run(['check', '--format', 'json', '--today', '2026-11-27', '.'], dir);
  assert.equal(result.code, 2);
  assert.deepEqual(
    JSON.parse(result.out).map((r: { file: string }) => r.file),
    ['a.xml'],
    'the good filing is checked once, not again through its alias or the loop',
  );
  assert.match(result.err, /^form4: cannot read b\.xml: a FIFO, not a regular file$/m);
  assert.match(result.err, /^form4: cannot read c\.form4\.yaml: a FIFO, not a regular file$/m);
  assert.match(result.err, /^form4: note: d-dangling\.xml: skipped: a dangling symbolic link$/m);
  assert.match(result.err, /^form4: note: e-self\.xml: skipped: a symbolic link loop$/m);
  assert.match(result.err, /^form4: note: sub\/up: skipped: a link back to a folder already searched$/m);
});

test('a dangling link alone is a notice, not a failure', () => {
  const dir = scratch();
  writeFileSync(join(dir, 'a.xml'), filing);
  symlinkSync(join(dir, 'gone.xml'), join(dir, 'b.xml'));
  const result = run(['check', '--today', '2026-11-27', '.'], dir);
  assert.equal(result.code, 0, result.err);
  assert.match(result.err, /b\.xml: skipped: a dangling symbolic link/);
});

test('SARIF carries the walk’s problems and notices in its invocation, and says the run did not succeed', () => {
  const sarif = JSON.parse(run(['check', '--format', 'sarif', '.'], awkwardFolder()).out);
  const [invocation] = (sarif.runs[0] as SarifRun).invocations;
  assert.equal(invocation.executionSuccessful, false);
  const said = invocation.toolExecutionNotifications.map((n) => `${n.level} ${n.message.text}`);
  assert.ok(said.includes('error cannot read b.xml: a FIFO, not a regular file'), said.join('\n'));
  assert.ok(said.includes('note d-dangling.xml: skipped: a dangling symbolic link'), said.join('\n'));
});

test('a .form4rc.json found in a parent folder is named, on standard error and in SARIF, and JSON stays valid', () => {
  const dir = scratch();
  writeFileSync(join(dir, '.form4rc.json'), JSON.stringify({ rules: { 'price/zero-trade': 'off' } }));
  mkdirSync(join(dir, 'filings'));
  writeFileSync(join(dir, 'filings', 'a.xml'), filing);
  const cwd = join(dir, 'filings');
  const json = run(['check', '--format', 'json', '--today', '2026-11-27', 'a.xml'], cwd);
  assert.equal(json.code, 0, json.err);
  assert.equal(JSON.parse(json.out)[0].file, 'a.xml');
  assert.match(json.err, /^form4: note: rule settings from \.\.\/\.form4rc\.json$/m);
  assert.doesNotMatch(json.err, /warning/, 'turning off a business rule is the config file’s business');
  const sarif = JSON.parse(run(['check', '--format', 'sarif', '--today', '2026-11-27', 'a.xml'], cwd).out);
  const [invocation] = (sarif.runs[0] as SarifRun).invocations;
  assert.deepEqual(invocation.toolConfigurationNotifications, [
    { level: 'note', message: { text: 'rule settings from ../.form4rc.json' } },
  ]);
  assert.equal(invocation.executionSuccessful, true);
  assert.doesNotMatch(run(['check', 'a.xml'], scratch()).err, /rule settings from/, 'no config file, no notice');
});

test('a config file that turns off or lowers a syntax or schema rule is a warning, unless --rule sets the rule itself', () => {
  const dir = scratch();
  writeFileSync(join(dir, '.form4rc.json'), JSON.stringify({ rules: { 'xml/syntax': 'off', 'schema/missing-element': 'hint' } }));
  writeFileSync(join(dir, 'broken.xml'), notWellFormed);
  const disarmed = run(['check', 'broken.xml'], dir);
  assert.match(disarmed.err, /^form4: warning: \.form4rc\.json turns off xml\/syntax: a file it finds broken no longer fails the check$/m);
  assert.match(disarmed.err, /^form4: warning: \.form4rc\.json lowers to hint schema\/missing-element: /m);
  const restored = run(['check', '--rule', 'xml/syntax=error', 'broken.xml'], dir);
  assert.doesNotMatch(restored.err, /turns off xml\/syntax/);
  assert.match(restored.err, /lowers to hint schema\/missing-element/);
  assert.equal(restored.code, 1, 'the syntax error counts again');
});
