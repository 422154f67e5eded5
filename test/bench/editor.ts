/**
 * Editor latency of the bundled server over stdio: the time from `didChange` to the `publishDiagnostics` of that
 * version, for one-character edits (test/bench/editSpot.ts, checked before timing), and the server's CPU time per
 * edit beside it. Two settings:
 *
 * - `shipped`: the settings a user has (`form4.validation.debounce` at its default, the cap of the adaptive wait),
 *   at the sizes of real filings (10, 30, 60 rows) and a large one (300), XML and YAML: what a user waits;
 * - `no debounce` (`form4.validation.debounce` = 0): the server's work alone, XML at 30, 300 and 5,000 rows.
 *
 * A fresh server per document, so its peak memory (VmHWM) is that of one document of that size.
 */
import { pathToFileURL } from 'node:url';
import { distFile } from './build';
import { checkedEditSpot, nthEdit } from './editSpot';
import type { GeneratedDocument } from './inputs';
import { LspSession } from './lspClient';
import { median, percentile, round } from './stats';

export type EditorSettings = 'shipped' | 'no debounce';

export interface EditorLatencyResult {
  readonly rows: number;
  readonly format: 'xml' | 'yaml';
  readonly settings: EditorSettings;
  readonly edits: number;
  readonly openMs: number;
  readonly p50Ms: number;
  readonly p95Ms: number;
  readonly maxMs: number;
  /** The server's CPU time (user + system) over the measured edits, per edit. */
  readonly cpuPerEditMs: number;
  /** Diagnostics after the inserting and after the deleting edit: shows the edits were checked. */
  readonly diagnosticsAfterEdits: readonly number[];
  /** Peak RSS right after the document was opened and checked once. */
  readonly peakRssAfterOpenMB: number;
  /** Peak RSS after all the edits: includes garbage of earlier versions V8 had not collected yet. */
  readonly peakRssMB: number;
}

/** The `form4` settings section with validation at once after each change. */
export const noDebounce = { validation: { debounce: 0 } };

/** Our server with `form4` answered by `section` (none: the defaults, as shipped). */
export function startOurServer(settings: EditorSettings = 'no debounce'): Promise<LspSession> {
  const section = settings === 'no debounce' ? noDebounce : {};
  return LspSession.start({
    command: process.execPath,
    args: [distFile('server.js'), '--stdio'],
    configuration: (name) => (name === 'form4' ? section : null),
  });
}

function editCounts(rows: number): { warmup: number; measured: number } {
  if (rows >= 5000) return { warmup: 2, measured: 10 };
  if (rows >= 300) return { warmup: 4, measured: 30 };
  return { warmup: 10, measured: 60 };
}

async function measureDocument(
  document: GeneratedDocument,
  format: 'xml' | 'yaml',
  settings: EditorSettings,
): Promise<EditorLatencyResult> {
  const text = format === 'xml' ? document.xml : document.yaml;
  const offset = checkedEditSpot(text, format);
  const session = await startOurServer(settings);
  try {
    const uri = pathToFileURL(format === 'xml' ? document.xmlPath : document.yamlPath).href;
    const openMs = await session.open(uri, format, text);
    const peakRssAfterOpenMB = session.peakRssMB();
    const { warmup, measured } = editCounts(document.rows);
    const samples: number[] = [];
    const diagnosticsAfterEdits: number[] = [];
    let cpuAtStart = 0;
    for (let n = 0; n < warmup + measured; n++) {
      if (n === warmup) cpuAtStart = session.cpuMs();
      const edit = nthEdit(text, offset, n);
      const { ms, diagnostics } = await session.edit(uri, edit.range, edit.text);
      if (n >= warmup) samples.push(ms);
      if (diagnosticsAfterEdits.length < 2) diagnosticsAfterEdits.push(diagnostics);
    }
    const cpuPerEditMs = (session.cpuMs() - cpuAtStart) / measured;
    return {
      rows: document.rows,
      format,
      settings,
      edits: measured,
      openMs: round(openMs),
      p50Ms: round(median(samples)),
      p95Ms: round(percentile(samples, 95)),
      maxMs: round(Math.max(...samples)),
      cpuPerEditMs: round(cpuPerEditMs),
      diagnosticsAfterEdits,
      peakRssAfterOpenMB: round(peakRssAfterOpenMB),
      peakRssMB: round(session.peakRssMB()),
    };
  } finally {
    await session.stop();
  }
}

/** `generated`: the 30-, 300- and 5,000-row documents; `edited`: those of the edit sizes (10, 30, 60, 300 rows). */
export async function benchEditor(
  generated: readonly GeneratedDocument[],
  edited: readonly GeneratedDocument[],
): Promise<EditorLatencyResult[]> {
  const results: EditorLatencyResult[] = [];
  for (const document of edited) {
    for (const format of ['xml', 'yaml'] as const) results.push(await measureDocument(document, format, 'shipped'));
  }
  for (const document of generated) results.push(await measureDocument(document, 'xml', 'no debounce'));
  return results;
}
