/**
 * Completion in process: the time `complete` takes at the start of a key line in the last Table I row (element
 * names, the case that reads the most context) and in that row's share count (values), XML against YAML, on each
 * generated size. Completion keeps nothing per analysis, so every request costs what the first after a keystroke
 * does: the documents are analysed once, before timing (a fresh analysis per sample would time the collection of
 * its garbage instead). The sides alternate.
 */
import { analyze, complete, type SourceFormat } from '../../server/src/engine/index';
import type { GeneratedDocument } from './inputs';
import { alternate, median, round } from './stats';

export interface CompletionResult {
  readonly rows: number;
  readonly samples: number;
  readonly xmlMs: number;
  readonly yamlMs: number;
  /** YAML over XML: within 2 is the target (issue 16). */
  readonly ratio: number;
}

/** Where completion is asked: the start of the last row's share count line, and just after its key or tag. */
function spots(text: string, format: SourceFormat): number[] {
  const key = format === 'xml' ? '<transactionShares>' : 'transactionShares:';
  const at = text.lastIndexOf(key);
  if (at < 0) throw new Error(`no ${key} in the ${format} document`);
  return [at, at + (format === 'xml' ? '<transactionShares><value>'.length : key.length + 1)];
}

function sampleOf(text: string, format: SourceFormat): () => number {
  const where = spots(text, format);
  const doc = analyze(text, format);
  return () => {
    const started = performance.now();
    for (const offset of where) complete(doc, offset);
    return (performance.now() - started) / where.length;
  };
}

export async function benchCompletion(generated: readonly GeneratedDocument[]): Promise<CompletionResult[]> {
  const results: CompletionResult[] = [];
  for (const document of generated) {
    const rounds = document.rows >= 5000 ? 15 : 30;
    const samples = await alternate(
      [
        { name: 'xml', run: sampleOf(document.xml, 'xml') },
        { name: 'yaml', run: sampleOf(document.yaml, 'yaml') },
      ],
      rounds,
      2,
    );
    const xmlMs = median(samples.xml);
    const yamlMs = median(samples.yaml);
    results.push({ rows: document.rows, samples: rounds, xmlMs: round(xmlMs), yamlMs: round(yamlMs), ratio: round(yamlMs / xmlMs) });
  }
  return results;
}
