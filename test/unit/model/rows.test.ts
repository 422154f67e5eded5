import assert from 'node:assert/strict';
import { test } from 'node:test';
import { rowsLabel } from '../../../server/src/engine/model/rows';
import type { Row } from '../../../server/src/engine/model/types';

const row = (table: 'I' | 'II', index: number) => ({ table, index }) as unknown as Row;

test('rowsLabel: rows grouped by table, in order, each once', () => {
  assert.equal(rowsLabel([row('I', 1)]), 'Table I row 2');
  assert.equal(rowsLabel([row('I', 3), row('I', 0), row('I', 1), row('I', 0)]), 'Table I rows 1, 2 and 4');
  assert.equal(rowsLabel([row('II', 0), row('I', 1)]), 'Table I row 2 and Table II row 1');
  assert.equal(rowsLabel([]), '');
});
