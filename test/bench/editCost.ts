/**
 * What one edit costs the server, and what it sends back: one or more server bundles side by side (for example the
 * build before a change and after it), each with the same generated document open, edits alternating between them
 * (A B, then B A), each timed from `didChange` to its diagnostics. For each bundle it prints the CPU time per edit
 * (user + system from /proc, over all the timed edits), the p50 and p95 wall time, and the messages the server sent
 * per edit by method. Not part of `npm run bench`; run it when working on the edit path:
 *
 *   node --import tsx test/bench/editCost.ts [--servers=A.js,B.js] [--rows=10,30,60] [--formats=xml,yaml]
 *        [--edits=200] [--shipped] [--prof-dir=DIR]
 *
 * `--servers` defaults to dist/server.js (`node esbuild.mjs` first); `--shipped` keeps the shipped settings (the
 * adaptive debounce, capped at 150 ms) instead of debounce 0, for every server, the word `shipped` before a bundle
 * (`--servers="A.js,shipped A.js"`) for that one; `--prof-dir` starts each server under `--cpu-prof`
 * (profile an unminified bundle, `esbuild --bundle` without `--minify`, and summarise with profileSummary.ts).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { distFile } from './build';
import { noDebounce } from './editor';
import { checkedEditSpot, nthEdit } from './editSpot';
import { generateForm4 } from './generate';
import { loadCorpus } from './inputs';
import { LspSession } from './lspClient';
import { readXml } from '../../server/src/engine/read/xml';
import { writeYaml } from '../../server/src/engine/write/yaml';
import { median, percentile, round } from './stats';

function option(name: string): string | undefined {
  const prefix = `--${name}=`;
  return process.argv.find((a) => a.startsWith(prefix))?.slice(prefix.length);
}

const shipped = process.argv.includes('--shipped');
/** Each server is a bundle, optionally after Node options: `--servers="--max-semi-space-size=32 dist/server.js"`. */
const servers = (option('servers') ?? distFile('server.js')).split(',').map((spec) => {
  const words = spec.trim().split(/\s+/);
  const options = words.slice(0, -1);
  // The word `shipped` before a bundle gives that server the shipped settings, to compare them in one run.
  return {
    file: path.resolve(words[words.length - 1]),
    nodeOptions: options.filter((w) => w !== 'shipped'),
    shipped: shipped || options.includes('shipped'),
  };
});
const rows = (option('rows') ?? '10,30,60').split(',').map(Number);
const formats = (option('formats') ?? 'xml,yaml').split(',') as ('xml' | 'yaml')[];
const edits = Number(option('edits') ?? 200);
const warmup = 20;
const profDir = option('prof-dir');

interface Side {
  readonly name: string;
  readonly session: LspSession;
  readonly uri: string;
  readonly samples: number[];
  count: number;
}

/** System CPU time of a process so far, in ms (field 15 of /proc/PID/stat; USER_HZ taken as 100). */
function systemMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[12]) * 10;
}

function document(rowCount: number, format: 'xml' | 'yaml'): string {
  const xml = generateForm4(loadCorpus(), rowCount);
  if (format === 'xml') return xml;
  const root = readXml(xml).root;
  if (!root) throw new Error(`the generated ${rowCount}-row document does not read`);
  return writeYaml(root);
}

async function measure(rowCount: number, format: 'xml' | 'yaml', dir: string): Promise<void> {
  const text = document(rowCount, format);
  const offset = checkedEditSpot(text, format);
  const sides: Side[] = [];
  for (const [n, server] of servers.entries()) {
    const profiling = profDir ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(profDir)}`] : [];
    const args = [...profiling, ...server.nodeOptions, server.file, '--stdio'];
    const session = await LspSession.start({
      command: process.execPath,
      args,
      configuration: (section) => (section === 'form4' ? (server.shipped ? {} : noDebounce) : null),
    });
    const uri = pathToFileURL(path.join(dir, `edit-${n}-${rowCount}.${format === 'xml' ? 'xml' : 'form4.yaml'}`)).href;
    await session.open(uri, format, text);
    sides.push({
      name: `#${n} ${[...server.nodeOptions, ...(server.shipped ? ['shipped'] : []), path.basename(server.file)].join(' ')}`,
      session,
      uri,
      samples: [],
      count: 0,
    });
  }
  const editOnce = async (side: Side, timed: boolean) => {
    const { range, text: inserted } = nthEdit(text, offset, side.count++);
    const { ms } = await side.session.edit(side.uri, range, inserted);
    if (timed) side.samples.push(ms);
  };
  for (let n = 0; n < warmup; n++) for (const side of sides) await editOnce(side, false);
  const cpuAtStart = sides.map((s) => s.session.cpuMs());
  const sysAtStart = sides.map((s) => systemMs(s.session.pid));
  const sentAtStart = sides.map((s) => new Map(s.session.sent));
  for (let n = 0; n < edits; n++) {
    const order = n % 2 === 0 ? sides : [...sides].reverse();
    for (const side of order) await editOnce(side, true);
  }
  const load = os.loadavg().map(round).join(' ');
  for (const [n, side] of sides.entries()) {
    const cpu = (side.session.cpuMs() - cpuAtStart[n]) / edits;
    const sys = (systemMs(side.session.pid) - sysAtStart[n]) / edits;
    const sent = [...side.session.sent]
      .map(([method, total]) => [method, (total - (sentAtStart[n].get(method) ?? 0)) / edits] as const)
      .filter(([, perEdit]) => perEdit > 0)
      .map(([method, perEdit]) => `${method} ${round(perEdit)}`)
      .join(', ');
    console.log(
      `${rowCount} rows ${format} ${side.name}: CPU ${round(cpu)} ms/edit (system ${round(sys)}), p50 ${round(median(side.samples))} ms, ` +
        `p95 ${round(percentile(side.samples, 95))} ms; sent per edit: ${sent}; load ${load}`,
    );
  }
  for (const side of sides) await side.session.stop();
}

async function main(): Promise<void> {
  if (profDir) mkdirSync(profDir, { recursive: true });
  const dir = mkdtempSync(path.join(os.tmpdir(), 'form4-edit-cost-'));
  try {
    console.log(
      `${edits} edits a side after ${warmup} warm-up ones; settings: ${shipped ? 'shipped' : 'debounce 0, unless marked shipped'}`,
    );
    for (const rowCount of rows) for (const format of formats) await measure(rowCount, format, dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
});
