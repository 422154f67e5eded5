/**
 * Debounced validation per document. A change restarts the document's timer, so a burst of keystrokes is
 * validated once, after the last. Each run gets a ticket; a run whose ticket is no longer the latest (a newer
 * change or a settings change came while it awaited) must not publish.
 */
export class ValidationScheduler {
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly tickets = new Map<string, number>();
  private nextTicket = 1;

  constructor(private readonly run: (uri: string, ticket: number) => void | Promise<void>) {}

  /** Runs the validation of `uri` after `delayMs`, replacing any pending one; the previous run's ticket expires now. */
  schedule(uri: string, delayMs: number): void {
    this.cancel(uri);
    const ticket = this.nextTicket++;
    this.tickets.set(uri, ticket);
    const timer = setTimeout(() => {
      this.timers.delete(uri);
      void this.run(uri, ticket);
    }, delayMs);
    this.timers.set(uri, timer);
  }

  /** True while no newer schedule (or cancel) has happened for the document since this ticket was given. */
  isCurrent(uri: string, ticket: number): boolean {
    return this.tickets.get(uri) === ticket;
  }

  /** Stops the pending run and expires the current ticket (e.g. the document was closed). */
  cancel(uri: string): void {
    const timer = this.timers.get(uri);
    if (timer) clearTimeout(timer);
    this.timers.delete(uri);
    this.tickets.delete(uri);
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    this.tickets.clear();
  }
}
