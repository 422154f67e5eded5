/**
 * `form4 check` on several threads: the main thread walks, writes and checks files too; workers (node:worker_threads,
 * running the CLI bundle itself, see bin.ts) check chunks of files and send back their records. The main thread stays
 * synchronous, as every command is: it waits on a shared counter the workers raise (Atomics.wait) and takes their
 * messages with receiveMessageOnPort, so no event loop is needed. Records are written in the order of the files,
 * whoever checked them, so the output is byte for byte what one thread writes.
 *
 * By default the pool is used only where it pays: a batch of at least `minPooledFiles` files, and a core found free
 * while the main thread checked the batch's first files (`freeCores`). `--jobs N` asks for N threads; `--jobs 1`
 * checks on the main thread only.
 */
import { availableParallelism, cpus } from 'node:os';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import { checkFile, type CheckSettings, type CheckTarget, type FileOutcome } from './checkFile';
import { isStandardInput } from './inputs';
import type { CliIO } from './io';
import type { RunNotice } from './output/report';

/** A file to check (absent for the walk's last notices), with the walk's notices that come before it in the run. */
export interface CheckJob {
  readonly target?: CheckTarget;
  readonly before: readonly RunNotice[];
}

/** What the run hears, in the order of the files: a file's outcome, or notices of the walk. */
export type CheckEvent = FileOutcome | { readonly kind: 'notices'; readonly notices: readonly RunNotice[] };

/** Below this many files, starting workers (about 50 ms each, and their compiler's warm-up) costs more than it saves. */
export const minPooledFiles = 3000;
/** Files a worker checks per message: enough that messages cost little, few enough that the order is kept cheaply. */
const chunkFiles = 64;
/**
 * Chunks each worker has queued, so it never waits for the main thread, which refills the queues only between the
 * chunks it checks itself (about 15 ms each): with two queued a worker could run dry meanwhile (50,000 files took
 * 8.6-9.2 s on two threads against 7.9-8.4 s with four).
 */
const queuedPerWorker = 4;
/** Chunks checked but not yet written, at most: what bounds the memory the order costs (records, a few MB). */
const maxAhead = 32;
/**
 * A worker's young generation, half V8's default: a worker is a second heap, a fixed cost the pool adds to the peak
 * of a large batch. At 24 MB a 200,000-file batch peaked at 150 MB against 164, in the same time (50,000 files
 * 7.3-7.6 s either way); at 12 MB it checked slower.
 */
const workerYoungGenerationMb = 24;

/**
 * How long the main thread checks a large batch alone before deciding on the pool: long enough for the cores' time
 * to be counted in more than a few clock ticks (10 ms on Linux), short beside the run (3,000 files take seconds).
 */
const probeMs = 250;
/** The free share of a core that earns it a worker: a worker on a core half taken by others costs more than it gains. */
const workerFreeShare = 0.75;

/**
 * The threads asked for: --jobs when given, 1 where there is no worker script (in-process runs), undefined when
 * the run decides itself (`threadsForFree`, after measuring).
 */
export function requestedThreads(requested: number | undefined, workerScript: string | undefined): number | undefined {
  if (workerScript === undefined) return 1;
  return requested;
}

/** What every core has spent so far, in milliseconds, busy and in all, and what of it this process spent. */
export interface CoreTimes {
  readonly busy: number;
  readonly total: number;
  readonly own: number;
  readonly cores: number;
}

export function coreTimes(): CoreTimes {
  let busy = 0;
  let total = 0;
  const all = cpus();
  for (const { times } of all) {
    busy += times.user + times.nice + times.sys + times.irq;
    total += times.user + times.nice + times.sys + times.irq + times.idle;
  }
  const own = process.cpuUsage();
  return { busy, total, own: (own.user + own.system) / 1000, cores: all.length };
}

/**
 * The cores left free between two samples taken around work on this thread: every core, less the one this thread
 * kept busy, less what other processes used. This process's other threads (its compiler and collector, a third to
 * half of a core beside a checking thread) are not counted against the machine: with them a second thread still gains
 * (1.2x at 50,000 files on two otherwise idle cores), and counting them would keep the pool off on every machine
 * of two cores.
 */
export function freeCores(before: CoreTimes, after: CoreTimes): number {
  const total = after.total - before.total;
  if (total <= 0 || after.cores === 0) return 0;
  const elapsedPerCore = total / after.cores;
  const others = Math.max(0, after.busy - before.busy - (after.own - before.own));
  return Math.max(0, after.cores - 1 - others / elapsedPerCore);
}

