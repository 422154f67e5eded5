/**
 * Batch throughput against libxml2: `form4 check` (structure and every rule) against `xmllint --schema` (structure
 * only), each as whole processes over the same files. The corpus is copied many times so that process start-up is a
 * small part of the time. xmllint needs the amendment schema for a 4/A, so its side is two processes (4 and 4/A),
 * timed together; ours is one process over all files.
 */
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { sharedDir } from '../helpers/shared';
import { projectRoot } from './build';
import type { CorpusFile } from './inputs';
import { alternate, median, round } from './stats';

const schemaDir = path.join(sharedDir, 'sec', 'xsd', 'v5.5');
export const form4Schema = path.join(schemaDir, 'ownership4Document.xsd.xml');
export const form4aSchema = path.join(schemaDir, 'ownership4ADocument.xsd.xml');

/** Copies of the corpus: 50 x 43 files is about 2,150 files, 18 MB. */
const corpusCopies = 50;

export interface BatchResult {
  readonly label: string;
  readonly files: number;
  readonly megabytes: number;
  readonly rounds: number;
  readonly oursMs: number;
  readonly xmllintMs: number;
  readonly oursFilesPerSecond: number;
  readonly xmllintFilesPerSecond: number;
  readonly oursMBPerSecond: number;
  readonly xmllintMBPerSecond: number;
  /** Our files/s over xmllint's: at least 1.0 is the target. */
  readonly ratio: number;
  /** The same runs in CPU time (user + system), which other load on the machine disturbs less than wall time. */
  readonly cpu: {
    readonly oursMs: number;
    readonly xmllintMs: number;
    readonly oursFilesPerSecond: number;
    readonly xmllintFilesPerSecond: number;
    readonly ratio: number;
  };
  /** One process over a single file (start-up and schema or bundle loading): the fixed cost in the batch times. */
  readonly oneFileMs: { readonly ours: number; readonly xmllint: number };
  /** Files per second with that fixed cost taken out. */
  readonly steadyFilesPerSecond: { readonly ours: number; readonly xmllint: number };
  /** What each side reported in an untimed run, to show both read every file. */
  readonly check: {
    readonly oursFilesReported: number;
    readonly oursFindings: number;
    readonly xmllintValidated: number;
    readonly xmllintFailed: number;
  };
}

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

/**
 * Both sides run in the checkout, so `form4 check` finds no stray `.form4rc.json` above a temporary folder (its
 * settings are looked up from the working folder upwards).
 */
const cwd = projectRoot;

interface ProcessTimes {
  /** Wall-clock milliseconds, start-up included. */
  readonly wallMs: number;
  /** User + system CPU milliseconds of the process and its threads (V8's compiler and GC threads included). */
  readonly cpuMs: number;
}

/**
 * One process, timed by bash's `time` (wall, user and system time), output discarded. CPU time is reported beside
 * wall time because on a shared machine a long process waits for a core more often than a short one, which wall time
 * counts against it. Exit codes 0 and 1 (findings) are fine, and xmllint's 3 (invalid).
 */
