/** Files as bytes: the command line decodes them through the engine (BOM, declared encoding) and never guesses in silence. */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { examples, run, scratch } from './harness';

const example = readFileSync(join(examples, 'modern-exercise-and-sale.xml'), 'utf8');
const mueller = example.replace('<rptOwnerName>Smith Jordan A</rptOwnerName>', '<rptOwnerName>Müller Jürgen</rptOwnerName>');
const latin1Declared = mueller.replace('<?xml version="1.0"?>', '<?xml version="1.0" encoding="ISO-8859-1"?>');

test('an ISO-8859-1 filing with an accented name converts exactly, both ways, and checks as the UTF-8 one does', () => {
  assert.notEqual(mueller, example, 'the owner name was replaced');
  const dir = scratch();
  const latin = join(dir, 'mueller.xml');
  writeFileSync(latin, Buffer.from(latin1Declared, 'latin1'));
  const utf8 = join(dir, 'mueller-utf8.xml');
  writeFileSync(utf8, mueller);

  const yaml = run(['convert', '--to', 'yaml', latin]);
  assert.equal(yaml.code, 0, yaml.err);
  assert.match(yaml.out, /Müller Jürgen/);
  assert.equal(yaml.out, run(['convert', '--to', 'yaml', utf8]).out, 'the same draft as from the UTF-8 file');
  const draft = join(dir, 'mueller.form4.yaml');
  writeFileSync(draft, yaml.out);
  const back = run(['convert', '--to', 'xml', draft]);
  assert.equal(back.code, 0, back.err);
  assert.match(back.out, /<rptOwnerName>Müller Jürgen<\/rptOwnerName>/);
  assert.equal(back.out, run(['convert', '--to', 'xml', latin]).out);

  const today = ['--today', '2026-11-27', '--format', 'json'];
  assert.deepEqual(
    JSON.parse(run(['check', ...today, latin]).out)[0].diagnostics,
    JSON.parse(run(['check', ...today, utf8]).out)[0].diagnostics,
  );
});

test('Latin-1 bytes without their declaration: check reports the byte where it is, convert refuses to write', () => {
  const dir = scratch();
  const undeclared = join(dir, 'undeclared.xml');
  writeFileSync(undeclared, Buffer.from(mueller, 'latin1'));
  const line = mueller.split('\n').findIndex((l) => l.includes('Müller')) + 1;
  const column = mueller.split('\n')[line - 1].indexOf('ü') + 1;

  const checked = run(['check', '--today', '2026-11-27', undeclared]);
  assert.equal(checked.code, 1);
  assert.match(checked.out, new RegExp(`undeclared\\.xml:${line}:${column}: error input/encoding: The byte FC at byte \\d+ is not UTF-8`));

  const converted = run(['convert', '--to', 'yaml', undeclared]);
  assert.equal(converted.code, 2);
  assert.equal(converted.out, '', 'nothing written');
  assert.match(converted.err, /error input\/encoding/);
  assert.match(converted.err, /not characters of the file's encoding .*, so nothing was converted/);
});

test('a UTF-16 filing with a byte-order mark reads as its UTF-8 twin does', () => {
  const dir = scratch();
  const path = join(dir, 'utf16.xml');
  writeFileSync(path, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(mueller, 'utf16le')]));
  const twin = join(dir, 'twin.xml');
  writeFileSync(twin, mueller);
  const yaml = run(['convert', '--to', 'yaml', path]);
  assert.equal(yaml.code, 0, yaml.err);
  assert.equal(yaml.out, run(['convert', '--to', 'yaml', twin]).out);
  const json = ['check', '--today', '2026-11-27', '--format', 'json'];
  const [warning, ...rest] = JSON.parse(run([...json, path]).out)[0].diagnostics;
  assert.deepEqual([warning.rule, warning.severity, warning.range.start], ['input/encoding', 'warning', { line: 0, character: 0 }]);
  assert.match(warning.message, /save it as UTF-8 before filing/);
  assert.deepEqual(rest, JSON.parse(run([...json, twin]).out)[0].diagnostics);
});

test('an encoding EDGAR does not take is refused on its name', () => {
  const dir = scratch();
  const path = join(dir, 'sjis.xml');
  writeFileSync(path, example.replace('<?xml version="1.0"?>', '<?xml version="1.0" encoding="Shift_JIS"?>'));
  const checked = run(['check', '--today', '2026-11-27', path]);
  assert.equal(checked.code, 1);
  assert.match(checked.out, /sjis\.xml:1:31: error input\/encoding: The encoding 'Shift_JIS' is not one EDGAR accepts/);
});
