/**
 * `form4 render` of a filing with more rows than a page draws (`defaultRenderLimits.maxRowsPerTable`): the page is
 * written, says where each table stopped, and standard error says so too; the exit is clean. The bench's 20 MB
 * `big-render` shape crashed here with `RangeError: Invalid string length` before the page was cut.
 */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { defaultRenderLimits } from '../../../server/src/engine/index';
import { form4Xml, transaction } from '../../helpers/form4';
import { run, scratch } from './harness';

test('render of a filing past the row limit writes a cut page and says so on standard error', () => {
  const max = defaultRenderLimits.maxRowsPerTable;
  const rows = max + 2;
  const dir = scratch();
  const file = join(dir, 'long.xml');
  writeFileSync(
    file,
    form4Xml({ rows: Array.from({ length: rows }, (_, i) => transaction({ shares: String(100 + i), acquiredDisposed: 'A' })) }),
  );
  const out = join(dir, 'long.html');
  const result = run(['render', '-o', out, file]);
  assert.equal(result.code, 0, result.err);
  const grouped = (n: number) => n.toLocaleString('en-US');
  assert.equal(
    result.err,
    `form4: ${file}: the page draws the first ${grouped(max)} of ${grouped(rows)} rows of Table I; the rest are checked but not drawn (form4 check lists their findings)\n`,
  );
  const html = readFileSync(out, 'utf8');
  assert.match(html, /<\/html>\n$/, 'the page is whole');
  assert.equal(html.match(/<tr data-row="/g)?.length, max, 'the first rows only are drawn');
  assert.ok(html.includes(`Table I: showing the first ${grouped(max)} of ${grouped(rows)} rows; the other 2 are checked but not drawn`));
});

test('render of a filing past the footnote limit says so on standard error too', () => {
  const max = defaultRenderLimits.maxFootnotes;
  const count = max + 3;
  const dir = scratch();
  const file = join(dir, 'notes.xml');
  const footnotes = Object.fromEntries(Array.from({ length: count }, (_, i) => [`F${i + 1}`, `Note ${i + 1}.`]));
  writeFileSync(file, form4Xml({ rows: [transaction({ acquiredDisposed: 'A' })], footnotes }));
  const out = join(dir, 'notes.html');
  const result = run(['render', '-o', out, file]);
  assert.equal(result.code, 0, result.err);
  const grouped = (n: number) => n.toLocaleString('en-US');
  assert.equal(
    result.err,
    `form4: ${file}: the page draws the first ${grouped(max)} of ${grouped(count)} footnotes; the rest are checked but not drawn (form4 check lists their findings)\n`,
  );
  const html = readFileSync(out, 'utf8');
  assert.equal(html.match(/<li class="f4-footnote"/g)?.length, max, 'the first footnotes only are drawn');
  assert.ok(
    html.includes(`Footnotes: showing the first ${grouped(max)} of ${grouped(count)} footnotes; the other 3 are checked but not drawn`),
  );
});

test('render of a filing within the limit says nothing on standard error', () => {
  const dir = scratch();
  const file = join(dir, 'short.xml');
  writeFileSync(file, form4Xml({ rows: [transaction({ acquiredDisposed: 'A' })] }));
  const result = run(['render', '-o', join(dir, 'short.html'), file]);
  assert.equal(result.code, 0, result.err);
  assert.equal(result.err, '');
});
