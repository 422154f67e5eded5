/** Entry point of the bundled command line (dist/cli.js): runs one command against the real process. */
import { readSync } from 'node:fs';
import { isatty } from 'node:tty';
import { isMainThread, workerData } from 'node:worker_threads';
import type { ReadChunk } from './boundedRead';
import { isCheckWorker, serveChecks } from './checkPool';
import { CoalescedWriter } from './coalescedWriter';
import { runCli } from './main';
import { wantsColour, type CliIO } from './io';
import { OutputClosed, writeAllSync } from './syncOutput';

const pause = new Int32Array(new SharedArrayBuffer(4));

/**
 * Standard input read synchronously, as the commands are. A descriptor in non-blocking mode (a terminal, a pipe its
 * writer made so) answers EAGAIN while nothing is there yet: wait a moment and read again; its end still reads 0.
 */
const readStdin: ReadChunk = (buffer, offset, length) => {
  for (;;) {
    try {
      return readSync(0, buffer, offset, length, null);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EOF') return 0;
      if (code !== 'EAGAIN') throw error;
      Atomics.wait(pause, 0, 0, 10);
    }
  }
};

if (!isMainThread && isCheckWorker(workerData)) serveChecks(workerData);
else {
  // Not process.stdout: on a pipe it holds what the reader has not taken yet in memory (syncOutput.ts).
  const stdout = new CoalescedWriter((text) => writeAllSync(1, text));
  const io: CliIO = {
    cwd: process.cwd(),
    out: (text) => stdout.out(text),
    err: (text) => {
      stdout.flush();
      process.stderr.write(text);
    },
    readStdin,
    colour: wantsColour(isatty(1), process.env),
    // A check worker runs this very bundle (esbuild keeps `__filename` as the bundle's path).
    workerScript: __filename,
  };
  try {
    process.exitCode = runCli(process.argv.slice(2), io);
    stdout.flush();
  } catch (error) {
    if (!(error instanceof OutputClosed)) {
      stdout.flush();
      throw error;
    }
    // The reader left (`form4 check ... | head`): stop quietly, with the status of a program SIGPIPE ended.
    process.exitCode = 128 + 13;
  }
}
