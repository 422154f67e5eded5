/**
 * `form4 check --jobs N` (issue 16): the bundled CLI over copies of the real corpus, with the walk's notices and
 * unreadable files among them, writes the same bytes on standard output and standard error, and exits the same,
 * on one thread and on the pool.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, linkSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { test } from 'node:test';
import { corpusFiles } from '../../helpers/shared';
import { finished, scratch, spawnCli } from './harness';

const copies = 3;

const filings = [...corpusFiles('form3'), ...corpusFiles('form4'), ...corpusFiles('form5')];

/** The corpus placed `folders` times in `dir`, in folders copy-0, copy-1...; `place` copies or links a file. */
function placeCorpus(dir: string, folders: number, place: (from: string, to: string) => void): void {
  for (let copy = 0; copy < folders; copy++) {
    const folder = join(dir, `copy-${copy}`);
    mkdirSync(folder);
    for (const file of filings) place(file, join(folder, basename(file)));
  }
}

/** The corpus copied `copies` times into folders, with a FIFO, a dangling link and a pom among the filings. */
function corpusBatch(): string {
  const dir = scratch();
  placeCorpus(dir, copies, copyFileSync);
  execFileSync('mkfifo', [join(dir, 'copy-1', 'M-fifo.xml')]);
  symlinkSync(join(dir, 'gone.xml'), join(dir, 'copy-1', 'N-dangling.xml'));
  writeFileSync(join(dir, 'copy-2', 'O-pom.xml'), '<project/>');
  return dir;
}

test('--jobs 1 and --jobs 2 write the same bytes over the corpus, in every format', async () => {
  const dir = corpusBatch();
  for (const format of ['json', 'sarif', 'text', 'jsonl', 'github']) {
    const runs = [];
    for (const jobs of ['1', '2']) {
      runs.push(await finished(spawnCli(['check', '--format', format, '--today', '2026-11-27', '--jobs', jobs, '.'], { cwd: dir })));
    }
    const [one, pool] = runs;
    assert.equal(one.code, 2, `${format}: the FIFO cannot be read: ${one.err.slice(0, 300)}`);
    assert.ok(one.out.length > 10_000, `${format}: a real report`);
    assert.equal(pool.code, one.code, format);
    assert.ok(pool.out === one.out, `${format}: standard output differs between --jobs 1 and --jobs 2`);
    assert.equal(pool.err, one.err, format);
  }
});

test('by default a batch large enough for the pool is checked alone first, then on the pool or not, the same bytes', async () => {
  // Hard links of the corpus, past the size at which the run measures the free cores: whichever way it then goes
  // (told by FORM4_TEST_FREE_CORES, as an idle or a loaded machine would), it writes what one thread writes.
  const dir = scratch();
  const folders = Math.ceil(3100 / filings.length);
  placeCorpus(dir, folders, linkSync);
  const args = ['check', '--format', 'jsonl', '--today', '2026-11-27', '.'];
  const one = await finished(spawnCli([...args, '--jobs', '1'], { cwd: dir }));
  assert.equal(one.code, 1, one.err.slice(0, 300));
  assert.equal(one.out.split('\n').length - 1, folders * filings.length, 'a record a file');
  for (const free of ['1', '0']) {
    const auto = await finished(spawnCli(args, { cwd: dir, env: { ...process.env, FORM4_TEST_FREE_CORES: free } }));
    assert.equal(auto.code, one.code, `free ${free}`);
    assert.ok(auto.out === one.out, `free ${free}: standard output differs from --jobs 1`);
    assert.equal(auto.err, one.err, `free ${free}`);
  }
});
