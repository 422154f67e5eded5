/**
 * The measuring discipline every comparison follows: both sides in the same run, alternating (A B, then B A, ...),
 * warm-up rounds thrown away, medians reported. Alternating spreads the machine's drift (other processes on two
 * shared cores, GC, CPU frequency) evenly over both sides.
 */

export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

/** Nearest-rank percentile (p in 0..100) of the samples; NaN when there are none. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

export interface Side {
  readonly name: string;
  /** One sample: the milliseconds the side took (it times itself, so set-up can be left out). */
  readonly run: () => Promise<number> | number;
}

export interface PairedSamples {
  readonly [side: string]: number[];
}

/**
 * Runs `warmup` discarded rounds, then `rounds` measured ones, each running every side once; the order of the sides
 * is reversed every other round.
 */
export async function alternate(sides: readonly Side[], rounds: number, warmup: number): Promise<PairedSamples> {
  const samples: Record<string, number[]> = Object.fromEntries(sides.map((s) => [s.name, []]));
  for (let round = 0; round < warmup + rounds; round++) {
    const order = round % 2 === 0 ? sides : [...sides].reverse();
    for (const side of order) {
      const ms = await side.run();
      if (round >= warmup) samples[side.name].push(ms);
    }
  }
  return samples;
}

/** Milliseconds `work` takes, on the monotonic clock. */
export async function timed(work: () => Promise<unknown> | unknown): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

/** Rounds for display: 3 significant digits, never more than 2 decimals. */
export function round(value: number): number {
  if (!Number.isFinite(value)) return value;
  const magnitude = Math.abs(value);
  const decimals = magnitude >= 100 ? 0 : magnitude >= 10 ? 1 : 2;
  return Number(value.toFixed(decimals));
}
