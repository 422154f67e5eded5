/**
 * Shapes that were once super-linear (issue 13), at 1, 5 and 20 MB: a YAML draft of many `---` documents, a big
 * filing rendered with its findings marked, and a filing with a flood of findings (unused footnotes), a big YAML draft on the fast path and the same draft off it
 * (the general reader), each run as
 * check (read, structure, every rule) then render with the findings, in a fresh process so its peak memory is its
 * own. Each is set against the reference run: a clean generated filing of the same size through the same steps, in
 * the same kind of process, so the ratio says what the shape costs beyond an ordinary document of its size; the load
 * average beside each figure says how busy the machine was. Target: every shape within 2 s and 500 MB at 20 MB (the
 * default size limit).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defaultReadLimits } from '../../server/src/engine/read/limits';
import { readXml } from '../../server/src/engine/read/xml';
import { writeYaml } from '../../server/src/engine/write/yaml';
import { engineBundle, projectRoot } from './build';
import { generateForm4 } from './generate';
import type { CorpusFile } from './inputs';
import { round } from './stats';

export const shapeSizesMB = [1, 5, 20] as const;

export const shapeNames = ['reference', 'many-documents', 'big-render', 'many-findings', 'yaml-fast', 'yaml-general'] as const;
export type ShapeName = (typeof shapeNames)[number];

export interface ShapeRun {
  readonly shape: ShapeName;
  readonly format: 'xml' | 'yaml';
  readonly targetMB: number;
  readonly megabytes: number;
  /** check (analyze + check), then render with its findings: wall and CPU milliseconds of the child doing them. */
  readonly checkMs: number;
  readonly renderMs: number;
  readonly totalMs: number;
  readonly cpuMs: number;
  readonly peakRssMB: number;
  readonly findings: number;
  /** totalMs over the reference run's at the same size (1 for the reference itself). */
  readonly ratio: number;
  /** The one-minute load average when the run started. */
  readonly loadAverage: number;
  /** Why the run did not finish (its figures are then NaN). */
  readonly failed?: string;
}

export interface ShapesResult {
  readonly runs: readonly ShapeRun[];
}

/** The text of `shape` at about `megabytes` MB (written by ./shapeWrite.ts, in a process of its own). */
export function shapeText(shape: ShapeName, megabytes: number, corpus: readonly CorpusFile[]): { text: string; format: 'xml' | 'yaml' } {
  // Just under the default size limit at 20 MB: a text over it is refused unread, which measures nothing.
  const target = Math.min(megabytes * 1e6, defaultReadLimits.maxBytes - 10_000);
  if (shape === 'many-documents') {
    const head = readFileSync(path.join(projectRoot, 'examples', 'modern-exercise-and-sale.form4.yaml'), 'utf8');
    return { text: head + '---\n'.repeat(Math.ceil((target - head.length) / 4)), format: 'yaml' };
  }
  if (shape === 'many-findings') {
    // The thirty-row filing with unused footnotes added until the size is reached: one footnote/unused finding each
    // (and a schema finding for every id past F99).
    const base = generateForm4(corpus, 30);
    const note = (i: number) => `<footnote id="F${i}">Unused note ${i}.</footnote>`;
    const notes: string[] = [];
    let length = base.length;
    for (let i = 1000; length < target; i++) {
      notes.push(note(i));
      length += note(i).length + 1;
    }
    return { text: base.replace('</footnotes>', `${notes.join('\n')}\n</footnotes>`), format: 'xml' };
  }
  if (shape === 'yaml-fast' || shape === 'yaml-general') {
    // A big clean draft, read by the fast path; then the same draft with one anchor, which only the general reader
    // (the `yaml` package's CST and document, then our tree) takes: its memory is the shape of issue 13.
    const draft = draftOfSize(target, corpus);
    return { text: shape === 'yaml-fast' ? draft : draft.replace(/^documentType: /m, 'documentType: &kind '), format: 'yaml' };
  }
  // The reference: a generated filing of as many rows as the size takes. The big render: the same with every row's
  // amount owned wrong, so every row has a finding to mark (the render was O(cells x findings)).
  const perRow = generateForm4(corpus, 200).length / 200;
  const filing = generateForm4(corpus, Math.max(30, Math.round(target / perRow)));
  if (shape === 'reference') return { text: filing, format: 'xml' };
  return {
    text: filing.replace(/(<sharesOwnedFollowingTransaction>\s*<value>)[^<]*/g, (_match, open: string) => `${open}1`),
    format: 'xml',
  };
}

