/**
 * The streamed report of `form4 check` (issue 16): JSON stays one valid array and SARIF one valid log however many
 * files come, JSON Lines gives one record per line, and the folder walk reads each file once (its root is sniffed
 * from the text read for checking).
 */
import assert from 'node:assert/strict';
import fs, { mkdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { syncBuiltinESMExports } from 'node:module';
import { join } from 'node:path';
import { test } from 'node:test';
import { maxInputBytes } from '../../../server/src/cli/boundedRead';
import { coreTimes, freeCores, requestedThreads, threadsForFree } from '../../../server/src/cli/checkPool';
import { JsonArrayWriter } from '../../../server/src/cli/output/json';
import { SarifWriter } from '../../../server/src/cli/output/sarif';
import { examples, run, scratch } from './harness';

const today = ['--today', '2026-11-27'];
const good = readFileSync(join(examples, 'modern-exercise-and-sale.xml'), 'utf8');
/** A filing with findings, so its records are not empty. */
const flawed = good.replace(/<transactionShares>\s*<value>[^<]*<\/value>/, '<transactionShares><value>-5</value>');

/** A folder of `n` filings, every other one flawed, plus XML that is not a filing (left alone by the walk). */
function batch(n: number): string {
  const dir = scratch();
  mkdirSync(join(dir, 'sub'));
  for (let i = 0; i < n; i++)
    writeFileSync(join(dir, i % 3 === 0 ? 'sub' : '', `f${String(i).padStart(3, '0')}.xml`), i % 2 ? flawed : good);
  writeFileSync(join(dir, 'pom.xml'), '<?xml version="1.0"?>\n<project><modelVersion>4.0.0</modelVersion></project>\n');
  writeFileSync(join(dir, 'logo.svg.xml'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  return dir;
}

test('the JSON array writer writes what JSON.stringify(array, null, 2) writes, element by element', () => {
  for (const items of [[], [{ a: 1 }], [{ a: 1, b: [1, 2] }, { c: 'x\ny' }, {}]]) {
    for (const depth of [0, 6]) {
      let text = '';
      const writer = new JsonArrayWriter((t) => (text += t), depth);
      for (const item of items) writer.element(JSON.stringify(item, null, 2).replace(/\n/g, '\n' + ' '.repeat(depth + 2)));
      writer.close();
      assert.equal(text, JSON.stringify(items, null, 2).replace(/\n/g, '\n' + ' '.repeat(depth)));
    }
  }
});

test('the SARIF writer gives one valid log with the results between the driver and the invocation', () => {
  let text = '';
  const writer = new SarifWriter((t) => (text += t), { version: '1.2.3', metadata: {} }, '/tmp', []);
  writer.close([{ level: 'error', message: 'cannot read x.xml: gone', file: 'x.xml' }]);
  const log = JSON.parse(text);
  assert.deepEqual(log.runs[0].results, []);
  assert.equal(log.runs[0].invocations[0].executionSuccessful, false);
  assert.equal(JSON.stringify(log, null, 2) + '\n', text, 'pretty-printed as a whole log is');
});

test('over a batch, JSON is one array and JSON Lines one line per file with the same records', () => {
  const dir = batch(40);
  const json = run(['check', '--format', 'json', ...today, '.'], dir);
  const jsonl = run(['check', '--format', 'jsonl', ...today, '.'], dir);
  assert.equal(json.code, 1, json.err);
  assert.equal(jsonl.code, 1, jsonl.err);
  const array = JSON.parse(json.out) as { file: string; diagnostics: unknown[] }[];
  assert.equal(array.length, 40, 'the filings, not the pom or the SVG');
  assert.ok(array.some((r) => r.diagnostics.length > 0) && array.some((r) => r.diagnostics.length === 0));
  assert.equal(json.out, JSON.stringify(array, null, 2) + '\n', 'formatted as one JSON.stringify of the whole');
  assert.ok(jsonl.out.endsWith('\n'));
  const lines = jsonl.out.slice(0, -1).split('\n');
  assert.deepEqual(
    lines.map((line) => JSON.parse(line)),
    array,
  );
  assert.ok(
    lines.every((line) => line === JSON.stringify(JSON.parse(line))),
    'each record on one line',
  );
});

test('a named file is checked whatever its root; a folder without a filing gives [] and exit 2', () => {
  const dir = scratch();
  writeFileSync(join(dir, 'pom.xml'), '<project/>');
  const jsonl = run(['check', '--format', 'jsonl', 'pom.xml'], dir);
  assert.equal(jsonl.out.split('\n').length, 2, 'a named file is checked whatever its root');
  const none = run(['check', '--format', 'json', '.'], dir);
  assert.equal(none.code, 2);
  assert.equal(none.out, '[]\n');
  assert.match(none.err, /no Form 4 files found/);
});

test('over a batch, SARIF is one valid log with every file’s results, and its invocation after them', () => {
  const dir = batch(30);
  const sarif = run(['check', '--format', 'sarif', ...today, '.'], dir);
  const json = JSON.parse(run(['check', '--format', 'json', ...today, '.'], dir).out) as { diagnostics: unknown[] }[];
  const log = JSON.parse(sarif.out);
  assert.equal(
    log.runs[0].results.length,
    json.reduce((n, r) => n + r.diagnostics.length, 0),
  );
  assert.deepEqual(Object.keys(log.runs[0]).slice(-2), ['results', 'invocations']);
  assert.equal(sarif.out, JSON.stringify(log, null, 2) + '\n');
});

test('the folder walk opens each file once, the ones it leaves alone included', () => {
  const dir = batch(6);
  const opened = new Map<string, number>();
  const original = fs.openSync;
  fs.openSync = ((path: fs.PathLike, ...rest: unknown[]) => {
    opened.set(String(path), (opened.get(String(path)) ?? 0) + 1);
    return (original as (...args: unknown[]) => number)(path, ...rest);
  }) as typeof fs.openSync;
  syncBuiltinESMExports();
  try {
    const result = run(['check', '--format', 'json', ...today, '.'], dir);
    assert.equal(JSON.parse(result.out).length, 6, result.err);
  } finally {
    fs.openSync = original;
    syncBuiltinESMExports();
  }
  const inBatch = [...opened].filter(([path]) => path.startsWith(dir));
  assert.equal(inBatch.length, 8, `six filings, the pom and the SVG: ${inBatch.map(([p]) => p).join(', ')}`);
  assert.deepEqual(
    inBatch.filter(([, times]) => times !== 1),
    [],
    'no file opened twice',
  );
});

test('in a folder, XML over the size limit is reported only when its root says it is a filing', () => {
  const dir = scratch();
  writeFileSync(join(dir, 'big-drawing.xml'), '<svg xmlns="http://www.w3.org/2000/svg">');
  truncateSync(join(dir, 'big-drawing.xml'), maxInputBytes + 1);
  writeFileSync(join(dir, 'big-filing.xml'), '<?xml version="1.0"?>\n<ownershipDocument>');
  truncateSync(join(dir, 'big-filing.xml'), maxInputBytes + 1);
  const result = run(['check', '--format', 'json', '.'], dir);
  assert.equal(result.code, 2);
  assert.match(result.err, /cannot read big-filing\.xml: 60,000,001 bytes, more than the limit/);
  assert.doesNotMatch(result.err, /big-drawing/);
});

test('the pool is used only with a worker script, and --jobs is taken as asked', () => {
  assert.equal(requestedThreads(undefined, undefined), 1, 'in-process runs check on the main thread');
  assert.equal(requestedThreads(4, undefined), 1);
  assert.equal(requestedThreads(3, '/cli.js'), 3);
  assert.equal(requestedThreads(1, '/cli.js'), 1);
  assert.equal(requestedThreads(undefined, '/cli.js'), undefined, 'decided by measuring');
});

test('by default a worker is started for each core found free while the main thread checked', () => {
  const at = (busy: number, own: number, total: number, cores = 2) => ({ busy, own, total, cores });
  const start = at(1000, 100, 4000);
  // Two cores for 250 ms (500 ms of core time): this thread busy on one all along.
  assert.equal(freeCores(start, at(1250, 350, 4500)), 1, 'the other core idle');
  assert.equal(freeCores(start, at(1375, 475, 4500)), 1, "this process's compiler and collector on it: still free");
  assert.equal(freeCores(start, at(1500, 350, 4500)), 0, 'another process on it');
  assert.equal(freeCores(start, at(1375, 350, 4500)), 0.5, 'another process on half of it');
  assert.equal(freeCores(start, start), 0, 'no time counted, no free core assumed');
  assert.equal(threadsForFree(1, 2), 2, 'a free core earns a worker');
  assert.equal(threadsForFree(0.8, 2), 2);
  assert.equal(threadsForFree(0.5, 2), 1, 'a core half taken by others does not');
  assert.equal(threadsForFree(0, 2), 1);
  assert.equal(threadsForFree(5.6, 8), 6, 'five cores free enough, the sixth not');
  assert.equal(threadsForFree(7, 4), 4, 'at most a thread a core');
  const now = coreTimes();
  assert.equal(now.cores, cpus().length);
  assert.ok(now.total >= now.busy && now.busy >= 0 && now.own > 0);
});
