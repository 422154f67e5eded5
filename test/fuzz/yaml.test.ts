/**
 * Fuzzing YAML drafts: random single and multiple mutations of the YAML twins of every real Form 4 and every
 * example, through analyze + check, with the properties of ./properties.ts. Case counts are in ./budget.ts.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fuzzCases, plannedCases } from './budget';
import { fuzz } from './fuzzRun';

describe('fuzzing YAML drafts', () => {
  it('survives single mutations', (t) => {
    const stats = fuzz(t, 'yaml', 1, 1, fuzzCases.yamlSingle);
    assert.equal(stats.cases, plannedCases(fuzzCases.yamlSingle));
  });

  it('survives several mutations at once', (t) => {
    const stats = fuzz(t, 'yaml', 2, 6, fuzzCases.yamlMultiple);
    assert.equal(stats.cases, plannedCases(fuzzCases.yamlMultiple));
  });
});
