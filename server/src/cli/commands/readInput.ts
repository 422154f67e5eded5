import { readFileSync } from 'node:fs';
import { analyze, detectFormat, type AnalyzedDocument } from '../../engine/index';
import { UsageError } from '../args';

/** Reads one named input file for convert and render; a file that cannot be read is a usage error (exit 2). */
export function readInput(file: string): AnalyzedDocument {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  const format = detectFormat(file, text);
  if (!format) throw new UsageError(`${file}: neither XML nor a YAML draft (*.form4.yaml)`);
  return analyze(text, format);
}
