/**
 * Where a YAML completion is (the keys enclosing the cursor), in the cases its line-by-line reading has to get
 * right: every kind of line break LineIndex counts, continuation lines of multi-line scalars that look like keys,
 * lines passed over on their indentation, and a cursor far down a long table.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze, complete, type CompletionItem } from '../../../server/src/engine/index';
import { marked } from '../../helpers/markers';

/** The keys offered at the marked cursor (the key each element item inserts, after a list dash), sorted; snippets left out. */
function keysAt(source: string): string[] {
  const { text, spans } = marked(source);
  assert.equal(spans.length, 1, 'mark exactly one span');
  return keysOf(complete(analyze(text, 'yaml'), spans[0].end));
}

function keysOf(items: readonly CompletionItem[]): string[] {
  return items
    .filter((i) => i.kind === 'element')
    .map((i) => /^(?:- )?([\w.@#-]+)/.exec(i.insertText)?.[1] ?? '')
    .filter((k) => k !== '')
    .sort();
}

const row = (shares: number) =>
  [
    '  - nonDerivativeTransaction:',
    '      securityTitle: Common Stock',
    '      transactionDate: 2024-01-02',
    '      transactionCoding:',
    '        transactionFormType: 4',
    '        transactionCode: S',
    '        equitySwapInvolved: 0',
    '      transactionAmounts:',
    `        transactionShares: ${shares}`,
  ].join('\n');

/** A draft whose last row's amounts are being filled in at the cursor. */
function draftWithRows(count: number): string {
  const rows = Array.from({ length: count }, (_, i) => row(100 + i));
  return `documentType: 4\nperiodOfReport: 2024-01-02\nnonDerivativeTable:\n${rows.join('\n')}\n        «»\n`;
}

describe('yaml completion context', () => {
  const amountKeys = keysAt(draftWithRows(1));

  it('finds the enclosing keys of a cell in a row', () => {
    assert.ok(amountKeys.includes('transactionPricePerShare'), amountKeys.join(', '));
    assert.ok(amountKeys.includes('transactionAcquiredDisposedCode'));
    assert.ok(!amountKeys.includes('transactionShares'), 'a key present is not offered again');
  });

  it('reads the same context whatever the line breaks: \\n, \\r\\n, a lone \\r', () => {
    const source = draftWithRows(3);
    assert.deepEqual(keysAt(source.replace(/\n/g, '\r\n')), amountKeys);
    const mixed = source.split('\n').reduce((out, line, i) => (i === 0 ? line : out + ['\n', '\r\n'][i % 2] + line), '');
    assert.deepEqual(keysAt(mixed), amountKeys);
    // The YAML reader takes a lone \r for no break, so there is no tree to say which keys the row has already; the
    // enclosing keys are still read from the lines, as LineIndex counts them.
    const lone = keysAt(source.replace(/\n/g, '\r'));
    assert.deepEqual(lone, [...amountKeys, 'transactionShares'].sort());
  });

  it('finds them far down a long table, past every earlier row', () => {
    assert.deepEqual(keysAt(draftWithRows(400)), amountKeys);
  });

  it('offers a row at a new list item after the last row (of fewer than the 30 a table may have)', () => {
    const source = draftWithRows(20).replace(/ +«»\n$/, '  - «»\n');
    assert.deepEqual(keysAt(source), ['nonDerivativeHolding', 'nonDerivativeTransaction']);
  });

  it('does not take a continuation line of a multi-line scalar for a key', () => {
    // " reportingOwnerAddress: ..." is the second line of a quoted scalar: the cursor below is in reportingOwner,
    // not in an address.
    const continued = 'documentType: 4\nreportingOwner: "an owner\n reportingOwnerAddress: still text"\n  «»\n';
    assert.deepEqual(keysAt(continued), ['reportingOwnerAddress', 'reportingOwnerId', 'reportingOwnerRelationship']);
  });
});
