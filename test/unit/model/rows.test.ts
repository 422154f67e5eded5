import assert from 'node:assert/strict';
import { test } from 'node:test';
import { listPhrase, rowsLabel } from '../../../server/src/engine/model/rows';
import type { Row } from '../../../server/src/engine/model/types';

/** Only the table and the index (0-based) matter to a label. */
const row = (table: 'I' | 'II', index: number) => ({ table, index }) as unknown as Row;

test('listPhrase: one, two, three items', () => {
  assert.equal(listPhrase([]), '');
  assert.equal(listPhrase(['a']), 'a');
  assert.equal(listPhrase(['a', 'b']), 'a and b');
  assert.equal(listPhrase(['a', 'b', 'c']), 'a, b and c');
});

test('rowsLabel: rows grouped by table, in order, each once', () => {
  assert.equal(rowsLabel([row('I', 1)]), 'Table I row 2');
  assert.equal(rowsLabel([row('I', 3), row('I', 0), row('I', 1), row('I', 0)]), 'Table I rows 1, 2 and 4');
  assert.equal(rowsLabel([row('II', 0), row('I', 1)]), 'Table I row 2 and Table II row 1');
  assert.equal(rowsLabel([]), '');
});

test('rowsLabel: runs of three or more as ranges; a comma keeps the tables apart', () => {
  assert.equal(rowsLabel([row('I', 0), row('I', 1), row('I', 2)]), 'Table I rows 1 to 3');
  assert.equal(rowsLabel([row('I', 0), row('I', 1), row('II', 0)]), 'Table I rows 1 and 2, and Table II row 1');
  assert.equal(
    rowsLabel([row('I', 0), row('I', 1), row('I', 2), row('II', 0), row('II', 1), row('II', 2)]),
    'Table I rows 1 to 3 and Table II rows 1 to 3',
  );
});
