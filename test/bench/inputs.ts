/**
 * The benchmark's inputs: the real Form 4 corpus, and generated Form 4s of 30, 300 and 5,000 rows as EDGAR XML and
 * as YAML drafts (the draft is what our writer makes of the XML's tree, so both formats carry the same filing).
 * Everything is written under one temporary folder that the run removes at the end.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readXml } from '../../server/src/engine/read/xml';
import { writeYaml } from '../../server/src/engine/write/yaml';
import { corpusFiles } from '../helpers/shared';
import { generateForm4, type CorpusText } from './generate';

export const generatedSizes = [30, 300, 5000] as const;
export type GeneratedSize = (typeof generatedSizes)[number];
/** The sizes the editor and peer sections time edits at: real filings have 10 to 60 rows; 300 is a large one. */
export const editSizes = [10, 30, 60, 300] as const;

export interface CorpusFile extends CorpusText {
  readonly path: string;
  /** True for a 4/A, which xmllint checks against the amendment schema. */
  readonly amendment: boolean;
}

export interface GeneratedDocument {
  readonly rows: number;
  readonly xml: string;
  readonly yaml: string;
  readonly xmlPath: string;
  readonly yamlPath: string;
}

export interface Inputs {
  readonly workDir: string;
  readonly corpus: readonly CorpusFile[];
  readonly generated: readonly GeneratedDocument[];
  /** The documents of `editSizes` (those of `generatedSizes` shared). */
  readonly edited: readonly GeneratedDocument[];
  dispose(): void;
}

export function loadCorpus(): CorpusFile[] {
  return corpusFiles('form4').map((file) => {
    const text = readFileSync(file, 'utf8');
    return { name: path.basename(file), path: file, text, amendment: /<documentType>\s*4\/A\s*<\/documentType>/.test(text) };
  });
}

function generate(corpus: readonly CorpusFile[], rows: number, dir: string): GeneratedDocument {
  const xml = generateForm4(corpus, rows);
  const read = readXml(xml);
  if (!read.root || read.findings.length > 0) {
    throw new Error(`the generated ${rows}-row document does not read cleanly: ${read.findings.map((f) => f.message).join('; ')}`);
  }
  const yaml = writeYaml(read.root);
  const xmlPath = path.join(dir, `generated-${rows}.xml`);
  const yamlPath = path.join(dir, `generated-${rows}.form4.yaml`);
  writeFileSync(xmlPath, xml);
  writeFileSync(yamlPath, yaml);
  return { rows, xml, yaml, xmlPath, yamlPath };
}

export function prepareInputs(): Inputs {
  const workDir = mkdtempSync(path.join(tmpdir(), 'form4-bench-'));
  const generatedDir = path.join(workDir, 'generated');
  mkdirSync(generatedDir);
  const corpus = loadCorpus();
  const generated = generatedSizes.map((rows) => generate(corpus, rows, generatedDir));
  const edited = editSizes.map((rows) => generated.find((g) => g.rows === rows) ?? generate(corpus, rows, generatedDir));
  return { workDir, corpus, generated, edited, dispose: () => rmSync(workDir, { recursive: true, force: true }) };
}