/**
 * The threads to check on, given the free cores measured while the main thread was checking: 1 plus a worker for
 * each core free for at least `workerFreeShare` of the time, at most one thread a core. Measured rather than taken
 * from the load average, which trails by a minute: right after a build or a previous run it reports busy cores
 * that are idle again, and the other way round.
 */
export function threadsForFree(free: number, cores: number): number {
  const workers = Math.floor(free + (1 - workerFreeShare));
  return 1 + Math.max(0, Math.min(cores - 1, workers));
}

interface WorkerData {
  readonly role: 'form4-check';
  readonly port: MessagePort;
  readonly signal: Int32Array;
  readonly settings: CheckSettings;
}

type ChunkRequest = { readonly id: number; readonly targets: readonly CheckTarget[] } | 'close';
type ChunkReply = { readonly id: number; readonly outcomes: readonly FileOutcome[] } | { readonly id: number; readonly error: string };

/** True in a thread the pool started: bin.ts then serves checks instead of running a command. */
export function isCheckWorker(data: unknown): data is WorkerData {
  return typeof data === 'object' && data !== null && (data as Partial<WorkerData>).role === 'form4-check';
}

/** A worker's side: each chunk checked and sent back, then the shared counter raised to wake the main thread. */
export function serveChecks(data: WorkerData): void {
  data.port.on('message', (request: ChunkRequest) => {
    if (request === 'close') {
      data.port.close();
      return;
    }
    let reply: ChunkReply;
    try {
      reply = { id: request.id, outcomes: request.targets.map((target) => checkFile(target, data.settings, {})) };
    } catch (error) {
      reply = { id: request.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
    }
    data.port.postMessage(reply);
    Atomics.add(data.signal, 0, 1);
    Atomics.notify(data.signal, 0);
  });
}

function emitJob(job: CheckJob, outcome: FileOutcome | undefined, emit: (event: CheckEvent) => void): void {
  if (job.before.length > 0) emit({ kind: 'notices', notices: job.before });
  if (outcome) emit(outcome);
}

function checkHere(job: CheckJob, settings: CheckSettings, io: CliIO): FileOutcome | undefined {
  return job.target && checkFile(job.target, settings, io);
}

/** Checks every job's file and emits the events in the jobs' order, on `threadCount` threads. */
export function checkFiles(
  jobs: Iterable<CheckJob>,
  settings: CheckSettings,
  io: CliIO,
  requested: number | undefined,
  emit: (event: CheckEvent) => void,
): void {
  const asked = requestedThreads(requested, io.workerScript);
  const cores = availableParallelism();
  const iterator = jobs[Symbol.iterator]();
  const head: CheckJob[] = [];
  if (asked === undefined && cores > 1) {
    // Read the walk ahead far enough to know whether the batch is large enough for the pool.
    while (head.length < minPooledFiles) {
      const next = iterator.next();
      if (next.done) break;
      head.push(next.value);
    }
  }
  const all = chained(head, iterator);
  const checkOne = (job: CheckJob) => emitJob(job, checkHere(job, settings, io), emit);
  const checkAll = (rest: Iterable<CheckJob>) => {
    for (const job of rest) checkOne(job);
  };
  if (asked === undefined && (cores <= 1 || head.length < minPooledFiles)) return checkAll(all);
  const threads = asked ?? threadsForFree(probe(all, checkOne), cores);
  if (threads <= 1) return checkAll(all);
  new Pool(threads - 1, io.workerScript as string, settings, io, emit).run(all);
}

/**
 * Checks jobs from `jobs` on the main thread for `probeMs`, and says how many cores were free meanwhile (`freeCores`):
 * the others' load, measured while this thread keeps its own core busy. The jobs it took are done; the rest are left.
 */
function probe(jobs: Iterator<CheckJob>, check: (job: CheckJob) => void): number {
  const given = testFreeCores();
  const before = coreTimes();
  const started = performance.now();
  while (performance.now() - started < probeMs) {
    const next = jobs.next();
    if (next.done) break;
    check(next.value);
  }
  return given ?? freeCores(before, coreTimes());
}

/**
 * For the tests only: FORM4_TEST_FREE_CORES is what the probe reports instead of what it measured, so a test takes
 * the pool's way (or the single thread's) after the probe whatever the machine's load.
 */
function testFreeCores(): number | undefined {
  const given = process.env.FORM4_TEST_FREE_CORES;
  return given === undefined || given === '' ? undefined : Number(given);
}

function* chained<T>(first: readonly T[], rest: Iterator<T>): Generator<T, void, undefined> {
  yield* first;
  for (let next = rest.next(); !next.done; next = rest.next()) yield next.value;
}

interface PoolWorker {
  readonly worker: Worker;
  readonly port: MessagePort;
  queued: number;
}

class Pool {
  private readonly signal = new Int32Array(new SharedArrayBuffer(4));
  private readonly workers: PoolWorker[];
  /** Each chunk's jobs until it is written (for the walk's notices), and its outcomes once checked. */
  private readonly chunks = new Map<number, readonly CheckJob[]>();
  private readonly done = new Map<number, readonly (FileOutcome | undefined)[]>();
  private taken = 0;
  private written = 0;

  constructor(
    workers: number,
    script: string,
    private readonly settings: CheckSettings,
    private readonly io: CliIO,
    private readonly emit: (event: CheckEvent) => void,
  ) {
    this.workers = Array.from({ length: workers }, () => this.start(script));
  }

  private start(script: string): PoolWorker {
    const { port1, port2 } = new MessageChannel();
    const workerData: WorkerData = { role: 'form4-check', port: port2, signal: this.signal, settings: this.settings };
    const worker = new Worker(script, {
      workerData,
      transferList: [port2],
      stdout: false,
      stderr: false,
      resourceLimits: { maxYoungGenerationSizeMb: workerYoungGenerationMb },
    });
    worker.unref();
    return { worker, port: port1, queued: 0 };
  }

  run(jobs: Iterable<CheckJob>): void {
    const iterator = jobs[Symbol.iterator]();
    let exhausted = false;
    const nextChunk = (): CheckJob[] | undefined => {
      const chunk: CheckJob[] = [];
      while (chunk.length < chunkFiles) {
        const next = iterator.next();
        if (next.done) break;
        chunk.push(next.value);
      }
      if (chunk.length === 0) exhausted = true;
      return chunk.length > 0 ? chunk : undefined;
    };
    try {
      for (;;) {
        while (!exhausted && this.taken - this.written < maxAhead) {
          const idle = this.workers.find((w) => w.queued < queuedPerWorker);
          if (!idle) break;
          const chunk = nextChunk();
          if (chunk) this.send(idle, chunk);
        }
        this.receive();
        this.writeReady();
        if (exhausted && this.written === this.taken) return;
        if (!exhausted && this.taken - this.written < maxAhead) {
          // Nothing to write yet and room ahead: the main thread checks a chunk itself.
          const chunk = nextChunk();
          if (chunk) this.checkHere(chunk);
          continue;
        }
        this.waitForReply();
      }
    } finally {
      for (const w of this.workers) w.port.postMessage('close');
    }
  }

  private send(w: PoolWorker, chunk: readonly CheckJob[]): void {
    const id = this.taken++;
    this.chunks.set(id, chunk);
    // Standard input can be read only here; a chunk with it (at most one) stays on the main thread.
    if (chunk.some((job) => job.target && isStandardInput(job.target.path))) {
      this.done.set(
        id,
        chunk.map((job) => checkHere(job, this.settings, this.io)),
      );
      return;
    }
    const targets = chunk.flatMap((job) => (job.target ? [job.target] : []));
    w.port.postMessage({ id, targets } satisfies ChunkRequest);
    w.queued++;
  }

  private checkHere(chunk: readonly CheckJob[]): void {
    const id = this.taken++;
    this.chunks.set(id, chunk);
    this.done.set(
      id,
      chunk.map((job) => checkHere(job, this.settings, this.io)),
    );
  }

  /** Every reply that has come, matched back to its chunk's jobs (a job without a file has no outcome). */
  private receive(): boolean {
    let any = false;
    for (const w of this.workers) {
      for (let message = receiveMessageOnPort(w.port); message; message = receiveMessageOnPort(w.port)) {
        const reply = message.message as ChunkReply;
        if ('error' in reply) throw new Error(`a check worker failed: ${reply.error}`);
        w.queued--;
        const outcomes = [...reply.outcomes];
        this.done.set(
          reply.id,
          (this.chunks.get(reply.id) ?? []).map((job) => (job.target ? outcomes.shift() : undefined)),
        );
        any = true;
      }
    }
    return any;
  }

  private writeReady(): void {
    for (let outcomes = this.done.get(this.written); outcomes; outcomes = this.done.get(this.written)) {
      const jobs = this.chunks.get(this.written) ?? [];
      jobs.forEach((job, i) => emitJob(job, outcomes[i], this.emit));
      this.chunks.delete(this.written);
      this.done.delete(this.written);
      this.written++;
    }
  }

  /** Sleeps until a worker raises the counter; the count is read before looking, so no reply is missed. */
  private waitForReply(): void {
    const seen = Atomics.load(this.signal, 0);
    if (this.receive()) return;
    Atomics.wait(this.signal, 0, seen);
  }
}
