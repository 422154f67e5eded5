/**
 * Re-render pacing for the preview: the first render runs at once, later requests run at most once per interval,
 * and a request that arrives inside the interval is not lost: one run happens at the interval's end (so the final
 * keystroke is always rendered). At most one run is in flight: a request made while one is awaited is kept and run
 * once that one settles, so renders never queue up behind a slow server (a 4.4 MB filing once had renders every
 * 300 ms piling up for 97 s). A request that makes the awaited run stale ({@link Throttle.supersede}) also aborts it,
 * so its host can cancel the request. No `vscode` here, so it is testable with a fake clock.
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

/** A run: given the signal that aborts when it goes stale; a promise it returns is awaited before the next run. */
export type ThrottledRun = (signal: AbortSignal) => void | Promise<void>;

export class Throttle {
  private lastRun = Number.NEGATIVE_INFINITY;
  private timer: unknown;
  private disposed = false;
  /** The run being awaited, and the means to abort it. */
  private inFlight: AbortController | undefined;
  /** What was asked for while a run was in flight, to do when it settles. */
  private pending: 'paced' | 'now' | undefined;

  constructor(
    private readonly intervalMs: number,
    private readonly run: ThrottledRun,
    private readonly clock: Clock = systemClock,
  ) {}

  /** Asks for a run: now if the last one is an interval ago, else once when the interval is over. */
  schedule(): void {
    if (this.disposed) return;
    if (this.inFlight) {
      this.pending ??= 'paced';
      return;
    }
    if (this.timer !== undefined) return;
    const wait = this.lastRun + this.intervalMs - this.clock.now();
    if (wait <= 0) this.fire();
    else this.timer = this.clock.setTimeout(() => this.fire(), wait);
  }

  /** Asks for a run because what the run in flight works on has changed: aborts that one, then as {@link schedule}. */
  supersede(): void {
    if (this.disposed) return;
    this.inFlight?.abort();
    this.schedule();
  }

  /** What the run in flight works on has changed, and a later request will ask again: aborts that run only. */
  abort(): void {
    this.inFlight?.abort();
  }

  /** Runs now whatever the pacing (a new document, a reloaded webview): a run in flight is aborted, then followed. */
  runNow(): void {
    if (this.disposed) return;
    this.cancel();
    if (this.inFlight) {
      this.inFlight.abort();
      this.pending = 'now';
      return;
    }
    this.fire();
  }

  dispose(): void {
    this.disposed = true;
    this.cancel();
    this.inFlight?.abort();
  }

  private cancel(): void {
    if (this.timer !== undefined) this.clock.clearTimeout(this.timer);
    this.timer = undefined;
  }

  private fire(): void {
    this.timer = undefined;
    this.lastRun = this.clock.now();
    const controller = new AbortController();
    this.inFlight = controller;
    const settle = () => this.settle(controller);
    let result: void | Promise<void>;
    try {
      result = this.run(controller.signal);
    } catch (error) {
      settle();
      throw error;
    }
    if (result instanceof Promise) result.then(settle, settle);
    else settle();
  }

  private settle(controller: AbortController): void {
    if (this.inFlight !== controller) return;
    this.inFlight = undefined;
    const next = this.pending;
    this.pending = undefined;
    if (next === 'now') this.runNow();
    else if (next === 'paced') this.schedule();
  }
}
