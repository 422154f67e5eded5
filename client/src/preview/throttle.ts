/**
 * Re-render pacing for the preview: the first render runs at once, later requests run at most once per interval,
 * and a request that arrives inside the interval is not lost: one run happens at the interval's end (so the final
 * keystroke is always rendered). No `vscode` here, so it is testable with a fake clock.
 */
export interface Clock {
  now(): number;
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export class Throttle {
  private lastRun = Number.NEGATIVE_INFINITY;
  private timer: unknown;
  private disposed = false;

  constructor(
    private readonly intervalMs: number,
    private readonly run: () => void,
    private readonly clock: Clock = systemClock,
  ) {}

  /** Asks for a run: now if the last one is an interval ago, else once when the interval is over. */
  schedule(): void {
    if (this.disposed || this.timer !== undefined) return;
    const wait = this.lastRun + this.intervalMs - this.clock.now();
    if (wait <= 0) this.fire();
    else this.timer = this.clock.setTimeout(() => this.fire(), wait);
  }

  /** Runs now whatever the pacing (a new document, a reloaded webview), cancelling a pending run. */
  runNow(): void {
    if (this.disposed) return;
    this.cancel();
    this.fire();
  }

  dispose(): void {
    this.disposed = true;
    this.cancel();
  }

  private cancel(): void {
    if (this.timer !== undefined) this.clock.clearTimeout(this.timer);
    this.timer = undefined;
  }

  private fire(): void {
    this.timer = undefined;
    this.lastRun = this.clock.now();
    this.run();
  }
}
