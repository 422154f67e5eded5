import assert from 'node:assert/strict';
import { test } from 'node:test';
import { listPhrase, rowsLabel } from '../../../server/src/engine/model/rows';
import type { Row } from '../../../server/src/engine/model/types';

/** Only the table and the index matter to a label. */
const row = (table: 'I' | 'II', number: number) => ({ table, index: number - 1 }) as unknown as Row;

test('listPhrase: one, two, three items', () => {
  assert.equal(listPhrase([]), '');
  assert.equal(listPhrase(['a']), 'a');
  assert.equal(listPhrase(['a', 'b']), 'a and b');
  assert.equal(listPhrase(['a', 'b', 'c']), 'a, b and c');
});

test('rowsLabel: runs of three or more as ranges, tables kept apart', () => {
  assert.equal(rowsLabel([row('I', 2)]), 'Table I row 2');
  assert.equal(rowsLabel([row('I', 1), row('I', 2)]), 'Table I rows 1 and 2');
  assert.equal(rowsLabel([row('I', 1), row('I', 2), row('I', 3)]), 'Table I rows 1 to 3');
  assert.equal(rowsLabel([row('I', 1), row('I', 4), row('I', 6)]), 'Table I rows 1, 4 and 6');
  assert.equal(rowsLabel([row('I', 1), row('II', 1)]), 'Table I row 1 and Table II row 1');
  assert.equal(rowsLabel([row('I', 1), row('I', 2), row('II', 1)]), 'Table I rows 1 and 2, and Table II row 1');
  assert.equal(
    rowsLabel([row('I', 1), row('I', 2), row('I', 3), row('II', 1), row('II', 2), row('II', 3)]),
    'Table I rows 1 to 3 and Table II rows 1 to 3',
  );
});
