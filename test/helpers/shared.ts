/**
 * The read-only material shared by the project (corpus, schema, seeds): `shared/` beside the checkout, as on the
 * development machine (/work/shared next to /work/main) and in CI.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';

export const sharedDir = path.resolve(__dirname, '../../../shared');

export type CorpusForm = 'form3' | 'form4' | 'form5';

/** Absolute paths of the real filings of one form in the corpus, sorted by name. */
export function corpusFiles(form: CorpusForm): string[] {
  const dir = path.join(sharedDir, 'corpus', 'real', form);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.xml'))
    .sort()
    .map((name) => path.join(dir, name));
}
