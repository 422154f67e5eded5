/**
 * Standard output written synchronously. `process.stdout` on a pipe or a socket is asynchronous in Node: what does
 * not fit in the pipe at once waits in the process's memory until the event loop runs, and a command here never
 * returns to it before it ends. `form4 check ... | jq` held its whole output (about 300 MB for 200,000 filings) and
 * a reader that left early (`| head`) was answered with an EPIPE stack trace once every file had been checked.
 */
import { writeSync } from 'node:fs';

/** The reader of the output went away (EPIPE): nothing the command writes from now on can be read. */
export class OutputClosed extends Error {}

const pause = new Int32Array(new SharedArrayBuffer(4));

/**
 * Writes all of `text` to the descriptor before returning, waiting while the reader catches up. A descriptor in
 * non-blocking mode (a terminal, or a pipe another process made so) answers EAGAIN while it is full: wait a moment
 * and write the rest.
 */
export function writeAllSync(fd: number, text: string): void {
  const bytes = Buffer.from(text, 'utf8');
  let offset = 0;
  while (offset < bytes.length) {
    try {
      offset += writeSync(fd, bytes, offset, bytes.length - offset);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EPIPE') throw new OutputClosed('the reader of the output has gone');
      if (code !== 'EAGAIN') throw error;
      Atomics.wait(pause, 0, 0, 1);
    }
  }
}