function processTimes(command: string, args: readonly string[]): Promise<ProcessTimes> {
  return new Promise((resolve, reject) => {
    const script = 'TIMEFORMAT="%R %U %S"; { time "$@" >/dev/null 2>&1; } 2>&1';
    const child = spawn('bash', ['-c', script, 'bench', command, ...args], { cwd, stdio: ['ignore', 'pipe', 'ignore'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      const times = /([\d.]+) ([\d.]+) ([\d.]+)\s*$/.exec(output);
      if (signal || !times || (code !== 0 && code !== 1 && !(command === 'xmllint' && code === 3))) {
        reject(new Error(`${command} ended with ${signal ?? `exit code ${code}`}: ${output.slice(0, 300)}`));
        return;
      }
      resolve({ wallMs: Number(times[1]) * 1000, cpuMs: (Number(times[2]) + Number(times[3])) * 1000 });
    });
  });
}

function plus(a: ProcessTimes, b: ProcessTimes): ProcessTimes {
  return { wallMs: a.wallMs + b.wallMs, cpuMs: a.cpuMs + b.cpuMs };
}

interface FileSet {
  readonly label: string;
  readonly form4: readonly string[];
  readonly form4a: readonly string[];
  readonly bytes: number;
}

function corpusCopiesIn(dir: string, corpus: readonly CorpusFile[]): FileSet {
  mkdirSync(dir, { recursive: true });
  const form4: string[] = [];
  const form4a: string[] = [];
  let bytes = 0;
  for (let copy = 0; copy < corpusCopies; copy++) {
    for (const file of corpus) {
      const target = path.join(dir, `${String(copy).padStart(2, '0')}-${file.name}`);
      copyFileSync(file.path, target);
      (file.amendment ? form4a : form4).push(target);
      bytes += Buffer.byteLength(file.text);
    }
  }
  return { label: `real corpus x${corpusCopies}`, form4, form4a, bytes };
}

function xmllintArgs(schema: string, files: readonly string[]): string[] {
  return ['--noout', '--schema', schema, ...files];
}

async function xmllintTimes(set: FileSet): Promise<ProcessTimes> {
  const form4 = await processTimes('xmllint', xmllintArgs(form4Schema, set.form4));
  return set.form4a.length > 0 ? plus(form4, await processTimes('xmllint', xmllintArgs(form4aSchema, set.form4a))) : form4;
}

function oursArgs(cli: string, set: FileSet): string[] {
  return [cli, 'check', '--format', 'json', ...set.form4, ...set.form4a];
}

/** One untimed run of each side, reading what they say, so a side that silently skipped files is caught. */
function sanityCheck(cli: string, set: FileSet): BatchResult['check'] {
  const ours = spawnSync(process.execPath, oursArgs(cli, set), { cwd, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
  let oursFilesReported = 0;
  let oursFindings = 0;
  try {
    const report = JSON.parse(ours.stdout) as { diagnostics?: unknown[] }[];
    oursFilesReported = report.length;
    oursFindings = report.reduce((sum, file) => sum + (file.diagnostics?.length ?? 0), 0);
  } catch {
    throw new Error(`form4 check did not print a JSON report (exit ${ours.status}): ${ours.stderr.slice(0, 500)}`);
  }
  let xmllintValidated = 0;
  let xmllintFailed = 0;
  for (const [schema, files] of [
    [form4Schema, set.form4],
    [form4aSchema, set.form4a],
  ] as const) {
    if (files.length === 0) continue;
    const run = spawnSync('xmllint', xmllintArgs(schema, files), { cwd, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
    xmllintValidated += (run.stderr.match(/ validates$/gm) ?? []).length;
    xmllintFailed += (run.stderr.match(/ fails to validate$/gm) ?? []).length;
  }
  return { oursFilesReported, oursFindings, xmllintValidated, xmllintFailed };
}

/** Alternating rounds of both sides over `set`; medians of wall and CPU time. */
async function race(cli: string, set: FileSet, rounds: number, warmup: number) {
  const cpu: Record<string, number[]> = { ours: [], xmllint: [] };
  const timedSide = (name: string, run: () => Promise<ProcessTimes>) => ({
    name,
    run: async () => {
      const times = await run();
      cpu[name].push(times.cpuMs);
      return times.wallMs;
    },
  });
  const wall = await alternate(
    [timedSide('ours', () => processTimes(process.execPath, oursArgs(cli, set))), timedSide('xmllint', () => xmllintTimes(set))],
    rounds,
    warmup,
  );
  const measured = (values: number[]) => values.slice(warmup);
  return {
    ours: { wallMs: median(wall.ours), cpuMs: median(measured(cpu.ours)) },
    xmllint: { wallMs: median(wall.xmllint), cpuMs: median(measured(cpu.xmllint)) },
  };
}

async function compare(cli: string, set: FileSet, rounds: number, warmup: number): Promise<BatchResult> {
  const check = sanityCheck(cli, set);
  const all = await race(cli, set, rounds, warmup);
  const oneFile = await race(cli, { label: 'one file', form4: set.form4.slice(0, 1), form4a: [], bytes: 0 }, 5, 1);
  const files = set.form4.length + set.form4a.length;
  const megabytes = set.bytes / 1e6;
  const perSecond = (count: number, ms: number) => round((count * 1000) / ms);
  return {
    label: set.label,
    files,
    megabytes: round(megabytes),
    rounds,
    oursMs: round(all.ours.wallMs),
    xmllintMs: round(all.xmllint.wallMs),
    oursFilesPerSecond: perSecond(files, all.ours.wallMs),
    xmllintFilesPerSecond: perSecond(files, all.xmllint.wallMs),
    oursMBPerSecond: perSecond(megabytes, all.ours.wallMs),
    xmllintMBPerSecond: perSecond(megabytes, all.xmllint.wallMs),
    ratio: round(all.xmllint.wallMs / all.ours.wallMs),
    cpu: {
      oursMs: round(all.ours.cpuMs),
      xmllintMs: round(all.xmllint.cpuMs),
      oursFilesPerSecond: perSecond(files, all.ours.cpuMs),
      xmllintFilesPerSecond: perSecond(files, all.xmllint.cpuMs),
      ratio: round(all.xmllint.cpuMs / all.ours.cpuMs),
    },
    oneFileMs: { ours: round(oneFile.ours.wallMs), xmllint: round(oneFile.xmllint.wallMs) },
    steadyFilesPerSecond: {
      ours: perSecond(files - 1, all.ours.wallMs - oneFile.ours.wallMs),
      xmllint: perSecond(files - 1, all.xmllint.wallMs - oneFile.xmllint.wallMs),
    },
    check,
  };
}

/**
 * The real corpus only: the generated 300- and 5,000-row documents break the XSD's 30-row limit, and past that
 * libxml2 no longer checks the surplus rows' content, so they would not be the same work on both sides.
 */
export async function benchBatch(cli: string, workDir: string, corpus: readonly CorpusFile[]): Promise<BatchResult[]> {
  return [await compare(cli, corpusCopiesIn(path.join(workDir, 'batch'), corpus), 4, 1)];
}
