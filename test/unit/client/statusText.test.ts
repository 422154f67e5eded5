import assert from 'node:assert/strict';
import { test } from 'node:test';
import { shownCounts } from '../../../client/src/statusText';

test('the status shows errors and warnings, each only when there are some', () => {
  assert.equal(shownCounts('Form 4', { errors: 2, warnings: 3 }), 'Form 4: 2 errors, 3 warnings');
  assert.equal(shownCounts('Form 4', { errors: 1, warnings: 0 }), 'Form 4: 1 error');
  assert.equal(shownCounts('Form 4/A', { errors: 0, warnings: 1 }), 'Form 4/A: 1 warning');
  assert.equal(shownCounts('Form 4', { errors: 0, warnings: 0 }), 'Form 4');
});
