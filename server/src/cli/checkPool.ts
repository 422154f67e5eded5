/**
 * `form4 check` on several threads: the main thread walks, writes and checks files too; workers (node:worker_threads,
 * running the CLI bundle itself, see bin.ts) check chunks of files and send back their records. The main thread stays
 * synchronous, as every command is: it waits on a shared counter the workers raise (Atomics.wait) and takes their
 * messages with receiveMessageOnPort, so no event loop is needed. Records are written in the order of the files,
 * whoever checked them, so the output is byte for byte what one thread writes.
 *
 * By default the pool is used only where it pays: a batch of at least `minPooledFiles` files, and a core that the
 * machine's load average says is free. `--jobs N` asks for N threads; `--jobs 1` checks on the main thread only.
 */
import { availableParallelism, loadavg } from 'node:os';
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
/** Chunks each worker has queued, so it never waits for the main thread. */
const queuedPerWorker = 2;
/** Chunks checked but not yet written, at most: what bounds the memory the order costs. */
const maxAhead = 8;

/** The threads to check on: --jobs when given, else 1 plus one for each core the load average leaves free. */
export function threadCount(requested: number | undefined, workerScript: string | undefined): number {
  if (workerScript === undefined) return 1;
  if (requested !== undefined) return requested;
  const cores = availableParallelism();
  const free = Math.round(cores - loadavg()[0]);
  return 1 + Math.max(0, Math.min(cores - 1, free));
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
  const threads = threadCount(requested, io.workerScript);
  const iterator = jobs[Symbol.iterator]();
  const head: CheckJob[] = [];
  if (threads > 1 && requested === undefined) {
    // Read the walk ahead far enough to know whether the batch is large enough for the pool.
    while (head.length < minPooledFiles) {
      const next = iterator.next();
      if (next.done) break;
      head.push(next.value);
    }
  }
  const all = chained(head, iterator);
  if (threads <= 1 || (requested === undefined && head.length < minPooledFiles)) {
    for (const job of all) emitJob(job, checkHere(job, settings, io), emit);
    return;
  }
  new Pool(threads - 1, io.workerScript as string, settings, io, emit).run(all);
}

function* chained<T>(first: readonly T[], rest: Iterator<T>): Generator<T> {
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
    const worker = new Worker(script, { workerData, transferList: [port2], stdout: false, stderr: false });
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
