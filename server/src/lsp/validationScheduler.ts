/**
 * When to validate each document. A change restarts the document's wait, so a burst of keystrokes is validated
 * once, after the last; the wait adapts to what a check of that document costs (`adaptiveDelay`), so a small filing
 * is checked almost as soon as typing pauses while a large one still coalesces keystrokes. Each run gets a ticket; a
 * run whose ticket is no longer the latest (a newer change or a settings change came while it awaited) must not
 * publish.
 */

/**
 * How long the wait after a change is, as a multiple of the document's last measured check. Once: while someone
 * types faster than the server checks, checking takes at most half the time, and a real filing (at most 30 rows a
 * table, a check of 2-8 ms) has its diagnostics about 10 ms after a pause. Twice, as first shipped, added 5-16 ms of
 * pure waiting to every edit of a 30- to 60-row filing and coalesced nothing a typist produces at that size.
 */
export const costFactor = 1;

/**
 * The wait after a change to a document whose last check took `costMs` (undefined: never measured): `costFactor`
 * times it, never more than `capMs` (the `form4.validation.debounce` setting). Unmeasured, the cap itself.
 */
export function adaptiveDelay(costMs: number | undefined, capMs: number): number {
  const cap = Math.max(0, capMs);
  if (costMs === undefined || !Number.isFinite(costMs)) return cap;
  return Math.min(cap, Math.max(0, Math.round(costFactor * costMs)));
}

/**
 * The process's CPU time (user + system) in milliseconds, the clock a check's cost is measured on: on a machine whose
 * cores are busy a check's wall time includes its waits for a core, and a wait derived from that would grow with the
 * load, not with the document.
 */
export function cpuClock(): number {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
}

/** The host's timers, passed in so tests drive the scheduler with a fake clock. */
export interface SchedulerTimers {
  /** Calls `callback` after `ms` (at least 1). */
  after(ms: number, callback: () => void): unknown;
  /** Calls `callback` once the message being handled (and what is already queued for this turn) is done. */
  soon(callback: () => void): unknown;
  cancel(handle: unknown): void;
}

/** Node's: `setImmediate` for "after this message", since `setTimeout(0)` is rounded up to 1 ms. */
export const nodeTimers: SchedulerTimers = {
  after: (ms, callback) => ({ timeout: setTimeout(callback, ms) }),
  soon: (callback) => ({ immediate: setImmediate(callback) }),
  cancel: (handle) => {
    const h = handle as { timeout?: ReturnType<typeof setTimeout>; immediate?: ReturnType<typeof setImmediate> };
    if (h.timeout) clearTimeout(h.timeout);
    if (h.immediate) clearImmediate(h.immediate);
  },
};

export class ValidationScheduler {
  private readonly pending = new Map<string, unknown>();
  private readonly tickets = new Map<string, number>();
  /** What the last check of each document cost, in milliseconds. */
  private readonly costs = new Map<string, number>();
  private nextTicket = 1;

  constructor(
    private readonly run: (uri: string, ticket: number) => void | Promise<void>,
    private readonly timers: SchedulerTimers = nodeTimers,
  ) {}

  /** After an edit: waits `adaptiveDelay` of the document's last check, at most `capMs`. */
  changed(uri: string, capMs: number): void {
    this.schedule(uri, adaptiveDelay(this.costs.get(uri), capMs));
  }

  /** On open or a settings change: once the message at hand is handled. */
  now(uri: string): void {
    this.schedule(uri, 0);
  }

  /** Runs the validation of `uri` after `delayMs`, replacing any pending one; the previous run's ticket expires now. */
  schedule(uri: string, delayMs: number): void {
    this.cancel(uri);
    const ticket = this.nextTicket++;
    this.tickets.set(uri, ticket);
    const fire = (): void => {
      this.pending.delete(uri);
      void this.run(uri, ticket);
    };
    this.pending.set(uri, delayMs >= 1 ? this.timers.after(delayMs, fire) : this.timers.soon(fire));
  }

  /** What checking the document just cost: the next change's wait is derived from it. */
  measured(uri: string, costMs: number): void {
    if (Number.isFinite(costMs) && costMs >= 0) this.costs.set(uri, costMs);
  }

  /** True while no newer schedule (or cancel) has happened for the document since this ticket was given. */
  isCurrent(uri: string, ticket: number): boolean {
    return this.tickets.get(uri) === ticket;
  }

  /** Stops the pending run and expires the current ticket. */
  cancel(uri: string): void {
    const handle = this.pending.get(uri);
    if (handle !== undefined) this.timers.cancel(handle);
    this.pending.delete(uri);
    this.tickets.delete(uri);
  }

  /** The document was closed: stop its run and forget what it cost. */
  forget(uri: string): void {
    this.cancel(uri);
    this.costs.delete(uri);
  }

  dispose(): void {
    for (const handle of this.pending.values()) this.timers.cancel(handle);
    this.pending.clear();
    this.tickets.clear();
    this.costs.clear();
  }
}
