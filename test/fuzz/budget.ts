/**
 * How many cases each fuzz run tries: 100,000 in all, the count the issue asks of every CI run, spread over single
 * and multiple mutations of XML and of YAML. A YAML case costs about twice an XML one, so YAML gets fewer and the two
 * files (run side by side by test/run.mjs) end at about the same time: see docs/security.md for the measured time.
 *
 * FORM4_FUZZ_SCALE=0.05 runs a twentieth of each for a quick local look; FORM4_FUZZ_SEED (and FORM4_FUZZ_PATH)
 * replay a reported failure. Otherwise a local run draws a new seed and so explores new cases, while CI (CI=true)
 * uses `ciSeed`: a submission's verdict must not depend on the draw, and a failure there must replay exactly.
 * Change `ciSeed` on purpose, after a local run with the new value has passed, to move CI to fresh cases.
 */
export const fuzzCases = {
  xmlSingle: 32_000,
  xmlMultiple: 28_000,
  yamlSingle: 22_000,
  yamlMultiple: 18_000,
} as const;

export const totalFuzzCases = Object.values(fuzzCases).reduce((sum, n) => sum + n, 0);

function envNumber(name: string): number | undefined {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') return undefined;
  const n = Number(raw);
  if (!Number.isFinite(n)) throw new Error(`${name} must be a number, got '${raw}'`);
  return n;
}

/** The runs for one property after FORM4_FUZZ_SCALE, at least one. */
export function runsFor(cases: number): number {
  const scale = envNumber('FORM4_FUZZ_SCALE') ?? 1;
  return Math.max(1, Math.round(cases * scale));
}

export const ciSeed = 20_261_127;

/** fast-check's seed and path: a failure being replayed, CI's fixed seed, or none (a fresh draw). */
export function replay(): { seed?: number; path?: string } {
  const seed = envNumber('FORM4_FUZZ_SEED') ?? (process.env.CI === 'true' ? ciSeed : undefined);
  const path = process.env.FORM4_FUZZ_PATH;
  return { ...(seed === undefined ? {} : { seed }), ...(path ? { path } : {}) };
}
