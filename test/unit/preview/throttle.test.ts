import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Throttle, type Clock } from '../../../client/src/preview/throttle';

/** A clock the test moves by hand; timers fire when their time is reached. */
class FakeClock implements Clock {
  time = 0;
  private timers: { at: number; run: () => void; id: number }[] = [];
  private nextId = 1;
  now(): number {
    return this.time;
  }
  setTimeout(run: () => void, ms: number): unknown {
    const id = this.nextId++;
    this.timers.push({ at: this.time + ms, run, id });
    return id;
  }
  clearTimeout(handle: unknown): void {
    this.timers = this.timers.filter((t) => t.id !== handle);
  }
  advance(ms: number): void {
    const until = this.time + ms;
    for (;;) {
      const due = this.timers.filter((t) => t.at <= until).sort((a, b) => a.at - b.at)[0];
      if (!due) break;
      this.timers = this.timers.filter((t) => t !== due);
      this.time = due.at;
      due.run();
    }
    this.time = until;
  }
}

describe('preview render pacing', () => {
  it('renders the first request at once', () => {
    const clock = new FakeClock();
    const runs: number[] = [];
    const t = new Throttle(300, () => runs.push(clock.now()), clock);
    t.schedule();
    assert.deepEqual(runs, [0]);
  });

  it('renders at most once per interval while typing, and always the last keystroke', () => {
    const clock = new FakeClock();
    const runs: number[] = [];
    const t = new Throttle(300, () => runs.push(clock.now()), clock);
    // A keystroke every 50 ms for one second.
    for (let ms = 0; ms <= 1000; ms += 50) {
      t.schedule();
      clock.advance(50);
    }
    clock.advance(1000);
    assert.deepEqual(runs, [0, 300, 600, 900, 1200]);
    for (let i = 1; i < runs.length; i++) assert.ok(runs[i] - runs[i - 1] >= 300);
  });

  it('runs now on demand, and never after disposal', () => {
    const clock = new FakeClock();
    const runs: number[] = [];
    const t = new Throttle(300, () => runs.push(clock.now()), clock);
    t.schedule();
    clock.advance(10);
    t.schedule(); // pending for 300
    t.runNow(); // replaces the pending run
    clock.advance(1000);
    assert.deepEqual(runs, [0, 10]);
    t.schedule();
    assert.deepEqual(runs, [0, 10, 1010]);
    clock.advance(100);
    t.schedule();
    t.dispose();
    clock.advance(1000);
    t.schedule();
    t.runNow();
    assert.deepEqual(runs, [0, 10, 1010]);
  });
});
