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
    const t = new Throttle(300, () => void runs.push(clock.now()), clock);
    t.schedule();
    assert.deepEqual(runs, [0]);
  });

  it('renders at most once per interval while typing, and always the last keystroke', () => {
    const clock = new FakeClock();
    const runs: number[] = [];
    const t = new Throttle(300, () => void runs.push(clock.now()), clock);
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
    const t = new Throttle(300, () => void runs.push(clock.now()), clock);
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

  /** A throttle whose runs stay in flight until the test settles them: the server's answers, by hand. */
  function slowRenders(clock: FakeClock) {
    const runs: Array<{ at: number; signal: AbortSignal; settle: () => void }> = [];
    const throttle = new Throttle(
      300,
      (signal) =>
        new Promise<void>((resolve) => {
          runs.push({ at: clock.now(), signal, settle: resolve });
        }),
      clock,
    );
    return { runs, throttle };
  }

  /** Lets the settled promises' callbacks run. */
  const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

  it('waits for the render in flight, then renders once more however many edits came meanwhile', async () => {
    const clock = new FakeClock();
    const { runs, throttle } = slowRenders(clock);
    throttle.schedule();
    for (let ms = 0; ms < 2000; ms += 50) {
      clock.advance(50);
      throttle.schedule();
    }
    assert.deepEqual(
      runs.map((r) => r.at),
      [0],
      'nothing more is sent while the first is awaited',
    );
    runs[0]!.settle();
    await tick();
    assert.deepEqual(
      runs.map((r) => r.at),
      [0, 2000],
      'one render follows, at once, the interval being long past',
    );
    runs[1]!.settle();
    await tick();
    clock.advance(1000);
    assert.equal(runs.length, 2, 'and nothing after it without a new request');
  });

  it('aborts a render made stale by an edit, and follows it with the newest after it settles', async () => {
    const clock = new FakeClock();
    const { runs, throttle } = slowRenders(clock);
    throttle.schedule();
    clock.advance(100);
    throttle.schedule(); // the findings changed: the render in flight is not stale
    assert.equal(runs[0]!.signal.aborted, false);
    throttle.supersede(); // the text changed: it is
    assert.equal(runs[0]!.signal.aborted, true);
    assert.equal(runs.length, 1, 'the next waits for the stale one to settle (its cancellation answered)');
    runs[0]!.settle();
    await tick();
    clock.advance(300);
    assert.deepEqual(
      runs.map((r) => r.at),
      [0, 300],
      'paced: 300 ms after the first',
    );
    assert.equal(runs[1]!.signal.aborted, false);
  });

  it('aborts a stale render without asking for another: the next comes when the server has checked the edit', async () => {
    const clock = new FakeClock();
    const { runs, throttle } = slowRenders(clock);
    throttle.schedule();
    throttle.abort(); // an edit of a checked document: the render in flight is stale
    assert.equal(runs[0]!.signal.aborted, true);
    runs[0]!.settle();
    await tick();
    clock.advance(1000);
    assert.equal(runs.length, 1, 'no render until asked');
    throttle.schedule(); // the edit's status came
    assert.equal(runs.length, 2);
    assert.equal(runs[1]!.signal.aborted, false);
    throttle.abort();
    throttle.abort();
    assert.equal(runs[1]!.signal.aborted, true, 'and aborting twice is harmless');
  });

  it('runs at once after the aborted render when asked to run now, and aborts everything on disposal', async () => {
    const clock = new FakeClock();
    const { runs, throttle } = slowRenders(clock);
    throttle.schedule();
    clock.advance(10);
    throttle.runNow();
    assert.equal(runs[0]!.signal.aborted, true);
    runs[0]!.settle();
    await tick();
    assert.deepEqual(
      runs.map((r) => r.at),
      [0, 10],
    );
    throttle.dispose();
    assert.equal(runs[1]!.signal.aborted, true);
    runs[1]!.settle();
    await tick();
    throttle.schedule();
    assert.equal(runs.length, 2);
  });
});