/** A generated filing written as a YAML draft of about `target` characters (a draft is about 2.7 times denser). */
function draftOfSize(target: number, corpus: readonly CorpusFile[]): string {
  const draftOf = (rows: number) => {
    const root = readXml(generateForm4(corpus, rows), { maxBytes: Number.MAX_SAFE_INTEGER }).root;
    if (!root) throw new Error('a generated filing does not read');
    return writeYaml(root);
  };
  const perRow = draftOf(200).length / 200;
  return draftOf(Math.max(30, Math.round(target / perRow)));
}

function failedRun(format: 'xml' | 'yaml', length: number): ReturnType<typeof runChild> {
  const none = Number.NaN;
  return {
    format,
    megabytes: round(length / 1e6),
    checkMs: none,
    renderMs: none,
    totalMs: none,
    cpuMs: none,
    peakRssMB: none,
    findings: none,
  };
}

function runChild(bundle: string, file: string, format: 'xml' | 'yaml'): Omit<ShapeRun, 'shape' | 'targetMB' | 'ratio' | 'loadAverage'> {
  const run = spawnSync(process.execPath, ['--import', 'tsx', path.join(__dirname, 'shapesChild.ts'), bundle, file, format], {
    encoding: 'utf8',
    timeout: 600_000,
    maxBuffer: 1 << 20,
  });
  if (run.status !== 0) {
    // Node prints the failing (minified) source line before the error itself: name the error, not the line.
    const error = /^\w*Error\b.*$/m.exec(run.stderr)?.[0] ?? run.stderr.slice(0, 800);
    throw new Error(`the shape run on ${file} failed (${run.status ?? run.signal}): ${error.slice(0, 800)}`);
  }
  return JSON.parse(run.stdout) as Omit<ShapeRun, 'shape' | 'targetMB' | 'ratio' | 'loadAverage'>;
}

/** Writes the shape's file in a child process (see ./shapeWrite.ts). */
function writeShape(shape: ShapeName, megabytes: number, workDir: string): { file: string; format: 'xml' | 'yaml'; length: number } {
  const base = path.join(workDir, `shape-${shape}-${megabytes}mb`);
  const run = spawnSync(process.execPath, ['--import', 'tsx', path.join(__dirname, 'shapeWrite.ts'), shape, String(megabytes), base], {
    encoding: 'utf8',
    timeout: 600_000,
  });
  if (run.status !== 0) throw new Error(`writing the ${shape} shape at ${megabytes} MB failed: ${run.stderr.slice(0, 800)}`);
  return JSON.parse(run.stdout) as { file: string; format: 'xml' | 'yaml'; length: number };
}

export async function benchShapes(
  workDir: string,
  sizes: readonly number[] = shapeSizesMB,
  shapes: readonly ShapeName[] = shapeNames,
): Promise<ShapesResult> {
  const bundle = await engineBundle(workDir);
  const runs: ShapeRun[] = [];
  for (const megabytes of sizes) {
    let referenceMs = Number.NaN;
    for (const shape of shapes) {
      const { file, format, length } = writeShape(shape, megabytes, workDir);
      const loadAverage = round(os.loadavg()[0]!);
      let measured: ReturnType<typeof runChild>;
      try {
        measured = runChild(bundle, file, format);
      } catch (error) {
        // One shape that fails (out of memory, say) is a figure of its own: the others are still measured.
        runs.push({
          shape,
          targetMB: megabytes,
          ...failedRun(format, length),
          ratio: Number.NaN,
          loadAverage,
          failed: (error as Error).message,
        });
        process.stdout.write(` ${shape}@${megabytes}MB(failed)`);
        continue;
      }
      if (shape === 'reference') referenceMs = measured.totalMs;
      runs.push({ shape, targetMB: megabytes, ...measured, ratio: round(measured.totalMs / referenceMs), loadAverage });
      process.stdout.write(` ${shape}@${megabytes}MB`);
    }
  }
  return { runs };
}
