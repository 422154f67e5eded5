/**
 * Standard output as a pipeline sees it (server/src/cli/syncStdio.ts): the bundled command waits for a slow reader
 * instead of holding what it has not taken in memory, and stops quietly when the reader goes away.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { examples, finished, scratch, spawnCli } from './harness';

/** A folder of `count` copies of a filing with findings: each file's record is about a kilobyte of JSON Lines. */
function folderOf(count: number): string {
  const dir = scratch();
  const good = readFileSync(join(examples, 'modern-exercise-and-sale.xml'), 'utf8');
  const flawed = good.replace(/<transactionShares>\s*<value>[^<]*<\/value>/, '<transactionShares><value>-5</value>');
  for (let n = 0; n < count; n++) writeFileSync(join(dir, `f${n}.xml`), flawed);
  return dir;
}

/** The system call the process's main thread is in, as /proc shows it: its number and first argument. */
function currentSyscall(pid: number): string | undefined {
  try {
    return readFileSync(`/proc/${pid}/syscall`, 'utf8').split(' ').slice(0, 2).join(' ');
  } catch {
    return undefined;
  }
}

/** write(2) on descriptor 1: x86-64 and arm64 numbers. */
const writingToStdout = new Set(['1 0x1', '64 0x1']);

test(
  'with nobody reading, the command waits in its write to standard output, then writes everything',
  { skip: !existsSync('/proc/self/syscall') },
  async () => {
    const files = 2500;
    const dir = folderOf(files);
    const child = spawnCli(['check', '--today', '2026-11-27', '--format', 'jsonl', '--jobs', '1', dir]);
    let exited = false;
    child.on('exit', () => (exited = true));
    // Nothing reads the pipe yet: an asynchronous writer would check every file and hold the output; this one blocks.
    let seen: string | undefined;
    const giveUp = Date.now() + 120_000;
    while (!exited && Date.now() < giveUp) {
      seen = currentSyscall(child.pid!);
      if (seen && writingToStdout.has(seen)) break;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    assert.ok(
      seen && writingToStdout.has(seen),
      `the command never waited in a write to standard output (last seen: ${seen}, exited: ${exited})`,
    );
    const run = await finished(child);
    assert.equal(run.code, 1, run.err);
    assert.equal(run.out.split('\n').filter((line) => line.startsWith('{"file":')).length, files, 'every record arrived');
  },
);

test('when the reader goes away the command stops at once, quietly, with 141', async () => {
  const dir = folderOf(600);
  const child = spawnCli(['check', '--today', '2026-11-27', '--format', 'jsonl', '--jobs', '1', dir]);
  let err = '';
  child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
  child.stdout.destroy();
  const code = await new Promise<number | null>((resolve) => child.on('close', (status) => resolve(status)));
  assert.equal(code, 141);
  assert.equal(err, '', 'no stack trace, no message');
});
