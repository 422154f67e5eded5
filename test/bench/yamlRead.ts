/**
 * The YAML draft reader before and after its fast path (server/src/engine/read/yamlFast), in process, on the bundled
 * code: `readYaml` (fast path first) against the general reader alone, and against the `yaml` package's
 * `parseDocument`, on the examples, the real corpus as drafts and generated drafts of 30, 300 and 5,000 rows. Also
 * analyze + check on the drafts with the fast path, for the share reading now takes. Sides alternate (./stats.ts).
 *
 *   node --import tsx test/bench/yamlRead.ts
 */
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readXml } from '../../server/src/engine/read/xml';
import { writeYaml } from '../../server/src/engine/write/yaml';
import { bundle, projectRoot } from './build';
import { generateForm4 } from './generate';
import { loadCorpus } from './inputs';
import { alternate, median, round, timed } from './stats';

type Entry = typeof import('./yamlReadEntry');

interface TextSet {
  readonly label: string;
  readonly texts: readonly string[];
  readonly passes: number;
  readonly rounds: number;
}

function draftOf(xml: string): string {
  const root = readXml(xml).root;
  if (!root) throw new Error('a benchmark input does not read');
  return writeYaml(root);
}

function textSets(): TextSet[] {
  const examplesDir = path.join(projectRoot, 'examples');
  const examples = readdirSync(examplesDir)
    .filter((name) => name.endsWith('.form4.yaml'))
    .map((name) => readFileSync(path.join(examplesDir, name), 'utf8'));
  const corpus = loadCorpus();
  const generated = (rows: number) => draftOf(generateForm4(corpus, rows));
  return [
    { label: 'examples (2 drafts)', texts: examples, passes: 20, rounds: 15 },
    { label: 'real corpus as drafts (43)', texts: corpus.map((file) => draftOf(file.text)), passes: 2, rounds: 15 },
    { label: 'generated, 30 rows', texts: [generated(30)], passes: 10, rounds: 15 },
    { label: 'generated, 300 rows', texts: [generated(300)], passes: 1, rounds: 11 },
    { label: 'generated, 5,000 rows', texts: [generated(5000)], passes: 1, rounds: 7 },
  ];
}

async function main(): Promise<void> {
  const workDir = mkdtempSync(path.join(tmpdir(), 'form4-yaml-read-'));
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const engine = require(await bundle(path.join(__dirname, 'yamlReadEntry.ts'), path.join(workDir, 'entry.js'))) as Entry;
    const rows: Record<string, unknown>[] = [];
    for (const set of textSets()) {
      for (const text of set.texts) {
        if (!engine.readYamlFast(text, 200).root) throw new Error(`the fast path does not take an input of "${set.label}"`);
      }
      const megabytes = set.texts.reduce((sum, text) => sum + text.length, 0) / 1e6;
      const pass = (run: (text: string) => unknown) => () =>
        timed(() => {
          for (let i = 0; i < set.passes; i++) for (const text of set.texts) run(text);
        });
      const samples = await alternate(
        [
          { name: 'fast', run: pass((text) => engine.readYaml(text)) },
          { name: 'general', run: pass((text) => engine.readYamlGeneral(text)) },
          { name: 'parseDocument', run: pass((text) => engine.parseDocument(text)) },
          { name: 'engine', run: pass((text) => engine.check(engine.analyze(text, 'yaml'))) },
        ],
        set.rounds,
        2,
      );
      const ms = (side: string) => median(samples[side]!) / set.passes;
      rows.push({
        input: set.label,
        KB: round((megabytes * 1000) / 1),
        'readYaml ms': round(ms('fast')),
        'general ms': round(ms('general')),
        speedup: round(ms('general') / ms('fast')),
        'yaml parseDocument ms': round(ms('parseDocument')),
        'readYaml MB/s': round(megabytes / (ms('fast') / 1000)),
        'analyze+check ms': round(ms('engine')),
      });
    }
    console.table(rows);
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
