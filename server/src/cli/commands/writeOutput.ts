import { lstatSync, readlinkSync, statSync, type Stats } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { writeFileAtomically } from '../atomicWrite';
import { errorReason } from '../errorReason';
import { isStandardInput } from '../inputs';
import { FileError, type CliIO } from '../io';

export interface OutputRequest {
  /** The `-o` path as given (for messages), or undefined for standard output. */
  readonly output?: string;
  readonly force: boolean;
  /** The input the text was made from (`resolveInput`'s path), which is never written over. */
  readonly input: string;
}

/** As many links as Linux follows before it gives up with ELOOP. */
const maxLinkHops = 40;

function statOrUndefined(path: string, stat: (path: string) => Stats = statSync): Stats | undefined {
  try {
    return stat(path);
  } catch {
    return undefined;
  }
}

/**
 * The file `-o` really names. A symbolic link (dangling ones included) is followed only with --force: without it, a
 * link planted where the output goes could send the write anywhere.
 */
function finalTarget(output: string, path: string, force: boolean): string {
  let current = path;
  for (let hop = 0; hop < maxLinkHops; hop++) {
    const stat = statOrUndefined(current, lstatSync);
    if (!stat?.isSymbolicLink()) return current;
    if (!force) throw new FileError(`${output} is a symbolic link; pass --force to write to the file it points to`);
    current = resolve(dirname(current), readlinkSync(current));
  }
  throw new FileError(`${output}: too many levels of symbolic links`);
}

function isSameFile(a: Stats, b: Stats | undefined): boolean {
  return b !== undefined && a.dev === b.dev && a.ino === b.ino;
}

/**
 * Writes to OUT, or to standard output without one. Never overwrites an existing file unless forced, never writes
 * over the input (by any name: the device and inode are compared), never replaces what is not a regular file, and
 * leaves an existing file as it was if the write fails.
 */
export function writeOutput(io: CliIO, text: string, request: OutputRequest): void {
  if (request.output === undefined) {
    io.out(text);
    return;
  }
  const output = request.output;
  const target = finalTarget(output, resolve(io.cwd, output), request.force);
  const existing = statOrUndefined(target);
  if (existing && !isStandardInput(request.input) && isSameFile(existing, statOrUndefined(request.input)))
    throw new FileError(`${output} is the input file; write the output somewhere else`);
  if (existing && !existing.isFile()) throw new FileError(`${output} exists and is not a regular file; nothing was written`);
  if (existing && !request.force) throw new FileError(`${output} exists; pass --force to overwrite it`);
  try {
    writeFileAtomically(target, Buffer.from(text, 'utf8'), {
      replace: request.force,
      mode: existing ? existing.mode & 0o7777 : undefined,
      writeChunk: io.writeChunk,
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new FileError(`${output} exists; pass --force to overwrite it`);
    const kept = existing ? `${output} is unchanged` : 'nothing was written';
    throw new FileError(`cannot write ${output}: ${errorReason(error)}; ${kept}`);
  }
}
