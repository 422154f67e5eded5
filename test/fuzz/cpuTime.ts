import { GCProfiler } from 'node:v8';

/**
 * Milliseconds of this process's CPU time since `since` (a process.cpuUsage() reading). CPU time rather than the
 * clock, so that other work on a busy CI machine (the browser tests run beside these) cannot fail a case: on an idle
 * machine the two agree, the engine being synchronous.
 */
export function cpuMsSince(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
}

/** What one piece of work cost: all CPU time, the full collections that fell inside it, and the difference. */
export interface WorkCost {
  readonly cpuMs: number;
  /** Pauses of V8's full (mark-sweep-compact) collections during the work. */
  readonly fullGcMs: number;
  /** `cpuMs` less `fullGcMs`: what a time bound holds the work to. */
  readonly workMs: number;
}

/**
 * Runs `work` and says what it cost. A full collection's cost follows the whole heap (the bases, fast-check's state,
 * the garbage of earlier cases), not the case it happens to fall in, and on an oversubscribed machine its parallel
 * helper threads spend CPU waiting for one another. The editor's features take 1 to 16 ms of CPU on the clean bases
 * even at load average 30 on 2 cores, yet one fresh-seed XML case took 1,164 ms under such load against its 1,064 ms
 * bound (replaying its seed later found a genuinely quadratic completion path, regression
 * xml-completion-long-line-indent, now fixed). So a bound holds the work to its CPU time less the full collections'
 * pauses. Young-generation collections (scavenges) stay counted: their cost follows what the case itself
 * allocates, so a path that allocates or computes super-linearly still fails the bound.
 */
export function measureWork<T>(work: () => T): { result: T; cost: WorkCost } {
  const profiler = new GCProfiler();
  profiler.start();
  const started = process.cpuUsage();
  let result: T;
  try {
    result = work();
  } catch (error) {
    profiler.stop();
    throw error;
  }
  const cpuMs = cpuMsSince(started);
  const collections = profiler.stop()?.statistics ?? [];
  const fullGcMs = collections.filter((gc) => gc.gcType === 'MarkSweepCompact').reduce((sum, gc) => sum + gc.cost / 1000, 0);
  return { result, cost: { cpuMs, fullGcMs, workMs: Math.max(0, cpuMs - fullGcMs) } };
}

/** `1,164 ms of CPU`, and the full collections left out of it when there were any. */
export function describeCost(cost: WorkCost): string {
  const work = `${Math.round(cost.workMs)} ms of CPU`;
  return cost.fullGcMs > 0 ? `${work} (${Math.round(cost.cpuMs)} ms with ${Math.round(cost.fullGcMs)} ms of full collections)` : work;
}
