/**
 * Batch throughput and memory against libxml2 (issue 16): `form4 check --format json FOLDER` (structure and every
 * rule, the folder walk included) against `xmllint --noout --schema` (structure only) over the same files, each as
 * whole processes, side by side in alternating rounds. The files are the real corpus (forms 3, 4 and 5 and their
 * amendments) replicated into a temporary folder, as hard links to one copy, in subfolders of 1,000 as an archive
 * keeps them. xmllint needs each form's own v5.5 schema, and a command line holds only so many paths, so its side is
 * several processes, timed together (the peak RSS is the largest of them); ours is one process.
 *
 * `form4 check` runs as it ships (the pool decides by itself, from the batch's size and the load average) and with
 * `--jobs 1` and `--jobs 2`, so the pool's effect shows beside the default. Every figure carries the load average
 * (1 minute) taken just before it.
 *
 * The scale check (`npm run bench -- scale`) runs once: 2,000 and 200,000 files, each under
 * `--max-old-space-size=256`, for the peak RSS of each, their ratio (at most 1.5 is the target) and whether the
 * large run finished; its folder is removed afterwards.
 */
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, linkSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { corpusFiles, sharedDir } from '../helpers/shared';
import { projectRoot } from './build';
import { median, round } from './stats';

const schemaDir = path.join(sharedDir, 'sec', 'xsd', 'v5.5');

/** The schema xmllint checks a filing by: its form's own, by the documentType it declares. */
const schemaFor: Readonly<Record<string, string>> = {
  '3': 'ownership3Document.xsd.xml',
  '3/A': 'ownership3ADocument.xsd.xml',
  '4': 'ownership4Document.xsd.xml',
  '4/A': 'ownership4ADocument.xsd.xml',
  '5': 'ownership5Document.xsd.xml',
  '5/A': 'ownership5ADocument.xsd.xml',
};

/** Paths per xmllint process: well inside the kernel's limit on a command line. */
const xmllintBatch = 4000;
const filesPerFolder = 1000;

function xmllintVersion(): string | undefined {
  const result = spawnSync('xmllint', ['--version'], { encoding: 'utf8' });
  return result.status === 0 ? (result.stderr || result.stdout).split('\n')[0] : undefined;
}

/** xmllint's version, installing Debian's libxml2-utils first when it is missing. */
export function ensureXmllint(): string {
  const present = xmllintVersion();
  if (present) return present;
  console.log('xmllint is missing: installing libxml2-utils (apt-get)');
  let install = spawnSync('apt-get', ['install', '-y', '-q', 'libxml2-utils'], { stdio: 'inherit' });
  if (install.status !== 0) {
    spawnSync('apt-get', ['update', '-q'], { stdio: 'inherit' });
    install = spawnSync('apt-get', ['install', '-y', '-q', 'libxml2-utils'], { stdio: 'inherit' });
  }
  const installed = xmllintVersion();
  if (!installed) throw new Error('xmllint is not available and libxml2-utils could not be installed');
  return installed;
}

interface ProcessTimes {
  /** Wall-clock milliseconds, start-up included. */
  readonly wallMs: number;
  /** User + system CPU milliseconds of the process and its threads (V8's compiler and GC threads included). */
  readonly cpuMs: number;
  /** Peak resident set size, MB. */
  readonly peakRssMB: number;
  readonly code: number;
  /** What the process wrote on standard output, counted: occurrences of `count`, when asked. */
  readonly counted: number;
}

/**
 * One process under GNU time (wall, user, system, peak RSS), run in `cwd`. Standard output is read and thrown away
 * (occurrences of `count` counted on the way, across chunk boundaries); standard error is kept for the message if
 * the process fails. Exit codes 0 and 1 (findings) are fine, and xmllint's 3 (invalid).
 */
