/**
 * In-process engine time against the bare parse (our floor): `analyze` + `check` (read, bind, structure, every rule)
 * against fast-xml-parser's `XMLParser.parse` on the same XML texts, and against the `yaml` package's
 * `parseDocument` on the same drafts. Both sides run the bundled, minified code, in this process, alternating.
 */
import { engineBundle } from './build';
import type { CorpusFile, GeneratedDocument } from './inputs';
import { alternate, median, round, timed } from './stats';

export type EngineModule = typeof import('./engineEntry');

export async function loadEngine(workDir: string): Promise<EngineModule> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(await engineBundle(workDir)) as EngineModule;
}

export interface InProcessResult {
  readonly label: string;
  readonly format: 'xml' | 'yaml';
  readonly floor: string;
  readonly texts: number;
  readonly megabytes: number;
  readonly rounds: number;
  /** Milliseconds for one pass over the texts (median of the rounds). */
  readonly engineMs: number;
  readonly floorMs: number;
  readonly engineMBPerSecond: number;
  readonly floorMBPerSecond: number;
  /** Engine time over floor time: at most 3 is the target for XML. */
  readonly ratio: number;
  /** Findings the engine reported over the texts, to show it checked them (generated documents are near clean). */
  readonly findings: number;
}

interface TextSet {
  readonly label: string;
  readonly format: 'xml' | 'yaml';
  readonly texts: readonly string[];
  /** Passes over the texts per sample, so one sample lasts long enough to time well. */
  readonly passes: number;
  readonly rounds: number;
  /** Discarded rounds; none for the largest texts, which come after smaller ones have warmed the code up. */
  readonly warmup: number;
}

async function compare(engine: EngineModule, set: TextSet): Promise<InProcessResult> {
  const xmlParser = new engine.XMLParser();
  const floor = set.format === 'xml' ? (text: string) => xmlParser.parse(text) : (text: string) => engine.parseDocument(text);
  let findings = 0;
  const engineRun = () => {
    let count = 0;
    for (const text of set.texts) count += engine.check(engine.analyze(text, set.format)).length;
    findings = count;
  };
  const samples = await alternate(
    [
      {
        name: 'engine',
        run: () =>
          timed(() => {
            for (let i = 0; i < set.passes; i++) engineRun();
          }),
      },
      {
        name: 'floor',
        run: () =>
          timed(() => {
            for (let i = 0; i < set.passes; i++) for (const text of set.texts) floor(text);
          }),
      },
    ],
    set.rounds,
    set.warmup,
  );
  const megabytes = set.texts.reduce((sum, text) => sum + text.length, 0) / 1e6;
  const engineMs = median(samples.engine) / set.passes;
  const floorMs = median(samples.floor) / set.passes;
  return {
    label: set.label,
    format: set.format,
    floor: set.format === 'xml' ? 'fast-xml-parser XMLParser.parse' : 'yaml parseDocument',
    texts: set.texts.length,
    megabytes: round(megabytes),
    rounds: set.rounds,
    engineMs: round(engineMs),
    floorMs: round(floorMs),
    engineMBPerSecond: round((megabytes * 1000) / engineMs),
    floorMBPerSecond: round((megabytes * 1000) / floorMs),
    ratio: round(engineMs / floorMs),
    findings,
  };
}

export async function benchInProcess(
  workDir: string,
  corpus: readonly CorpusFile[],
  generated: readonly GeneratedDocument[],
): Promise<InProcessResult[]> {
  const engine = await loadEngine(workDir);
  const passesFor = (rows: number) => (rows <= 30 ? 10 : 1);
  const roundsFor = (rows: number) => (rows >= 5000 ? 3 : 5);
  const warmupFor = (rows: number) => (rows >= 5000 ? 0 : 1);
  const generatedSet = (g: GeneratedDocument, format: 'xml' | 'yaml'): TextSet => ({
    label: `generated ${g.rows} rows`,
    format,
    texts: [format === 'xml' ? g.xml : g.yaml],
    passes: passesFor(g.rows),
    rounds: roundsFor(g.rows),
    warmup: warmupFor(g.rows),
  });
  const sets: TextSet[] = [
    { label: `real corpus (${corpus.length} files)`, format: 'xml', texts: corpus.map((f) => f.text), passes: 5, rounds: 7, warmup: 1 },
    ...generated.map((g) => generatedSet(g, 'xml')),
    ...generated.map((g) => generatedSet(g, 'yaml')),
  ];
  const results: InProcessResult[] = [];
  for (const set of sets) results.push(await compare(engine, set));
  return results;
}
