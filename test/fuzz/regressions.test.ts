/**
 * The fuzzer's past failures (./regressions.ts), each through the same properties as the fuzzing: no exception,
 * analyze + check within a second, every range inside the document, lossless round trip where due.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assertProperties } from './properties';
import { regressions } from './regressions';

describe('fuzzing regressions', () => {
  for (const regression of regressions) {
    it(regression.name, () => {
      const text = regression.text();
      const outcome = assertProperties(text, regression.format);
      if (regression.roundTrips) assert.ok(outcome.roundTripped, `a sound document, so it went through the round trip (${regression.bug})`);
      else assert.ok(outcome.findings.length > 0, `every kept failure is a faulty document, so it has findings (${regression.bug})`);
    });
  }
});
