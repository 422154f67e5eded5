/**
 * Milliseconds of this process's CPU time since `since` (a process.cpuUsage() reading). CPU time rather than the
 * clock, so that other work on a busy CI machine (the browser tests run beside these) cannot fail a case: on an idle
 * machine the two agree, the engine being synchronous.
 */
export function cpuMsSince(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
}
