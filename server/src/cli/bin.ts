/** Entry point of the bundled command line (dist/cli.js): runs one command against the real process. */
import { isatty } from 'node:tty';
import { isMainThread, workerData } from 'node:worker_threads';
import { isCheckWorker, serveChecks } from './checkPool';
import { CoalescedWriter } from './coalescedWriter';
import { runCli } from './main';
import { wantsColour, type CliIO } from './io';
import { OutputClosed, readStdin, writeAllSync } from './syncStdio';

if (!isMainThread && isCheckWorker(workerData)) serveChecks(workerData);
else {
  // Not process.stdout: on a pipe it holds what the reader has not taken yet in memory (syncStdio.ts).
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
