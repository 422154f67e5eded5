/** Quoted globs: expanded by form4 itself, taking Form 4 files among the matches, and a glob that matches nothing fails. */
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { globRegExp, isGlob } from '../../../server/src/cli/glob';
import { examples, run, scratch } from './harness';

const filing = readFileSync(join(examples, 'modern-exercise-and-sale.xml'));
const draft = readFileSync(join(examples, 'modern-exercise-and-sale.form4.yaml'));

function tree(): string {
  const dir = scratch();
  for (const folder of ['filings/2026/q4', 'filings/2025', 'node_modules/pkg', '.cache']) mkdirSync(join(dir, folder), { recursive: true });
  writeFileSync(join(dir, 'filings', 'a.xml'), filing);
  writeFileSync(join(dir, 'filings', 'pom.xml'), '<project/>');
  writeFileSync(join(dir, 'filings', '2026', 'q4', 'b.xml'), filing);
  writeFileSync(join(dir, 'filings', '2025', 'c.form4.yaml'), draft);
  writeFileSync(join(dir, 'node_modules', 'pkg', 'd.xml'), filing);
  writeFileSync(join(dir, '.cache', 'e.xml'), filing);
  return dir;
}

function checked(dir: string, ...paths: string[]): { code: number; files: string[]; err: string } {
  const result = run(['check', '--format', 'json', ...paths], dir);
  const files = result.out ? JSON.parse(result.out).map((r: { file: string }) => r.file) : [];
  return { code: result.code, files: files.sort(), err: result.err };
}

test('the pattern language: * and ? within a name, [..] and [!..], ** across folders', () => {
  assert.ok(globRegExp('*.xml').test('a.xml'));
  assert.ok(!globRegExp('*.xml').test('sub/a.xml'));
  assert.ok(globRegExp('**/*.xml').test('a.xml'));
  assert.ok(globRegExp('**/*.xml').test('x/y/a.xml'));
  assert.ok(globRegExp('q?/b.xml').test('q4/b.xml'));
  assert.ok(!globRegExp('q?/b.xml').test('q/b.xml'));
  assert.ok(globRegExp('[ab].xml').test('b.xml'));
  assert.ok(!globRegExp('[!ab].xml').test('b.xml'));
  assert.ok(globRegExp('a+b(1).xml').test('a+b(1).xml'), 'other characters stand for themselves');
  assert.ok(isGlob('filings/*.xml') && !isGlob('filings/a.xml'));
});

test('a quoted glob checks the Form 4 files it matches, leaving out node_modules and dot-folders', () => {
  const dir = tree();
  const all = checked(dir, '**/*.xml');
  assert.equal(all.code, 0, all.err);
  assert.deepEqual(
    all.files,
    [join('filings', '2026', 'q4', 'b.xml'), join('filings', 'a.xml')],
    'not pom.xml, nor node_modules or .cache',
  );
  assert.deepEqual(
    checked(dir, 'filings/*').files,
    [join('filings', '2025', 'c.form4.yaml'), join('filings', '2026', 'q4', 'b.xml'), join('filings', 'a.xml')].sort(),
    'matched folders are searched',
  );
  assert.deepEqual(checked(dir, 'filings/**/*.form4.yaml').files, [join('filings', '2025', 'c.form4.yaml')]);
  assert.deepEqual(checked(dir, 'filings/20[2]6/q?/*.xml').files, [join('filings', '2026', 'q4', 'b.xml')]);
});

test('a glob that matches nothing is exit 2 naming it; a path that exists is never a pattern', () => {
  const dir = tree();
  const none = checked(dir, 'filings/*.yml', 'filings/a.xml');
  assert.equal(none.code, 2);
  assert.match(none.err, /^form4: no files match filings\/\*\.yml$/m);
  assert.deepEqual(none.files, [join('filings', 'a.xml')], 'the other paths are still checked');
  writeFileSync(join(dir, 'odd[1].xml'), filing);
  assert.deepEqual(checked(dir, 'odd[1].xml').files, ['odd[1].xml']);
});
