/**
 * How an operation's cost grows with its input, for pinning an algorithm as linear without asserting a time: the
 * ratio of CPU times at two sizes, each the least of several runs taken in turn (small, large, small, ...), so that
 * a busy machine slows both sides alike and a stray pause inflates neither. A linear operation at sizes 16 times
 * apart gives about 16; a quadratic one about 256. Assert with a wide margin (say below 48): the gap between the
 * two is what the test is about, not the exact figure.
 */
import { cpuMsSince } from '../fuzz/cpuTime';

export interface Growth {
  readonly smallMs: number;
  readonly largeMs: number;
  /** largeMs / smallMs. */
  readonly ratio: number;
}

export function growth<T>(input: (size: number) => T, operation: (input: T) => unknown, small: number, large: number, runs = 5): Growth {
  const inputs = [input(small), input(large)] as const;
  // One run of each first, untimed, so that compiling the code on the way is not charged to the small size.
  for (const prepared of inputs) operation(prepared);
  const best = [Infinity, Infinity];
  for (let run = 0; run < runs; run++) {
    inputs.forEach((prepared, i) => {
      const started = process.cpuUsage();
      operation(prepared);
      best[i] = Math.min(best[i]!, cpuMsSince(started));
    });
  }
  const [smallMs, largeMs] = best as [number, number];
  // CPU time is counted in microseconds: a floor keeps a near-zero small run from making the ratio meaningless.
  return { smallMs, largeMs, ratio: largeMs / Math.max(smallMs, 0.05) };
}
