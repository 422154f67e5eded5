/**
 * Bounded reads (server/src/cli/boundedRead.ts): only regular files are read, their type and size are checked before a
 * byte is read, a read stops one byte past the cap, and standard input is capped the same way.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { maxInputBytes, readCapped, readRegularFile, UnreadableInput } from '../../../server/src/cli/boundedRead';
import { examples, finished, run, scratch, spawnCli, stdinOf } from './harness';

const example = join(examples, 'modern-exercise-and-sale.xml');

/** Far more than any of these should take; a hang (the old FIFO behaviour) is caught by it. */
const atOnceMs = 10_000;

function fifo(path: string): string {
  execFileSync('mkfifo', [path]);
  return path;
}

test('form4 check /dev/zero exits 2 at once, naming the device', async () => {
  const started = Date.now();
  const result = await finished(spawnCli(['check', '/dev/zero']));
  assert.equal(result.code, 2);
  assert.match(result.err, /cannot read .*dev\/zero: a character device, not a regular file/);
  assert.ok(Date.now() - started < atOnceMs);
});

test('a FIFO exits 2 at once in check, convert and render, with no writer at its other end', async () => {
  const dir = scratch();
  const path = fifo(join(dir, 'pipe.xml'));
  for (const args of [
    ['check', path],
    ['convert', '--to', 'yaml', path],
    ['render', path],
  ]) {
    const started = Date.now();
    const result = await finished(spawnCli(args));
    assert.equal(result.code, 2, args.join(' '));
    assert.match(result.err, /pipe\.xml: a FIFO, not a regular file/, args.join(' '));
    assert.ok(Date.now() - started < atOnceMs);
  }
});

test('a directory named as the input of convert and render is refused as one', () => {
  const dir = scratch();
  mkdirSync(join(dir, 'folder.xml'));
  for (const command of [['convert', '--to', 'yaml'], ['render']]) {
    const result = run([...command, 'folder.xml'], dir);
    assert.equal(result.code, 2);
    assert.match(result.err, /cannot read folder\.xml: a directory, not a regular file/);
    assert.doesNotMatch(result.err, /Usage:/, 'a file problem is not a usage error');
  }
});

test('the size is checked before reading: a sparse file past the cap is refused without being read', () => {
  const dir = scratch();
  const huge = join(dir, 'huge.xml');
  writeFileSync(huge, '');
  truncateSync(huge, maxInputBytes + 1);
  const started = process.cpuUsage();
  const result = run(['check', 'huge.xml'], dir);
  const cpuMs = (process.cpuUsage(started).user + process.cpuUsage(started).system) / 1000;
  assert.equal(result.code, 2);
  assert.match(result.err, /cannot read huge\.xml: 60,000,001 bytes, more than the limit of 60,000,000/);
  assert.ok(cpuMs < 500, `took ${cpuMs} ms of CPU: the file was read`);
});

test('the cap leaves room for every text the engine reads: three UTF-8 bytes for each UTF-16 unit of its limit', () => {
  assert.equal(maxInputBytes, 60_000_000);
  const dir = scratch();
  const path = join(dir, 'small.xml');
  writeFileSync(path, '0123456789');
  assert.equal(readRegularFile(path, 10).toString(), '0123456789');
  assert.throws(
    () => readRegularFile(path, 9),
    (error: Error) => error instanceof UnreadableInput && /10 bytes, more than the limit of 9/.test(error.message),
  );
});

test('a read stops one byte past the cap, so an input that never ends (or keeps growing) is cut off', () => {
  let given = 0;
  const endless = (buffer: Uint8Array, offset: number, length: number): number => {
    buffer.fill(0x61, offset, offset + length);
    given += length;
    return length;
  };
  assert.throws(() => readCapped(endless, 5_000_000), /more than the limit of 5,000,000 bytes/);
  assert.equal(given, 5_000_001);
  // A source that gives little at a time, as a pipe does, is read whole up to its end.
  let left = 300_000;
  const trickle = (buffer: Uint8Array, offset: number, length: number): number => {
    const count = Math.min(length, left, 1000);
    buffer.fill(0x62, offset, offset + count);
    left -= count;
    return count;
  };
  assert.equal(readCapped(trickle, 300_000).length, 300_000);
});

test('standard input (-) is read and checked like a file, capped the same way', async () => {
  const text = readFileSync(example, 'utf8');
  const viaFile = run(['check', '--format', 'json', '--today', '2026-11-27', example]);
  const viaStdin = run(['check', '--format', 'json', '--today', '2026-11-27', '-'], undefined, { readStdin: stdinOf(text) });
  assert.equal(viaStdin.code, viaFile.code);
  const [fromStdin] = JSON.parse(viaStdin.out);
  assert.equal(fromStdin.file, '<stdin>');
  assert.deepEqual(fromStdin.diagnostics, JSON.parse(viaFile.out)[0].diagnostics);
  // A draft has no name to tell it by on standard input: what is not XML is read as YAML.
  const draft = run(['convert', '--to', 'xml', '-'], undefined, { readStdin: stdinOf(run(['convert', '--to', 'yaml', example]).out) });
  assert.equal(draft.code, 0);
  assert.equal(draft.out, run(['convert', '--to', 'xml', example]).out);
  assert.equal(run(['check', '-']).code, 2, 'without a standard input to read, - is refused');

  // The real process, its standard input an endless device: cut off at the cap, exit 2.
  const zero = openSync('/dev/zero', 'r');
  try {
    const started = Date.now();
    const result = await finished(spawnCli(['check', '-'], { stdio: [zero, 'pipe', 'pipe'] }));
    assert.equal(result.code, 2);
    assert.match(result.err, /cannot read <stdin>: more than the limit of 60,000,000 bytes/);
    assert.ok(Date.now() - started < atOnceMs);
  } finally {
    closeSync(zero);
  }
});
