import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze, definition, foldingRanges, references, symbols, type DocumentSymbol } from '../../../server/src/engine/index';
import { sliceOf } from '../../helpers/markers';
import { analyzed, offsetOf } from './fixtures';

function outline(symbol: DocumentSymbol, depth = 0): string[] {
  const line = `${'  '.repeat(depth)}${symbol.kind} ${symbol.name}${symbol.detail ? ` — ${symbol.detail}` : ''}`;
  return [line, ...symbol.children.flatMap((c) => outline(c, depth + 1))];
}

const expectedOutline = [
  'document Form 4 — 2024-03-12',
  '  issuer Example Corp — EXMP',
  '  owner Doe Jane — Chief Financial Officer',
  '  table Table I — 3 rows',
  '    row 2024-03-11 M 1,000 A — Common Stock',
  '    row 2024-03-11 S 1,500 A — Common Stock',
  '    row 2024-03-12 S 500 D — Common Stock',
  '  table Table II — 1 row',
  '    row 2024-03-11 M 1,000 D — Stock Option (Right to Buy)',
  '  footnotes Footnotes',
  '    footnote F1 — The price is a weighted average of sales between $25.10 a...',
  '  signature /s/ Jane Doe — 2024-03-18',
];

for (const format of ['xml', 'yaml'] as const) {
  test(`${format}: the outline shows issuer, owners, rows labelled date code amount direction, footnotes, signatures`, () => {
    const doc = analyzed(format);
    const [root, ...rest] = symbols(doc);
    assert.deepEqual(rest, []);
    assert.deepEqual(outline(root), expectedOutline);
    const row = root.children[2].children[1];
    assert.equal(sliceOf(doc.text, row.selectionSpan), 'nonDerivativeTransaction');
    assert.ok(row.span.start <= row.selectionSpan.start && row.selectionSpan.end <= row.span.end);
  });

  test(`${format}: definition and references of a footnote id`, () => {
    const doc = analyzed(format);
    const refOffset = offsetOf(doc.text, 'F1', 1, 0);
    const defs = definition(doc, refOffset);
    assert.equal(defs.length, 1);
    assert.equal(sliceOf(doc.text, defs[0]), 'F1');
    assert.equal(defs[0].start, offsetOf(doc.text, 'F1', 0, 1));
    const all = references(doc, defs[0].start + 1, true);
    assert.deepEqual(
      all.map((s) => s.start),
      [offsetOf(doc.text, 'F1', 0, 0), offsetOf(doc.text, 'F1', 0, 1)],
    );
    assert.deepEqual(
      references(doc, refOffset, false).map((s) => s.start),
      [offsetOf(doc.text, 'F1', 0, 0)],
    );
    assert.deepEqual(definition(doc, offsetOf(doc.text, 'F3', 1)), []);
    assert.deepEqual(definition(doc, offsetOf(doc.text, 'Doe Jane', 2)), []);
  });

  test(`${format}: definition on the name of a cell with a footnote goes to that footnote; on one without, nowhere`, () => {
    const doc = analyzed(format);
    // The second row's price carries F1 (in XML the first row's end tag comes between).
    const cell = offsetOf(doc.text, 'transactionPricePerShare', 3, format === 'xml' ? 2 : 1);
    assert.deepEqual(
      definition(doc, cell).map((s) => sliceOf(doc.text, s)),
      ['F1'],
    );
    assert.deepEqual(definition(doc, cell)[0]!.start, offsetOf(doc.text, 'F1', 0, 1));
    assert.deepEqual(definition(doc, offsetOf(doc.text, 'transactionPricePerShare', 3, 0)), []);
  });
}

test('xml: folding ranges for every multi-line element, ending on the line before the end tag', () => {
  const doc = analyzed('xml');
  const ranges = foldingRanges(doc);
  const rowStart = offsetOf(doc.text, '<nonDerivativeTransaction>');
  const row = ranges.find((r) => r.start === rowStart);
  assert.ok(row);
  assert.equal(doc.text.slice(row.end, row.end + '\n        </nonDerivativeTransaction>'.length), '\n        </nonDerivativeTransaction>');
  assert.equal(ranges.length, ranges.filter((r) => /\n/.test(doc.text.slice(r.start, r.end))).length);
  assert.ok(!ranges.some((r) => r.start === offsetOf(doc.text, '<documentType>')));
});

test('yaml: folding ranges run to the last line of the element; the whole draft is not one', () => {
  const doc = analyzed('yaml');
  const ranges = foldingRanges(doc);
  const owner = ranges.find((r) => r.start === offsetOf(doc.text, '- reportingOwnerId'));
  assert.ok(owner);
  assert.equal(doc.text.slice(owner.end - 'Chief Financial Officer'.length, owner.end), 'Chief Financial Officer');
  assert.ok(!ranges.some((r) => r.start === 0));
});

test('a document that is not a Form 4 gets a plain outline of its elements', () => {
  const doc = analyze('<portfolio>\n  <holding><name>x</name></holding>\n</portfolio>', 'xml');
  assert.deepEqual(
    symbols(doc).flatMap((s) => outline(s)),
    ['field portfolio', '  field holding'],
  );
  assert.deepEqual(symbols(analyze('', 'xml')), []);
});
