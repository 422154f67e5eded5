/** The fuzzing's CPU meter (./cpuTime.ts): it counts the work's own computing, leaves out only full collections. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cpuMsSince, measureWork } from './cpuTime';

describe('measureWork', () => {
  it('counts the CPU a computation spends, so a slow case still fails its bound', () => {
    const { result, cost } = measureWork(() => {
      const started = process.cpuUsage();
      let spins = 0;
      while (cpuMsSince(started) < 30) spins++;
      return spins;
    });
    assert.ok(result > 0);
    assert.ok(cost.cpuMs >= 30, `${cost.cpuMs} ms`);
    assert.equal(cost.workMs, Math.max(0, cost.cpuMs - cost.fullGcMs));
  });

  it('keeps young-generation collections in the work: allocation counts', () => {
    const { cost } = measureWork(() => {
      let kept = 0;
      for (let i = 0; i < 2_000_000; i++) kept += [i, i + 1].length;
      return kept;
    });
    assert.equal(cost.fullGcMs, 0, 'short-lived garbage needs no full collection');
    assert.equal(cost.workMs, cost.cpuMs);
  });

  it('lets the work throw, and stops measuring', () => {
    assert.throws(
      () =>
        measureWork(() => {
          throw new Error('the work failed');
        }),
      /the work failed/,
    );
    assert.doesNotThrow(() => measureWork(() => 1));
  });
});