function measured(command: string, args: readonly string[], cwd: string, count?: string): Promise<ProcessTimes> {
  const timesFile = path.join(os.tmpdir(), `form4-bench-time-${process.pid}-${Math.random().toString(36).slice(2)}`);
  return new Promise((resolve, reject) => {
    const child = spawn('/usr/bin/time', ['-f', '%e %U %S %M', '-o', timesFile, command, ...args], {
      cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let counted = 0;
    let tail = '';
    child.stdout.on('data', (chunk: Buffer) => {
      if (!count) return;
      const text = tail + chunk.toString('latin1');
      for (let at = text.indexOf(count); at >= 0; at = text.indexOf(count, at + count.length)) counted++;
      tail = text.slice(Math.max(0, text.length - count.length + 1));
    });
    let err = '';
    child.stderr.on('data', (chunk: Buffer) => {
      if (err.length < 2000) err += chunk.toString();
    });
    child.on('error', reject);
    child.on('close', (code, signal) => {
      let times: RegExpExecArray | null = null;
      try {
        times = /([\d.]+) ([\d.]+) ([\d.]+) (\d+)\s*$/.exec(readFileSync(timesFile, 'utf8'));
        rmSync(timesFile, { force: true });
      } catch {
        // No times file: the failure below says why.
      }
      const status = code ?? -1;
      if (signal || !times || (status !== 0 && status !== 1 && !(command === 'xmllint' && status === 3))) {
        reject(new Error(`${command} ended with ${signal ?? `exit code ${status}`}: ${err.slice(0, 500)}`));
        return;
      }
      resolve({
        wallMs: Number(times[1]) * 1000,
        cpuMs: (Number(times[2]) + Number(times[3])) * 1000,
        peakRssMB: Number(times[4]) / 1024,
        code: status,
        counted,
      });
    });
  });
}

interface CorpusFiling {
  readonly path: string;
  readonly name: string;
  readonly schema: string;
  readonly bytes: number;
}

function realCorpus(): CorpusFiling[] {
  return (['form3', 'form4', 'form5'] as const).flatMap((form) =>
    corpusFiles(form).map((file) => {
      const text = readFileSync(file, 'utf8');
      const type = /<documentType>\s*([^<\s]+)\s*<\/documentType>/.exec(text)?.[1] ?? '';
      const schema = schemaFor[type];
      if (!schema) throw new Error(`${file}: documentType '${type}' has no schema in ${schemaDir}`);
      return { path: file, name: path.basename(file), schema, bytes: statSync(file).size };
    }),
  );
}

/** A batch on disk: the folder ours is given, and the files by schema (relative to the folder) for xmllint. */
interface FileSet {
  readonly label: string;
  readonly dir: string;
  readonly files: number;
  readonly bytes: number;
  readonly bySchema: ReadonlyMap<string, string[]>;
}

/** `files` filings: the corpus over and over, hard links to one copy of it, `filesPerFolder` to a subfolder. */
export function replicate(dir: string, files: number, corpus: readonly CorpusFiling[] = realCorpus()): FileSet {
  const originals = path.join(dir, '.originals');
  mkdirSync(originals, { recursive: true });
  for (const file of corpus) copyFileSync(file.path, path.join(originals, file.name));
  const tree = path.join(dir, 'filings');
  const bySchema = new Map<string, string[]>();
  let bytes = 0;
  for (let i = 0; i < files; i++) {
    const file = corpus[i % corpus.length];
    const folder = `part-${String(Math.floor(i / filesPerFolder)).padStart(4, '0')}`;
    if (i % filesPerFolder === 0) mkdirSync(path.join(tree, folder), { recursive: true });
    const relative = `${folder}/${String(Math.floor(i / corpus.length)).padStart(4, '0')}-${file.name}`;
    linkSync(path.join(originals, file.name), path.join(tree, relative));
    if (!bySchema.has(file.schema)) bySchema.set(file.schema, []);
    bySchema.get(file.schema)!.push(relative);
    bytes += file.bytes;
  }
  return { label: `real corpus x${round(files / corpus.length)}`, dir: tree, files, bytes, bySchema };
}

/** xmllint over the set: one process per schema and per `xmllintBatch` files, one after the other. */
async function xmllintSide(set: FileSet): Promise<ProcessTimes> {
  let total: ProcessTimes = { wallMs: 0, cpuMs: 0, peakRssMB: 0, code: 0, counted: 0 };
  for (const [schema, files] of set.bySchema) {
    for (let at = 0; at < files.length; at += xmllintBatch) {
      const args = ['--noout', '--schema', path.join(schemaDir, schema), ...files.slice(at, at + xmllintBatch)];
      const run = await measured('xmllint', args, set.dir);
      total = {
        wallMs: total.wallMs + run.wallMs,
        cpuMs: total.cpuMs + run.cpuMs,
        peakRssMB: Math.max(total.peakRssMB, run.peakRssMB),
        code: Math.max(total.code, run.code),
        counted: 0,
      };
    }
  }
  return total;
}

/**
 * `form4 check --format json FOLDER`, each file's record counted by its `"file":` key. It runs in the checkout, so it
 * finds no stray `.form4rc.json` above a temporary folder (settings are looked up from the working folder upwards).
 */
function oursSide(cli: string, set: FileSet, jobs: string | undefined, nodeArgs: readonly string[] = []): Promise<ProcessTimes> {
  const args = [...nodeArgs, cli, 'check', '--format', 'json', ...(jobs ? ['--jobs', jobs] : []), set.dir];
  return measured(process.execPath, args, projectRoot, '"file": ');
}

interface SideFigures {
  readonly wallMs: number;
  readonly cpuMs: number;
  readonly peakRssMB: number;
  readonly filesPerSecond: number;
  /** xmllint's wall time over this side's: at least 1.0 is the target. */
  readonly ratio: number;
  /** The load averages (1 minute) just before each measured round, median. */
  readonly loadAverage: number;
}

export interface BatchResult {
  readonly label: string;
  readonly files: number;
  readonly megabytes: number;
  readonly rounds: number;
  readonly sides: Readonly<Record<string, SideFigures>>;
  /** What each side reported in an untimed run, to show both read every file. */
  readonly check: { readonly oursFilesReported: number; readonly xmllintFailed: number; readonly xmllintValidated: number };
}

function xmllintCounts(set: FileSet): { validated: number; failed: number } {
  let validated = 0;
  let failed = 0;
  for (const [schema, files] of set.bySchema) {
    for (let at = 0; at < files.length; at += xmllintBatch) {
      const run = spawnSync('xmllint', ['--noout', '--schema', path.join(schemaDir, schema), ...files.slice(at, at + xmllintBatch)], {
        cwd: set.dir,
        encoding: 'utf8',
        maxBuffer: 1024 * 1024 * 1024,
      });
      validated += (run.stderr.match(/ validates$/gm) ?? []).length;
      failed += (run.stderr.match(/ fails to validate$/gm) ?? []).length;
    }
  }
  return { validated, failed };
}

/** Alternating rounds of every side over `set` (the order reversed every other round); the first `warmup` dropped. */
async function race(cli: string, set: FileSet, rounds: number, warmup: number): Promise<BatchResult> {
  const sides: Record<string, () => Promise<ProcessTimes>> = {
    'form4 check': () => oursSide(cli, set, undefined),
    'form4 check --jobs 1': () => oursSide(cli, set, '1'),
    'form4 check --jobs 2': () => oursSide(cli, set, '2'),
    'xmllint --schema': () => xmllintSide(set),
  };
  const samples: Record<string, { times: ProcessTimes; load: number }[]> = Object.fromEntries(Object.keys(sides).map((s) => [s, []]));
  let reported = -1;
  for (let round = 0; round < warmup + rounds; round++) {
    const names = round % 2 === 0 ? Object.keys(sides) : Object.keys(sides).reverse();
    for (const name of names) {
      const load = os.loadavg()[0];
      const times = await sides[name]();
      if (name.startsWith('form4')) {
        if (times.counted !== set.files) throw new Error(`${name} reported ${times.counted} of ${set.files} files`);
        reported = times.counted;
      }
      if (round >= warmup) samples[name].push({ times, load });
    }
  }
  const xmllintWall = median(samples['xmllint --schema'].map((s) => s.times.wallMs));
  const figures = (name: string): SideFigures => {
    const wallMs = median(samples[name].map((s) => s.times.wallMs));
    return {
      wallMs: round(wallMs),
      cpuMs: round(median(samples[name].map((s) => s.times.cpuMs))),
      peakRssMB: round(Math.max(...samples[name].map((s) => s.times.peakRssMB))),
      filesPerSecond: round((set.files * 1000) / wallMs),
      ratio: round(xmllintWall / wallMs),
      loadAverage: round(median(samples[name].map((s) => s.load))),
    };
  };
  const xmllint = xmllintCounts(set);
  return {
    label: set.label,
    files: set.files,
    megabytes: round(set.bytes / 1e6),
    rounds,
    sides: Object.fromEntries(Object.keys(sides).map((name) => [name, figures(name)])),
    check: { oursFilesReported: reported, xmllintValidated: xmllint.validated, xmllintFailed: xmllint.failed },
  };
}

/** Batches of about 4,200 and 50,000 files, each in its own folder, removed after. */
export async function benchBatch(cli: string, workDir: string): Promise<BatchResult[]> {
  const corpus = realCorpus();
  const results: BatchResult[] = [];
  for (const [files, rounds, warmup] of [
    [4200, 3, 1],
    [50000, 2, 0],
  ] as const) {
    const dir = path.join(workDir, `batch-${files}`);
    try {
      results.push(await race(cli, replicate(dir, files, corpus), rounds, warmup));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return results;
}

export interface ScaleRun {
  readonly files: number;
  readonly peakRssMB: number;
  readonly wallMs: number;
  readonly filesReported: number;
  readonly exitCode: number;
  readonly loadAverage: number;
}

export interface ScaleResult {
  readonly nodeArgs: readonly string[];
  readonly runs: readonly ScaleRun[];
  /** Peak RSS at the largest batch over the smallest's: at most 1.5 is the target. */
  readonly ratio: number;
}

/** The memory check: the same command over 2,000 and 200,000 files, with the heap capped at 256 MB. */
export async function benchScale(cli: string, workDir: string, sizes: readonly number[] = [2000, 200_000]): Promise<ScaleResult> {
  const nodeArgs = ['--max-old-space-size=256'];
  const corpus = realCorpus();
  const runs: ScaleRun[] = [];
  for (const files of sizes) {
    const dir = path.join(workDir, `scale-${files}`);
    try {
      const set = replicate(dir, files, corpus);
      const loadAverage = round(os.loadavg()[0]);
      const run = await oursSide(cli, set, undefined, nodeArgs);
      runs.push({
        files,
        peakRssMB: round(run.peakRssMB),
        wallMs: round(run.wallMs),
        filesReported: run.counted,
        exitCode: run.code,
        loadAverage,
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return { nodeArgs, runs, ratio: round(runs[runs.length - 1].peakRssMB / runs[0].peakRssMB) };
}
