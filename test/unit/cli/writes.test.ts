/**
 * Writes (server/src/cli/atomicWrite.ts, commands/writeOutput.ts): a temporary file beside the target, flushed and
 * renamed over it, so the old file survives a full disk and a killed process byte for byte; no symbolic link followed
 * and no existing file replaced without --force; never the input, never what is not a regular file.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import {
  closeSync,
  existsSync,
  linkSync,
  lstatSync,
  openSync,
  readdirSync,
  readFileSync,
  statSync,
  chmodSync,
  symlinkSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { WriteChunk } from '../../../server/src/cli/atomicWrite';
import { examples, finished, run, scratch, spawnCli } from './harness';

const example = join(examples, 'modern-exercise-and-sale.xml');
const stallHook = join(__dirname, 'stallWrites.cjs');
/** Bytes that are certainly not what convert or render writes: non-ASCII, no final line break. */
const oldBytes = Buffer.from('old draft: Müller, 1,000 shares \u00a0', 'utf8');

/** The error a full disk gives, taken from the kernel: a write to /dev/full fails with ENOSPC. */
function diskFullError(): Error {
  const fd = openSync('/dev/full', 'w');
  try {
    writeSync(fd, Buffer.from('x'));
  } catch (error) {
    return error as Error;
  } finally {
    closeSync(fd);
  }
  throw new Error('/dev/full accepted a write');
}

/** Writes the first `room` bytes for real, then fails as the disk fills up. */
function diskFullAfter(room: number): WriteChunk {
  const full = diskFullError();
  let written = 0;
  return (fd, buffer, offset, length) => {
    if (written >= room) throw full;
    const count = writeSync(fd, buffer, offset, Math.min(length, room - written));
    written += count;
    return count;
  };
}

function withOld(dir: string, name: string): string {
  const path = join(dir, name);
  writeFileSync(path, oldBytes);
  return path;
}

test('a full disk midway through the write leaves the old file byte for byte, and no temporary file', () => {
  assert.match(String((diskFullError() as NodeJS.ErrnoException).code), /ENOSPC/);
  const dir = scratch();
  const target = withOld(dir, 'out.form4.yaml');
  const result = run(['convert', '--to', 'yaml', '--force', '-o', 'out.form4.yaml', example], dir, { writeChunk: diskFullAfter(1000) });
  assert.equal(result.code, 2);
  assert.match(result.err, /cannot write out\.form4\.yaml: ENOSPC; out\.form4\.yaml is unchanged/);
  assert.deepEqual(readFileSync(target), oldBytes);
  assert.deepEqual(readdirSync(dir), ['out.form4.yaml']);

  const rendered = run(['render', '--force', '-o', 'out.form4.yaml', example], dir, { writeChunk: diskFullAfter(0) });
  assert.equal(rendered.code, 2);
  assert.deepEqual(readFileSync(target), oldBytes);

  // A new file is not left half-written either: there is no file at all.
  const fresh = run(['convert', '--to', 'yaml', '-o', 'new.form4.yaml', example], dir, { writeChunk: diskFullAfter(1000) });
  assert.equal(fresh.code, 2);
  assert.match(fresh.err, /ENOSPC; nothing was written/);
  assert.deepEqual(readdirSync(dir), ['out.form4.yaml']);
});

/** Runs the bundled CLI with writes that hang halfway, and kills it there, once the temporary file holds some bytes. */
async function killMidWrite(dir: string, args: string[]): Promise<string[]> {
  const child = spawnCli(args, { cwd: dir, nodeArgs: ['--require', stallHook] });
  const done = finished(child);
  await new Promise<void>((resolve, reject) => {
    let err = '';
    child.stderr.on('data', (chunk: Buffer) => {
      err += chunk.toString();
      if (err.includes('form4-test: write stalled')) resolve();
    });
    child.on('exit', () => reject(new Error(`the CLI exited before its write stalled: ${err}`)));
  });
  const leftovers = readdirSync(dir).filter((name) => name.endsWith('.tmp'));
  assert.equal(leftovers.length, 1, 'the write goes to one temporary file');
  assert.ok(statSync(join(dir, leftovers[0])).size > 0, 'the process is killed in the middle of writing it');
  child.kill('SIGKILL');
  assert.equal((await done).code, -1);
  return leftovers;
}

