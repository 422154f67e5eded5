/**
 * `.form4rc.json` on the command line: read through the engine's one parser (shared with the language server), a
 * rule it turns off is off, and a file the schema rejects is a usage error naming each problem by its JSON pointer.
 */
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { examples, run, scratch } from './harness';

const seed = 'seed-8x8-hecker-2003.xml';

function findingsIn(dir: string, cwd = dir): { rule: string }[] {
  const result = run(['check', '--format', 'json', seed], cwd);
  return JSON.parse(result.out)[0].diagnostics;
}

test('a rule turned off in the nearest .form4rc.json up the tree is off', () => {
  const dir = scratch();
  const nested = join(dir, 'filings');
  mkdirSync(nested);
  copyFileSync(join(examples, seed), join(nested, seed));
  const before = findingsIn(nested);
  assert.equal(before.filter((d) => d.rule === 'holdings/repeated-amount').length, 1);
  writeFileSync(join(dir, '.form4rc.json'), JSON.stringify({ $schema: './schema.json', rules: { 'holdings/repeated-amount': 'off' } }));
  const after = findingsIn(nested);
  assert.deepEqual(
    after.filter((d) => d.rule === 'holdings/repeated-amount'),
    [],
  );
  assert.deepEqual(
    after.map((d) => d.rule),
    before.map((d) => d.rule).filter((r) => r !== 'holdings/repeated-amount'),
  );
});

test('a .form4rc.json the schema rejects is a usage error with the JSON pointer of each problem', () => {
  const dir = scratch();
  copyFileSync(join(examples, seed), join(dir, seed));
  writeFileSync(join(dir, '.form4rc.json'), JSON.stringify({ rules: { 'date/deadline': 'warn', 'Not A Rule': 'off' }, severity: 'x' }));
  const result = run(['check', seed], dir);
  assert.equal(result.code, 2);
  assert.match(result.err, /\.form4rc\.json: \/rules\/date~1deadline: must be one of off, hint, information, warning, error, info$/m);
  assert.match(result.err, /\.form4rc\.json: \/rules\/Not A Rule: is not a rule id \(category\/name\)$/m);
  assert.match(result.err, /\.form4rc\.json: \/severity: is not a setting of \.form4rc\.json \(only "rules"\)$/m);
  assert.equal(result.out, '');
});
