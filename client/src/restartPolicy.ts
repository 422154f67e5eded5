/**
 * When to stop restarting a crashing server. A server that dies again and again (a bug triggered by the document
 * being edited, say) would otherwise restart forever and flood the user with notifications; after `maxCrashes`
 * within `windowMs` we stop and say why. Pure (the clock is passed in) so it can be tested without VS Code.
 */
export interface RestartDecision {
  readonly restart: boolean;
  /** Crashes counted in the window, this one included. */
  readonly crashesInWindow: number;
}

export class RestartPolicy {
  private crashes: number[] = [];

  constructor(
    readonly maxCrashes = 5,
    readonly windowMs = 3 * 60 * 1000,
  ) {}

  /** Records a crash at `now` (ms) and decides whether to restart. */
  crashed(now: number): RestartDecision {
    this.crashes = this.crashes.filter((t) => now - t < this.windowMs);
    this.crashes.push(now);
    return { restart: this.crashes.length < this.maxCrashes, crashesInWindow: this.crashes.length };
  }

  /** A manual restart starts counting afresh. */
  reset(): void {
    this.crashes = [];
  }

  describeStop(): string {
    const minutes = Math.round(this.windowMs / 60_000);
    return `The Form 4 language server stopped unexpectedly ${this.maxCrashes} times in ${minutes} minutes, so it will not be restarted automatically. Its log is in the "Form 4" output; run "Form 4: Restart language server" to start it again.`;
  }
}
