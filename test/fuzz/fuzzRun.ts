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
import type { SourceFormat } from '../../server/src/engine/index';
import { basesIn } from './bases';
import { fuzzRuns, runsFor, type FuzzRun } from './budget';
import { applyPlan, planArbitrary } from './mutations';
import { assertProperties, featureSampling } from './properties';

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

/** Runs `cases` plans of `min` to `max` mutations of the `format` bases, once per planned run (./budget.ts). */
export function fuzz(t: TestContext, format: SourceFormat, min: number, max: number, cases: number): FuzzStats {
  const stats: FuzzStats = { cases: 0, roundTrips: 0, slowestMs: 0 };
  for (const run of fuzzRuns) fuzzOnce(t, format, min, max, runsFor(cases, run), run, stats);
  return stats;
}

/** One fast-check run with an explicit seed; throws fast-check's report, with the seed to replay, on a failure. */
function fuzzOnce(t: TestContext, format: SourceFormat, min: number, max: number, numRuns: number, run: FuzzRun, stats: FuzzStats): void {
  const bases = basesIn(format);
  const before = { ...stats };
  let lastFailing: string | undefined;
  const property = fc.property(planArbitrary(format, bases.length, min, max), (plan) => {
    const text = applyPlan(bases[plan.base].text, format, plan.mutations);
    try {
      const outcome = assertProperties(text, format, { features: stats.cases % featureSampling === 0 });
      stats.cases++;
      if (outcome.roundTripped) stats.roundTrips++;
      stats.slowestMs = Math.max(stats.slowestMs, outcome.elapsedMs);
    } catch (error) {
      lastFailing = text;
      throw new Error(`${bases[plan.base].name}, mutated: ${(error as Error).message}`, { cause: error });
    }
  });
  const replay = `FORM4_FUZZ_SEED=${run.seed}`;
  t.diagnostic(`${run.label} ${run.seed} (${numRuns} cases; replay with ${replay})`);
  try {
    fc.assert(property, { numRuns, seed: run.seed, ...(run.path ? { path: run.path } : {}) });
  } catch (error) {
    if (lastFailing !== undefined && process.env.FORM4_FUZZ_SAVE)
      t.diagnostic(`smallest failing text saved to ${saveFailure(format, lastFailing)}`);
    // fast-check keeps the property's own error as the cause, which the test reporter does not print.
    const cause = (error as Error).cause;
    const message = `${run.label} ${run.seed} failed (replay with ${replay} and the path below)`;
    throw new Error(`${message}\n${(error as Error).message}\n${cause instanceof Error ? cause.message : ''}`);
  }
  const cases = stats.cases - before.cases;
  t.diagnostic(
    `${cases} cases, ${stats.roundTrips - before.roundTrips} round trips, slowest analyze + check ${Math.round(stats.slowestMs)} ms of CPU`,
  );
}
