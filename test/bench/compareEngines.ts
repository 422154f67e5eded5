/**
 * Two versions of the engine side by side, in one process: each phase of analyze + check (read, bind, structure,
 * rules, and the whole of it on a fresh text), on the real corpus and on the generated 5,000-row filing. Both engines
 * are bundled with the production options from their own checkout; rounds alternate (./stats.ts) and time CPU rather
 * than wall-clock time, which other load on a shared machine disturbs less. The way to measure an engine change
 * before and after on a busy machine:
 *
 *   node --import tsx test/bench/compareEngines.ts OTHER_CHECKOUT [read|bind|structure|rules|all ...]
 *
 * OTHER_CHECKOUT is a copy of the project at another version (with node_modules, or a link to this one's). Not part
 * of `npm run bench`; docs/performance.md has figures.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { bundle, projectRoot } from './build';
import { generateForm4 } from './generate';
import { loadCorpus } from './inputs';
import { median, round } from './stats';

type Engine = typeof import('./engineEntry');
type Phase = 'read' | 'bind' | 'structure' | 'rules' | 'all';
const phases: readonly Phase[] = ['read', 'bind', 'structure', 'rules', 'all'];

interface Prepared {
  readonly text: string;
  readonly root: NonNullable<ReturnType<Engine['readXml']>['root']>;
  readonly kind: '4' | '4/A';
  readonly model: ReturnType<Engine['bindDocument']>;
}

function prepare(engine: Engine, texts: readonly string[]): Prepared[] {
  return texts.map((text) => {
    const root = engine.readXml(text).root;
    if (!root) throw new Error('a benchmark input does not read');
    return { text, root, kind: /<documentType>\s*4\/A/.test(text) ? '4/A' : '4', model: engine.bindDocument(root) };
  });
}

/** One pass of a phase over the prepared texts. "all" reads each text afresh, as the editor and the CLI do. */
function work(engine: Engine, phase: Phase, prepared: readonly Prepared[], today: ReturnType<Engine['today']>): void {
  for (const p of prepared) {
    if (phase === 'read') engine.readXml(p.text);
    else if (phase === 'bind') engine.bindDocument(p.root);
    else if (phase === 'structure') engine.checkStructure(p.root, p.kind);
    else if (phase === 'rules') engine.runRules(p.model, today);
    else engine.check(engine.analyze(p.text, 'xml'), { today });
  }
}

function cpuMs(run: () => void): number {
  const started = process.cpuUsage();
  run();
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1000;
}

async function main(): Promise<void> {
  const [other, ...asked] = process.argv.slice(2);
  if (!other) throw new Error('usage: compareEngines.ts OTHER_CHECKOUT [read|bind|structure|rules|all ...]');
  const wanted = asked.length > 0 ? (asked as Phase[]) : phases;
  const dir = mkdtempSync(path.join(tmpdir(), 'form4-compare-'));
  try {
    const sides = [
      { name: path.basename(path.resolve(other)), root: path.resolve(other) },
      { name: 'this checkout', root: projectRoot },
    ];
    const engines: Engine[] = [];
    for (const [i, side] of sides.entries()) {
      const file = await bundle(path.join(side.root, 'test/bench/engineEntry.ts'), path.join(dir, `engine-${i}.js`));
      engines.push(require(file) as Engine);
    }
    const corpus = loadCorpus();
    const inputs = [
      { label: `real corpus (${corpus.length} files)`, texts: corpus.map((f) => f.text), passes: 20, rounds: 13 },
      { label: 'generated 5000 rows', texts: [generateForm4(corpus, 5000)], passes: 1, rounds: 13 },
    ];
    const today = engines[0].today();
    console.log(`CPU ms per pass, min / median of the measured rounds (${sides[0].name} vs ${sides[1].name})`);
    for (const input of inputs) {
      const prepared = engines.map((engine) => prepare(engine, input.texts));
      for (const phase of wanted) {
        const samples: number[][] = engines.map(() => []);
        for (let r = 0; r < input.rounds + 2; r++) {
          const order = r % 2 === 0 ? [0, 1] : [1, 0];
          for (const i of order) {
            const ms = cpuMs(() => {
              for (let pass = 0; pass < input.passes; pass++) work(engines[i], phase, prepared[i], today);
            });
            if (r >= 2) samples[i].push(ms / input.passes);
          }
        }
        const shown = samples.map((s) => `${round(Math.min(...s))} / ${round(median(s))}`);
        const ratio = round(median(samples[1]) / median(samples[0]));
        console.log(
          `${input.label.padEnd(26)} ${phase.padEnd(9)} ${shown[0].padStart(16)}  ${shown[1].padStart(16)}  after/before ${ratio}`,
        );
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
