/**
 * Writing a file so that it is always either the old file or the whole new one. The bytes go to a new temporary file
 * in the target's folder (a rename is atomic only within one file system), are flushed to the disk, and only then
 * take the target's name. A full disk, a killed process or a power cut leaves the target as it was, and at worst a
 * temporary file beside it, named after it.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, fchmodSync, fsyncSync, linkSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** Writes like `fs.writeSync`: at most `length` bytes of `buffer` from `offset`, returning how many it wrote. */
export type WriteChunk = (fd: number, buffer: Uint8Array, offset: number, length: number) => number;

export interface AtomicWriteOptions {
  /** Replace an existing target (else an existing target is an error, `EEXIST`, and stays as it was). */
  readonly replace: boolean;
  /** The permission bits to give the new file (the old file's, when it is replaced). */
  readonly mode?: number;
  readonly writeChunk?: WriteChunk;
}

const writeToFile: WriteChunk = (fd, buffer, offset, length) => writeSync(fd, buffer, offset, length);

/** `.NAME.form4-RANDOM.tmp` beside the target: hidden, and plainly a leftover of writing NAME if it is ever left. */
export function temporaryPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.form4-${randomBytes(6).toString('hex')}.tmp`);
}

function writeAll(fd: number, data: Uint8Array, writeChunk: WriteChunk): void {
  for (let offset = 0; offset < data.length;) offset += writeChunk(fd, data, offset, data.length - offset);
}

/**
 * Gives the finished temporary file the target's name. Without `replace`, a hard link publishes it only if the name
 * is still free at that instant (a file created meanwhile is never overwritten); file systems without hard links
 * fall back to a rename.
 */
function publish(temporary: string, target: string, replace: boolean): void {
  if (replace) return renameSync(temporary, target);
  try {
    linkSync(temporary, target);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS') throw error;
    return renameSync(temporary, target);
  }
  unlinkSync(temporary);
}

/** Flushes the folder's entry for the new name too; not every platform can open a folder, and then this does nothing. */
function syncFolder(folder: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(folder, 'r');
    fsyncSync(fd);
  } catch {
    // The file's own data is already on the disk; only the name's durability across a power cut is best effort.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // Already gone, or never created: nothing to clean up.
  }
}

export function writeFileAtomically(target: string, data: Uint8Array, options: AtomicWriteOptions): void {
  const temporary = temporaryPathFor(target);
  const fd = openSync(temporary, 'wx', 0o666);
  try {
    try {
      // A new file gets the usual mode (narrowed by the umask); a replaced one keeps the old file's.
      if (options.mode !== undefined) fchmodSync(fd, options.mode);
      writeAll(fd, data, options.writeChunk ?? writeToFile);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    publish(temporary, target, options.replace);
  } catch (error) {
    removeQuietly(temporary);
    throw error;
  }
  syncFolder(dirname(target));
}
