/**
 * Reading input with a bound on what it can cost. A named path must be a regular file, checked before a byte is read
 * (a FIFO would block forever, `/dev/zero` never ends, a directory is no document); its size is checked before it is
 * read, and the read itself stops one byte past the limit, so a file that grows while it is read is cut off rather
 * than followed. Standard input, which has no size to ask, is read the same capped way.
 */
import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import { defaultReadLimits, grouped } from '../engine/index';
import { errorReason } from './errorReason';

/**
 * The most bytes read from one input. The engine's limit counts UTF-16 code units, and one of those takes at most
 * three bytes of UTF-8, so no input the engine would read is refused here; anything larger cannot be read there.
 */
export const maxInputBytes = defaultReadLimits.maxBytes * 3;

/** Why an input could not be read; the message is the reason, worded to follow "cannot read FILE: ". */
export class UnreadableInput extends Error {}

/** An input over the size limit: readable, but too large to check. */
export class InputTooLarge extends UnreadableInput {}

/** Reads like `fs.readSync` into `buffer` at `offset`, at most `length` bytes; 0 at the end of the input. */
export type ReadChunk = (buffer: Uint8Array, offset: number, length: number) => number;

const chunkSize = 1 << 20;

function kindOf(stat: Stats): string {
  if (stat.isDirectory()) return 'a directory';
  if (stat.isFIFO()) return 'a FIFO';
  if (stat.isCharacterDevice()) return 'a character device';
  if (stat.isBlockDevice()) return 'a block device';
  if (stat.isSocket()) return 'a socket';
  return 'not a file';
}

function unreadable(error: unknown): UnreadableInput {
  return error instanceof UnreadableInput ? error : new UnreadableInput(errorReason(error));
}

function tooLarge(maxBytes: number): UnreadableInput {
  return new InputTooLarge(`more than the limit of ${grouped(maxBytes)} bytes`);
}

function assertRegular(stat: Stats, maxBytes: number | undefined): void {
  if (!stat.isFile()) throw new UnreadableInput(`${kindOf(stat)}, not a regular file`);
  if (maxBytes !== undefined && stat.size > maxBytes)
    throw new InputTooLarge(`${grouped(stat.size)} bytes, more than the limit of ${grouped(maxBytes)}`);
}

/**
 * Everything `read` gives up to its end, refused as soon as it passes `maxBytes`. `expected` is the size the input
 * should have (a file's, from its stat): the first chunk is made one byte larger, so a file that is as large as it
 * said is read into one buffer, not copied, and one that grows is still followed chunk by chunk up to the limit.
 */
export function readCapped(read: ReadChunk, maxBytes: number, expected?: number, scratch?: ScratchBuffer): Buffer {
  const full: Buffer[] = [];
  let total = 0;
  // Each chunk is filled before the next is taken (pipes give 64 KB at a time), and the last one ends one byte past
  // the limit: enough to know the input is over it.
  const first = Math.min(expected === undefined ? chunkSize : expected + 1, maxBytes + 1);
  let chunk = scratch ? scratch.take(first) : Buffer.allocUnsafe(first);
  let filled = 0;
  for (;;) {
    if (filled === chunk.length) {
      full.push(chunk);
      chunk = Buffer.allocUnsafe(Math.min(chunkSize, maxBytes + 1 - total));
      filled = 0;
    }
    const count = read(chunk, filled, chunk.length - filled);
    if (count === 0) return full.length === 0 ? chunk.subarray(0, filled) : Buffer.concat([...full, chunk.subarray(0, filled)], total);
    filled += count;
    total += count;
    if (total > maxBytes) throw tooLarge(maxBytes);
  }
}

/**
 * Runs `read` on a regular file's descriptor. The type (and the size, given `maxBytes`) is checked by path first, so a
 * device is never even opened, then again on the descriptor, since the path may have been replaced in between; the
 * open does not block on a FIFO. `listed`: a folder's listing has just given the path as a regular file, which is what
 * the first check would ask (a batch spent 2% of its time on it), so only the descriptor is checked.
 */
function readRegular<T>(path: string, maxBytes: number | undefined, use: (read: ReadChunk, size: number) => T, listed = false): T {
  let fd: number;
  try {
    if (!listed) assertRegular(statSync(path), maxBytes);
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    throw unreadable(error);
  }
  try {
    const stat = fstatSync(fd);
    assertRegular(stat, maxBytes);
    return use((buffer, offset, length) => readSync(fd, buffer, offset, length, null), stat.size);
  } catch (error) {
    throw unreadable(error);
  } finally {
    closeSync(fd);
  }
}

/**
 * One buffer that a run reads file after file into, so a batch does not allocate (and the allocator and the garbage
 * collector then track) a buffer per file. What `take` gave is valid until the next `take`.
 */
export class ScratchBuffer {
  private buffer = Buffer.allocUnsafeSlow(64 * 1024);

  take(length: number): Buffer {
    if (length > this.buffer.length) this.buffer = Buffer.allocUnsafeSlow(Math.max(length, this.buffer.length * 2));
    return this.buffer.subarray(0, length);
  }
}

/**
 * The bytes of a regular file, refused when it is (or grows while it is read) over `maxBytes`. Read into `scratch`
 * when given: then the bytes are valid only until its next use (decode them first).
 */
export function readRegularFile(path: string, maxBytes: number = maxInputBytes, scratch?: ScratchBuffer, listed = false): Buffer {
  return readRegular(path, maxBytes, (read, size) => readCapped(read, maxBytes, size, scratch), listed);
}

/** The first `length` bytes of a regular file of any size (all of it when shorter), to tell what kind of file it is. */
export function readFileHead(path: string, length: number): Buffer {
  return readRegular(path, undefined, (read) => {
    const head = Buffer.allocUnsafe(length);
    let filled = 0;
    while (filled < length) {
      const count = read(head, filled, length - filled);
      if (count === 0) break;
      filled += count;
    }
    return head.subarray(0, filled);
  });
}

/** Standard input's bytes, capped like a file's. */
export function readStandardInput(read: ReadChunk | undefined, maxBytes: number = maxInputBytes): Buffer {
  if (!read) throw new UnreadableInput('standard input is not available');
  try {
    return readCapped(read, maxBytes);
  } catch (error) {
    throw unreadable(error);
  }
}
