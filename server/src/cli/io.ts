import type { ReadChunk } from './boundedRead';
import type { WriteChunk } from './atomicWrite';

/** What a command may do to the outside world, passed in so tests can run commands in-process. */
export interface CliIO {
  readonly cwd: string;
  out(text: string): void;
  err(text: string): void;
  /** Reads standard input (the FILE or PATH `-`); without it, `-` is refused. */
  readonly readStdin?: ReadChunk;
  /** Colour the text report (standard output is a terminal and NO_COLOR is not set); off when absent. */
  readonly colour?: boolean;
  /** Writes bytes to an open file like `fs.writeSync`; tests pass one that fails midway, as a full disk does. */
  readonly writeChunk?: WriteChunk;
  /**
   * The script a check worker runs: the CLI bundle itself (bin.ts). Without it (the commands run in-process, as the
   * tests run them), every file is checked on the main thread.
   */
  readonly workerScript?: string;
}

/** A file that cannot be read or written as asked: said in one line, without the usage text, and exit 2. */
export class FileError extends Error {}

export const exitCodes = { ok: 0, findingsErrors: 1, usage: 2 } as const;

/** The FILE or PATH that names standard input. */
export const standardInputName = '-';

/** Colour only for a person at a terminal, and never when NO_COLOR is set to anything (https://no-color.org). */
export function wantsColour(isTTY: boolean | undefined, env: Readonly<Record<string, string | undefined>>): boolean {
  return isTTY === true && !env.NO_COLOR;
}
