/**
 * Standard input and output read and written synchronously, as the commands run. `process.stdout` on a pipe or a
 * socket is asynchronous in Node: what does not fit in the pipe at once waits in the process's memory until the event
 * loop runs, and a command here never returns to it before it ends. `form4 check ... | jq` held its whole output
 * (about 300 MB for 200,000 filings) and a reader that left early (`| head`) was answered with an EPIPE stack trace
 * once every file had been checked.
 */
import { readSync, writeSync } from 'node:fs';
import type { ReadChunk } from './boundedRead';

/** The reader of the output went away (EPIPE): nothing the command writes from now on can be read. */
export class OutputClosed extends Error {}

const pause = new Int32Array(new SharedArrayBuffer(4));

/**
 * `attempt()` again after `waitMs` for as long as it fails with EAGAIN: a descriptor in non-blocking mode (a
 * terminal, or a pipe another process made so) answers that while there is nothing to read or no room to write.
 */
function whileBusy<T>(attempt: () => T, waitMs: number): T {
  for (;;) {
    try {
      return attempt();
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
      Atomics.wait(pause, 0, 0, waitMs);
    }
  }
}

/** Standard input: its end reads 0, also where the platform says EOF. */
export const readStdin: ReadChunk = (buffer, offset, length) =>
  whileBusy(() => {
    try {
      return readSync(0, buffer, offset, length, null);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EOF') return 0;
      throw error;
    }
  }, 10);

/** Writes all of `text` to the descriptor before returning, waiting while the reader catches up. */
export function writeAllSync(fd: number, text: string): void {
  const bytes = Buffer.from(text, 'utf8');
  let offset = 0;
  try {
    while (offset < bytes.length) offset += whileBusy(() => writeSync(fd, bytes, offset, bytes.length - offset), 1);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EPIPE') throw new OutputClosed('the reader of the output has gone');
    throw error;
  }
}
