/**
 * The benchmark's output: plain-text tables for the terminal, the targets of issue 7 with met / missed, and the
 * same figures as JSON (bench/results.json).
 */
import type { BatchResult } from './batch';
import type { EditorLatencyResult } from './editor';
import type { FootprintResult } from './footprint';
import type { InProcessResult } from './inProcess';
import type { PeerReport } from './peer';
import type { PhaseBreakdown } from './phases';
import type { ShapesResult } from './shapes';

export interface Results {
  batch?: BatchResult[];
  inProcess?: InProcessResult[];
  phases?: PhaseBreakdown[];
  editor?: EditorLatencyResult[];
  peer?: PeerReport | { skipped: string };
  footprint?: FootprintResult;
  shapes?: ShapesResult;
}

export interface TargetCheck {
  readonly target: string;
  readonly figure: string;
  readonly met: boolean;
}

export function table(title: string, header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const cells = [header, ...rows.map((row) => row.map(String))];
  const widths = header.map((_, column) => Math.max(...cells.map((row) => (row[column] ?? '').length)));
  const line = (row: readonly string[]) =>
    row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  ');
  return [title, line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

export function render(results: Results): string {
  const parts: string[] = [];
  if (results.batch) {
    parts.push(
      table(
        'Batch: form4 check (structure + all rules) vs xmllint --schema (structure only), one process each, median ms',
        [
          'input (files, MB)',
          'time',
          'ours ms',
          'xmllint ms',
          'ours files/s',
          'xmllint files/s',
          'ours MB/s',
          'xmllint MB/s',
          'ratio (>= 1.0)',
        ],
        results.batch.flatMap((b) => [
          [
            `${b.label} (${b.files}, ${b.megabytes})`,
            'wall',
            b.oursMs,
            b.xmllintMs,
            b.oursFilesPerSecond,
            b.xmllintFilesPerSecond,
            b.oursMBPerSecond,
            b.xmllintMBPerSecond,
            b.ratio,
          ],
          ['', 'cpu', b.cpu.oursMs, b.cpu.xmllintMs, b.cpu.oursFilesPerSecond, b.cpu.xmllintFilesPerSecond, '', '', b.cpu.ratio],
          ['one file (start-up)', 'wall', b.oneFileMs.ours, b.oneFileMs.xmllint, '', '', '', '', ''],
          ['start-up taken out', 'wall', '', '', b.steadyFilesPerSecond.ours, b.steadyFilesPerSecond.xmllint, '', '', ''],
        ]),
      ),
    );
  }
  if (results.inProcess) {
    parts.push(
      table(
        'In process: engine (analyze + check) vs bare parse, ms per pass over the texts, median',
        ['input', 'format', 'engine ms', 'parse ms', 'engine MB/s', 'parse MB/s', 'engine/parse (<= 3)', 'floor'],
        results.inProcess.map((r) => [r.label, r.format, r.engineMs, r.floorMs, r.engineMBPerSecond, r.floorMBPerSecond, r.ratio, r.floor]),
      ),
    );
  }
  if (results.phases) {
    const names = Object.keys(results.phases[0]?.ms ?? {});
    parts.push(
      table(
        'Engine phases: ms per pass (share of their sum)',
        ['input', 'format', ...names],
        results.phases.map((p) => [p.label, p.format, ...names.map((n) => `${p.ms[n]} (${p.percent[n]}%)`)]),
      ),
    );
  }
  if (results.editor) {
    parts.push(
      table(
        'Editor: didChange -> publishDiagnostics, one-character edits, debounce 0, bundled server over stdio',
        ['document', 'edits', 'open ms', 'p50 ms', 'p95 ms', 'max ms', 'p95 target', 'peak RSS MB after open', 'after edits'],
        results.editor.map((e) => [
          `${e.rows} rows ${e.format}`,
          e.edits,
          e.openMs,
          e.p50Ms,
          e.p95Ms,
          e.maxMs,
          e.rows <= 30 ? '< 20' : e.rows >= 5000 ? '< 250' : '-',
          e.peakRssAfterOpenMB,
          e.peakRssMB,
        ]),
      ),
    );
  }
  if (results.peer) {
    if ('skipped' in results.peer) parts.push(`Peer: skipped (${results.peer.skipped})`);
    else {
      parts.push(
        table(
          `Peer: YAML draft in ${results.peer.peer} (our JSON Schema) vs our server, median ms (ratio = peer / ours, target >= 5)`,
          ['draft', 'rounds', 'ours open', 'peer open', 'open ratio', 'ours edit', 'peer edit', 'edit ratio'],
          results.peer.results.map((p) => [
            `${p.rows} rows`,
            p.rounds,
            p.oursOpenMs,
            p.peerOpenMs,
            p.openRatio,
            p.oursEditMs,
            p.peerEditMs,
            p.editRatio,
          ]),
        ),
      );
    }
  }
  if (results.footprint) {
    const f = results.footprint;
    const vsix = 'missing' in f.vsix ? `missing (${f.vsix.missing})` : `${f.vsix.kilobytes} KB`;
    parts.push(
      table(
        'Footprint (median of ' + f.rounds + ')',
        ['what', 'figure'],
        [
          ['dist/client.js require (stub vscode)', `${f.clientRequireMs} ms`],
          ['dist/server.js spawn -> initialize result', `${f.serverReadyMs} ms`],
          ['activation (the two added)', `${f.activationMs} ms`],
          ['server peak RSS, initialized only', `${f.idleServerPeakRssMB} MB`],
          ...f.retainedHeap.map((h) => [`heap kept by one analysed ${h.document} (${h.textMB} MB text)`, `${h.retainedHeapMB} MB`]),
          ['VSIX', vsix],
          ...f.bundles.map((b) => [b.file, `${b.kilobytes} KB (${b.gzipKilobytes} KB gzip)`]),
        ],
      ),
    );
  }
  if (results.shapes) {
    parts.push(
      table(
        'Shapes of issue 13: check then render with the findings, one fresh process each, ms; ratio against the clean filing of that size',
        ['shape', 'size MB', 'format', 'check ms', 'render ms', 'total ms', 'cpu ms', 'peak RSS MB', 'findings', 'ratio', 'load avg'],
        results.shapes.runs.map((r) => [
          r.shape,
          r.megabytes,
          r.format,
          r.checkMs,
          r.renderMs,
          r.totalMs,
          r.cpuMs,
          r.peakRssMB,
          r.findings,
          r.ratio,
          r.loadAverage,
        ]),
      ),
    );
  }
  return parts.join('\n\n');
}

export function targets(results: Results): TargetCheck[] {
  const checks: TargetCheck[] = [];
  const corpusBatch = results.batch?.[0];
  if (corpusBatch) {
    checks.push({
      target: 'batch: ours / xmllint files/s >= 1.0 (real corpus; wall, cpu)',
      figure: `${corpusBatch.ratio}, ${corpusBatch.cpu.ratio}`,
      met: corpusBatch.ratio >= 1,
    });
  }
  const corpusEngine = results.inProcess?.find((r) => r.format === 'xml' && r.label.startsWith('real corpus'));
  if (corpusEngine)
    checks.push({ target: 'engine <= 3x bare parse (real corpus)', figure: `${corpusEngine.ratio}x`, met: corpusEngine.ratio <= 3 });
  for (const e of results.editor ?? []) {
    const limit = e.rows <= 30 ? 20 : e.rows >= 5000 ? 250 : undefined;
    if (limit !== undefined)
      checks.push({ target: `editor p95 < ${limit} ms at ${e.rows} rows`, figure: `${e.p95Ms} ms`, met: e.p95Ms < limit });
  }
  if (results.peer && !('skipped' in results.peer)) {
    for (const p of results.peer.results) {
      const worst = Math.min(p.openRatio, p.editRatio);
      checks.push({
        target: `peer >= 5x faster at ${p.rows} rows (open, edit)`,
        figure: `${p.openRatio}x, ${p.editRatio}x`,
        met: worst >= 5,
      });
    }
  }
  const f = results.footprint;
  if (f) {
    if ('missing' in f.vsix) checks.push({ target: 'VSIX < 1.5 MB', figure: 'no VSIX', met: false });
    else checks.push({ target: 'VSIX < 1.5 MB', figure: `${f.vsix.megabytes} MB`, met: f.vsix.megabytes < 1.5 });
  }
  const biggest = results.editor?.find((e) => e.rows >= 5000);
  if (biggest) {
    checks.push({
      target: 'server peak RSS < 100 MB with the 5,000-row document (after open; after edits)',
      figure: `${biggest.peakRssAfterOpenMB} MB; ${biggest.peakRssMB} MB`,
      met: biggest.peakRssMB < 100,
    });
  }
  for (const r of results.shapes?.runs.filter((run) => run.targetMB >= 20) ?? []) {
    checks.push({
      target: `${r.shape} at ${r.targetMB} MB within 2 s and 500 MB (issue 13)`,
      figure: r.failed ? `failed: ${r.failed.slice(0, 120)}` : `${r.totalMs} ms, ${r.peakRssMB} MB`,
      met: r.totalMs <= 2000 && r.peakRssMB <= 500,
    });
  }
  return checks;
}

export function renderTargets(checks: readonly TargetCheck[]): string {
  return table(
    'Targets (issues 7 and 13)',
    ['target', 'figure', ''],
    checks.map((c) => [c.target, c.figure, c.met ? 'met' : 'MISSED']),
  );
}
