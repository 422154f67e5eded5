/**
 * Fuzzing EDGAR XML: random single and multiple mutations of every real Form 4 in the corpus and every example,
 * through analyze + check, with the properties of ./properties.ts. Case counts are in ./budget.ts.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fuzzCases, plannedCases } from './budget';
import { fuzz } from './fuzzRun';

describe('fuzzing XML documents', () => {
  it('survives single mutations', (t) => {
    const stats = fuzz(t, 'xml', 1, 1, fuzzCases.xmlSingle);
    assert.equal(stats.cases, plannedCases(fuzzCases.xmlSingle));
  });

  it('survives several mutations at once', (t) => {
    const stats = fuzz(t, 'xml', 2, 6, fuzzCases.xmlMultiple);
    assert.equal(stats.cases, plannedCases(fuzzCases.xmlMultiple));
  });
});