test('a write killed midway leaves the old file byte for byte, and the rerun works', async () => {
  const dir = scratch();
  const target = withOld(dir, 'out.form4.yaml');
  const [leftover] = await killMidWrite(dir, ['convert', '--to', 'yaml', '--force', '-o', 'out.form4.yaml', example]);
  assert.match(leftover, /^\.out\.form4\.yaml\.form4-[0-9a-f]+\.tmp$/, 'a leftover is named after the file it was for');
  assert.deepEqual(readFileSync(target), oldBytes);

  const rerun = run(['convert', '--to', 'yaml', '--force', '-o', 'out.form4.yaml', example], dir);
  assert.equal(rerun.code, 0, rerun.err);
  assert.equal(readFileSync(target, 'utf8'), run(['convert', '--to', 'yaml', example]).out);
});

test('a first write killed midway leaves no file behind to block the rerun', async () => {
  const dir = scratch();
  await killMidWrite(dir, ['render', '-o', 'form.html', example]);
  assert.ok(!existsSync(join(dir, 'form.html')));
  const rerun = run(['render', '-o', 'form.html', example], dir);
  assert.equal(rerun.code, 0, rerun.err);
  assert.match(readFileSync(join(dir, 'form.html'), 'utf8'), /^<!DOCTYPE html>/i);
});

test('-o follows no symbolic link without --force, dangling or not', () => {
  const dir = scratch();
  symlinkSync(join(dir, 'elsewhere.form4.yaml'), join(dir, 'dangling.form4.yaml'));
  const viaDangling = run(['convert', '--to', 'yaml', '-o', 'dangling.form4.yaml', example], dir);
  assert.equal(viaDangling.code, 2);
  assert.match(viaDangling.err, /dangling\.form4\.yaml is a symbolic link; pass --force/);
  assert.ok(!existsSync(join(dir, 'elsewhere.form4.yaml')));

  const real = withOld(dir, 'real.html');
  symlinkSync(real, join(dir, 'link.html'));
  assert.equal(run(['render', '-o', 'link.html', example], dir).code, 2);
  assert.deepEqual(readFileSync(real), oldBytes);

  // With --force the link is followed: its target is written, and the link stays a link.
  assert.equal(run(['convert', '--to', 'yaml', '--force', '-o', 'dangling.form4.yaml', example], dir).code, 0);
  assert.equal(readFileSync(join(dir, 'elsewhere.form4.yaml'), 'utf8'), run(['convert', '--to', 'yaml', example]).out);
  assert.ok(lstatSync(join(dir, 'dangling.form4.yaml')).isSymbolicLink());
});

test('render refuses to overwrite without --force, and keeps the replaced file’s permissions with it', () => {
  const dir = scratch();
  const target = withOld(dir, 'form.html');
  chmodSync(target, 0o640);
  const refused = run(['render', '-o', 'form.html', example], dir);
  assert.equal(refused.code, 2);
  assert.match(refused.err, /form\.html exists; pass --force to overwrite it/);
  assert.deepEqual(readFileSync(target), oldBytes);
  assert.equal(run(['render', '--force', '-o', 'form.html', example], dir).code, 0);
  assert.match(readFileSync(target, 'utf8'), /^<!DOCTYPE html>/i);
  assert.equal(statSync(target).mode & 0o777, 0o640);
});

test('render and convert never write over their input, by any name, even with --force', () => {
  const dir = scratch();
  const input = join(dir, 'filing.xml');
  writeFileSync(input, readFileSync(example));
  const before = readFileSync(input);
  linkSync(input, join(dir, 'hard-link.xml'));
  symlinkSync(input, join(dir, 'soft-link.xml'));
  for (const output of ['filing.xml', './filing.xml', 'hard-link.xml', 'soft-link.xml']) {
    for (const command of [['render'], ['convert', '--to', 'xml']]) {
      const result = run([...command, '--force', '-o', output, 'filing.xml'], dir);
      assert.equal(result.code, 2, `${command[0]} -o ${output}`);
      assert.match(result.err, /is the input file/);
    }
  }
  assert.deepEqual(readFileSync(input), before);
});

test('-o never replaces what is not a regular file, even with --force, and never waits on a FIFO', () => {
  const dir = scratch();
  execFileSync('mkfifo', [join(dir, 'pipe.html')]);
  const result = run(['render', '--force', '-o', 'pipe.html', example], dir);
  assert.equal(result.code, 2);
  assert.match(result.err, /pipe\.html exists and is not a regular file; nothing was written/);
  assert.ok(statSync(join(dir, 'pipe.html')).isFIFO());
});
