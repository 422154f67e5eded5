/**
 * One fuzz run: fast-check draws plans (a base document and its mutations), each mutated text goes through the
 * properties of ./properties.ts in memory. On a failure fast-check shrinks the plan and reports it with its seed
 * and path; with FORM4_FUZZ_SAVE=1 the smallest failing text is also written to ./regressions/, to be kept there
 * (with a line in ./regressions.ts) once the bug behind it is fixed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { TestContext } from 'node:test';
import fc from 'fast-check';
import type { SourceFormat } from '../../server/src/engine/service';
import { basesIn } from './bases';
import { replay, runsFor } from './budget';
import { applyPlan, planArbitrary } from './mutations';
import { assertProperties } from './properties';

export interface FuzzStats {
  cases: number;
  roundTrips: number;
  slowestMs: number;
}

function saveFailure(format: SourceFormat, text: string): string {
  const dir = path.join(__dirname, 'regressions');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `failing-${Date.now()}.${format === 'xml' ? 'xml' : 'form4.yaml'}`);
  writeFileSync(file, text);
  return file;
}

/** Runs `cases` plans of `min` to `max` mutations of the `format` bases; throws fast-check's report on a failure. */
export function fuzz(t: TestContext, format: SourceFormat, min: number, max: number, cases: number): FuzzStats {
  const bases = basesIn(format);
  const stats: FuzzStats = { cases: 0, roundTrips: 0, slowestMs: 0 };
  let lastFailing: string | undefined;
  const property = fc.property(planArbitrary(format, bases.length, min, max), (plan) => {
    const text = applyPlan(bases[plan.base].text, format, plan.mutations);
    try {
      const outcome = assertProperties(text, format);
      stats.cases++;
      if (outcome.roundTripped) stats.roundTrips++;
      stats.slowestMs = Math.max(stats.slowestMs, outcome.elapsedMs);
    } catch (error) {
      lastFailing = text;
      throw new Error(`${bases[plan.base].name}, mutated: ${(error as Error).message}`, { cause: error });
    }
  });
  try {
    fc.assert(property, { numRuns: runsFor(cases), ...replay() });
  } catch (error) {
    if (lastFailing !== undefined && process.env.FORM4_FUZZ_SAVE)
      t.diagnostic(`smallest failing text saved to ${saveFailure(format, lastFailing)}`);
    // fast-check keeps the property's own error as the cause, which the test reporter does not print.
    const cause = (error as Error).cause;
    throw new Error(`${(error as Error).message}\n${cause instanceof Error ? cause.message : ''}`);
  }
  t.diagnostic(`${stats.cases} cases, ${stats.roundTrips} round trips, slowest analyze + check ${Math.round(stats.slowestMs)} ms of CPU`);
  return stats;
}
