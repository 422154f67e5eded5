import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { CoalescedWriter } from '../../../server/src/cli/coalescedWriter';
import { cliBundle, examples, scratch } from './harness';

test('standard output is held until a chunk is full, then written whole and in order', () => {
  const writes: string[] = [];
  const writer = new CoalescedWriter((text) => writes.push(text), 10);
  writer.out('abc');
  writer.out('def');
  assert.deepEqual(writes, [], 'nothing written below the chunk length');
  writer.out('ghij');
  assert.deepEqual(writes, ['abcdefghij']);
  writer.out('k');
  writer.flush();
  writer.flush();
  assert.deepEqual(writes, ['abcdefghij', 'k'], 'flush writes what is held, once');
});

test('a record longer than a chunk is written at once', () => {
  const writes: string[] = [];
  const writer = new CoalescedWriter((text) => writes.push(text), 4);
  writer.out('0123456789');
  assert.deepEqual(writes, ['0123456789']);
});

test('the bundled command writes what it held before each line of standard error, and the rest at the end', () => {
  assert.ok(existsSync(cliBundle), `${cliBundle} is missing: run \`node esbuild.mjs\` first`);
  const dir = scratch();
  const good = readFileSync(join(examples, 'modern-exercise-and-sale.xml'), 'utf8');
  const flawed = good.replace(/<transactionShares>\s*<value>[^<]*<\/value>/, '<transactionShares><value>-5</value>');
  writeFileSync(join(dir, 'a.xml'), flawed);
  writeFileSync(join(dir, 'b.xml'), flawed);
  // One descriptor for both streams, as a terminal or `2>&1` gives: the order they were written in is what it shows.
  const run = spawnSync('sh', ['-c', `"${process.execPath}" "${cliBundle}" check --today 2026-11-27 --format text a.xml b.xml 2>&1`], {
    cwd: dir,
    encoding: 'utf8',
  });
  assert.equal(run.status, 1, run.stdout);
  const lines = run.stdout.trimEnd().split('\n');
  assert.match(lines[lines.length - 1], /^2 files checked: /, 'the summary (standard error) comes after every finding');
  assert.ok(lines.slice(0, -1).some((line) => line.startsWith('a.xml:')) && lines.slice(0, -1).some((line) => line.startsWith('b.xml:')));
});
