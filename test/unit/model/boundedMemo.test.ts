import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BoundedMemo } from '../../../server/src/engine/model/boundedMemo';

test('a bounded memo computes a key once, undefined answers included, and empties itself at its limit', () => {
  const memo = new BoundedMemo<string, string | undefined>(2);
  let computed = 0;
  const ask = (key: string) => memo.get(key, () => (computed++, key === 'none' ? undefined : key.toUpperCase()));
  assert.equal(ask('a'), 'A');
  assert.equal(ask('a'), 'A');
  assert.equal(ask('none'), undefined);
  assert.equal(ask('none'), undefined);
  assert.equal(computed, 2);
  // A third key finds the table full: it is emptied, so 'a' is computed again, and the table never holds more than 2.
  assert.equal(ask('b'), 'B');
  assert.equal(ask('a'), 'A');
  assert.equal(computed, 4);
  assert.equal(ask('b'), 'B');
  assert.equal(computed, 4);
});
