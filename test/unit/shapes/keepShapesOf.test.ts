import assert from 'node:assert/strict';
import { test } from 'node:test';
import { keepShapesOf } from '../../../server/src/engine/shapes';

test('an exemplar is made once, on the first call, with its arguments', () => {
  const made: number[] = [];
  const keep = keepShapesOf((n: number) => made.push(n));
  assert.deepEqual(made, []);
  keep(1);
  keep(2);
  assert.deepEqual(made, [1]);
});

test('an exemplar that throws costs its caller nothing and is not tried again', () => {
  let tries = 0;
  const keep = keepShapesOf(() => {
    tries++;
    throw new Error('no exemplar');
  });
  assert.doesNotThrow(() => keep());
  keep();
  assert.equal(tries, 1);
});
