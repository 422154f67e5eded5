/**
 * Editor latency of the bundled server over stdio: the time from `didChange` to the `publishDiagnostics` of that
 * version, for one-character edits in the generated 30-, 300- and 5,000-row XML documents, with
 * `form4.validation.debounce` = 0 (answered to the server's `workspace/configuration`). A fresh server per size, so
 * its peak memory (VmHWM) is that of one document of that size.
 */
import { pathToFileURL } from 'node:url';
import { distFile } from './build';
import { editOffset, nthEdit } from './editSpot';
import type { GeneratedDocument } from './inputs';
import { LspSession } from './lspClient';
import { median, percentile, round } from './stats';

export interface EditorLatencyResult {
  readonly rows: number;
  readonly format: 'xml' | 'yaml';
  readonly edits: number;
  readonly openMs: number;
  readonly p50Ms: number;
  readonly p95Ms: number;
  readonly maxMs: number;
  /** Diagnostics after the inserting and after the deleting edit: shows the edits were checked. */
  readonly diagnosticsAfterEdits: readonly number[];
  /** Peak RSS right after the document was opened and checked once. */
  readonly peakRssAfterOpenMB: number;
  /** Peak RSS after all the edits: includes garbage of earlier versions V8 had not collected yet. */
  readonly peakRssMB: number;
}

/** The `form4` settings section with validation at once after each change. */
export const noDebounce = { validation: { debounce: 0 } };

export function startOurServer(): Promise<LspSession> {
  return LspSession.start({
    command: process.execPath,
    args: [distFile('server.js'), '--stdio'],
    configuration: (section) => (section === 'form4' ? noDebounce : null),
  });
}

function editCounts(rows: number): { warmup: number; measured: number } {
  if (rows >= 5000) return { warmup: 2, measured: 10 };
  if (rows >= 300) return { warmup: 4, measured: 30 };
  return { warmup: 10, measured: 60 };
}

async function measureDocument(document: GeneratedDocument, format: 'xml' | 'yaml'): Promise<EditorLatencyResult> {
  const session = await startOurServer();
  try {
    const text = format === 'xml' ? document.xml : document.yaml;
    const uri = pathToFileURL(format === 'xml' ? document.xmlPath : document.yamlPath).href;
    const openMs = await session.open(uri, format, text);
    const peakRssAfterOpenMB = session.peakRssMB();
    const offset = editOffset(text, format);
    const { warmup, measured } = editCounts(document.rows);
    const samples: number[] = [];
    const diagnosticsAfterEdits: number[] = [];
    for (let n = 0; n < warmup + measured; n++) {
      const edit = nthEdit(text, offset, n);
      const { ms, diagnostics } = await session.edit(uri, edit.range, edit.text);
      if (n >= warmup) samples.push(ms);
      if (diagnosticsAfterEdits.length < 2) diagnosticsAfterEdits.push(diagnostics);
    }
    return {
      rows: document.rows,
      format,
      edits: measured,
      openMs: round(openMs),
      p50Ms: round(median(samples)),
      p95Ms: round(percentile(samples, 95)),
      maxMs: round(Math.max(...samples)),
      diagnosticsAfterEdits,
      peakRssAfterOpenMB: round(peakRssAfterOpenMB),
      peakRssMB: round(session.peakRssMB()),
    };
  } finally {
    await session.stop();
  }
}

export async function benchEditor(generated: readonly GeneratedDocument[]): Promise<EditorLatencyResult[]> {
  const results: EditorLatencyResult[] = [];
  for (const document of generated) results.push(await measureDocument(document, 'xml'));
  return results;
}
