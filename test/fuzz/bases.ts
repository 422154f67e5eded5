/**
 * The documents the fuzzer mutates: every real Form 4 of the shared corpus and every example, as EDGAR XML and as
 * their YAML draft twins (converted by the engine, the CCC kept), and the hand-written example drafts (with their
 * comments). Read once, when the suite loads; the fuzzing itself then runs in memory, with no I/O.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { analyze, convert, type SourceFormat } from '../../server/src/engine/index';
import { corpusFiles } from '../helpers/shared';

export interface Base {
  /** The source file's name (a YAML twin says so). */
  readonly name: string;
  readonly format: SourceFormat;
  readonly text: string;
}

const examplesDir = path.resolve(__dirname, '../../examples');

function examples(suffix: string): string[] {
  return readdirSync(examplesDir)
    .filter((name) => name.endsWith(suffix))
    .sort()
    .map((name) => path.join(examplesDir, name));
}

function load(file: string): { name: string; text: string } {
  return { name: path.basename(file), text: readFileSync(file, 'utf8') };
}

function loadBases(): Base[] {
  const xml = [...corpusFiles('form4'), ...examples('.xml')].map(load).map((s): Base => ({ name: s.name, format: 'xml', text: s.text }));
  const yaml = xml.map((b): Base => {
    // As `form4 convert --to yaml --include-ccc` writes it: the whole tree, the secret the fuzzer mutates too.
    const { text } = convert(analyze(b.text, 'xml'), 'yaml', { includeCcc: true });
    if (text === undefined) throw new Error(`${b.name}: the corpus file could not be read, so it has no YAML twin`);
    return { name: `${b.name}, written as YAML`, format: 'yaml', text };
  });
  const drafts = examples('.form4.yaml')
    .map(load)
    .map((s): Base => ({ name: s.name, format: 'yaml', text: s.text }));
  return [...xml, ...yaml, ...drafts];
}

export const bases: readonly Base[] = loadBases();

export function basesIn(format: SourceFormat): readonly Base[] {
  return bases.filter((b) => b.format === format);
}
