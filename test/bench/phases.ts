/**
 * Where the engine's time goes: each phase of `analyze` + `check` timed on its own (the bundled engine, in this
 * process, median of a few rounds after a warm-up), for the real corpus, the 5,000-row XML and the 300-row draft.
 * The shares point a missed target at the part of the engine to work on.
 */
import type { ElementNode } from '../../server/src/engine/tree/node';
import type { CorpusFile, GeneratedDocument } from './inputs';
import { loadEngine, type EngineModule } from './inProcess';
import { alternate, median, round, timed } from './stats';

export interface PhaseBreakdown {
  readonly label: string;
  readonly format: 'xml' | 'yaml';
  readonly rounds: number;
  /** Milliseconds per pass over the texts, by phase, in pipeline order. */
  readonly ms: Readonly<Record<string, number>>;
  /** Each phase's share of their sum, in percent. */
  readonly percent: Readonly<Record<string, number>>;
}

interface Prepared {
  readonly text: string;
  readonly root: ElementNode;
  readonly kind: '4' | '4/A';
  readonly model: ReturnType<EngineModule['bindDocument']>;
}

function breakdown(engine: EngineModule, label: string, format: 'xml' | 'yaml', texts: readonly string[], rounds: number, passes: number) {
  const read = (text: string) => (format === 'xml' ? engine.readXml(text) : engine.readYaml(text));
  const prepared: Prepared[] = texts.map((text) => {
    const root = read(text).root;
    if (!root) throw new Error(`${label}: nothing read`);
    const kind = /<documentType>\s*4\/A|documentType:\s*4\/A/.test(text) ? '4/A' : '4';
    return { text, root, kind, model: engine.bindDocument(root) };
  });
  const today = engine.today();
  const repeat = (work: (p: Prepared) => unknown) => () =>
    timed(() => {
      for (let i = 0; i < passes; i++) for (const p of prepared) work(p);
    });
  const phases: Record<string, () => Promise<number>> = {
    read: repeat((p) => read(p.text)),
    bind: repeat((p) => engine.bindDocument(p.root)),
    'line index': repeat((p) => new engine.LineIndex(p.text)),
    structure: repeat((p) => engine.checkStructure(p.root, p.kind)),
    rules: repeat((p) => engine.runRules(p.model, today)),
  };
  return { phases, finish: (samples: Record<string, number[]>) => summarise(label, format, rounds, passes, samples) };
}

function summarise(
  label: string,
  format: 'xml' | 'yaml',
  rounds: number,
  passes: number,
  samples: Record<string, number[]>,
): PhaseBreakdown {
  const ms = Object.fromEntries(Object.entries(samples).map(([phase, values]) => [phase, median(values) / passes]));
  const total = Object.values(ms).reduce((a, b) => a + b, 0);
  return {
    label,
    format,
    rounds,
    ms: Object.fromEntries(Object.entries(ms).map(([phase, value]) => [phase, round(value)])),
    percent: Object.fromEntries(Object.entries(ms).map(([phase, value]) => [phase, round((100 * value) / total)])),
  };
}

async function measure(
  engine: EngineModule,
  label: string,
  format: 'xml' | 'yaml',
  texts: readonly string[],
  rounds: number,
  passes: number,
): Promise<PhaseBreakdown> {
  const { phases, finish } = breakdown(engine, label, format, texts, rounds, passes);
  const samples = await alternate(
    Object.entries(phases).map(([name, run]) => ({ name, run })),
    rounds,
    1,
  );
  return finish(samples);
}

export async function benchPhases(
  workDir: string,
  corpus: readonly CorpusFile[],
  generated: readonly GeneratedDocument[],
): Promise<PhaseBreakdown[]> {
  const engine = await loadEngine(workDir);
  const largest = generated[generated.length - 1];
  const draft = generated.find((g) => g.rows === 300) ?? generated[0];
  return [
    await measure(
      engine,
      `real corpus (${corpus.length} files)`,
      'xml',
      corpus.map((f) => f.text),
      5,
      20,
    ),
    await measure(engine, `generated ${largest.rows} rows`, 'xml', [largest.xml], 3, 1),
    await measure(engine, `generated ${draft.rows} rows`, 'yaml', [draft.yaml], 3, 1),
  ];
}
