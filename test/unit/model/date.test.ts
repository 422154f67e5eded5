import assert from 'node:assert/strict';
import { test } from 'node:test';
import { daysInMonth, parseDate } from '../../../server/src/engine/model/date';

test('daysInMonth agrees with Date.UTC for every month of the years 0 to 10,000', () => {
  for (let year = 0; year <= 10000; year++) {
    for (let month = 1; month <= 12; month++) {
      const expected = new Date(Date.UTC(year, month, 0)).getUTCDate();
      if (daysInMonth(year, month) !== expected) assert.fail(`${year}-${month}: ${daysInMonth(year, month)}, Date.UTC says ${expected}`);
    }
  }
});

test('a 29 February is a date in leap years only', () => {
  assert.ok(parseDate('2024-02-29'));
  assert.ok(parseDate('2000-02-29'));
  assert.equal(parseDate('1900-02-29'), undefined);
  assert.equal(parseDate('2023-02-29'), undefined);
  assert.equal(parseDate('2023-04-31'), undefined);
});
