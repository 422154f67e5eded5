/**
 * `npm run bench`: builds the bundles, generates the inputs, runs the four comparisons of issue 7 (batch against
 * xmllint, in-process against the bare parse, editor latency, the yaml-language-server peer, footprint), prints the
 * tables and the targets, and writes bench/results.json. `npm run bench -- editor peer` runs only those sections
 * (batch, inprocess, editor, completion, peer, footprint, shapes, history; `-- shapes --shape-sizes=1` runs the shapes
 * of issue 13 at 1 MB only, `--shape-names=big-render` that shape only; `-- scale`, the 200,000-file memory check of issue 16, runs only when named). Figures,
 * never assertions: the exit code is 0 whatever they say.
 */
import { execSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { benchBatch, benchScale, ensureXmllint } from './batch';
import { buildProject, projectRoot } from './build';
import { benchCompletion } from './completion';
import { benchEditor } from './editor';
import { benchFootprint } from './footprint';
import { benchHistory } from './history';
import { benchInProcess } from './inProcess';
import { prepareInputs } from './inputs';
import { benchPhases } from './phases';
import { benchPeer, peerVersion } from './peer';
import { render, renderTargets, targets, type Results } from './report';
import { benchShapes, shapeNames, shapeSizesMB, type ShapeName } from './shapes';
import { round } from './stats';

const sections = ['batch', 'inprocess', 'editor', 'completion', 'peer', 'footprint', 'shapes', 'history', 'scale'] as const;
type Section = (typeof sections)[number];

function requestedSections(argv: readonly string[]): Set<Section> {
  const asked = argv.filter((a) => !a.startsWith('-'));
  const unknown = asked.filter((a) => !(sections as readonly string[]).includes(a));
  if (unknown.length > 0) throw new Error(`unknown section(s) ${unknown.join(', ')}; choose from ${sections.join(', ')}`);
  // The 200,000-file scale check takes minutes and gigabytes of links: only when asked for by name.
  return new Set((asked.length > 0 ? asked : sections.filter((s) => s !== 'scale')) as Section[]);
}

/** `--shape-sizes=1,5` measures the shapes at those sizes (MB) only; the default is 1, 5 and 20. */
function shapeSizes(argv: readonly string[]): readonly number[] {
  const option = argv.find((a) => a.startsWith('--shape-sizes='));
  if (!option) return shapeSizesMB;
  const sizes = option.slice('--shape-sizes='.length).split(',').map(Number);
  if (sizes.some((n) => !(n > 0))) throw new Error(`--shape-sizes takes sizes in MB, like 1,5,20; got '${option}'`);
  return sizes;
}

/** `--shape-names=big-render` measures those shapes only (the ratio to the reference is then not known). */
function shapeNamesOf(argv: readonly string[]): readonly ShapeName[] {
  const option = argv.find((a) => a.startsWith('--shape-names='));
  if (!option) return shapeNames;
  const names = option.slice('--shape-names='.length).split(',');
  const unknown = names.filter((n) => !(shapeNames as readonly string[]).includes(n));
  if (unknown.length > 0) throw new Error(`--shape-names takes ${shapeNames.join(', ')}; got '${unknown.join(', ')}'`);
  return names as ShapeName[];
}

function packageVersion(name: string): string {
  const file = path.join(projectRoot, 'node_modules', name, 'package.json');
  return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
}

function machine() {
  const cpus = os.cpus();
  let distribution = os.type();
  try {
    distribution = /^PRETTY_NAME="?([^"\n]*)/m.exec(readFileSync('/etc/os-release', 'utf8'))?.[1] ?? distribution;
  } catch {
    // Not Linux: the kernel type will do.
  }
  return {
    cpu: cpus[0]?.model ?? 'unknown',
    cores: cpus.length,
    memoryGB: round(os.totalmem() / 1024 ** 3),
    os: `${distribution}, kernel ${os.release()}`,
    node: process.version,
    loadAverageAtStart: os.loadavg().map(round),
  };
}

function gitCommit(): string | undefined {
  try {
    return execSync('git rev-parse --short HEAD', { cwd: projectRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return undefined;
  }
}

async function step<T>(name: string, work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  process.stdout.write(`${name} ...`);
  const result = await work();
  process.stdout.write(` ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
  return result;
}

async function main(): Promise<void> {
  const wanted = requestedSections(process.argv.slice(2));
  const started = performance.now();
  const host = machine();
  const inputs = await step('generating inputs', async () => prepareInputs());
  try {
    const build = await step('building (node esbuild.mjs)', () => buildProject(inputs.workDir));
    for (const note of build.notes) console.log(`  note: ${note}`);
    const results: Results = {};
    const versions: Record<string, string> = { 'fast-xml-parser': packageVersion('fast-xml-parser'), yaml: packageVersion('yaml') };
    if (wanted.has('batch')) {
      versions.xmllint = ensureXmllint();
      results.batch = await step('batch vs xmllint (4,200 and 50,000 files)', () => benchBatch(build.cli, inputs.workDir));
    }
    if (wanted.has('scale')) results.scale = await step('scale (2,000 and 200,000 files)', () => benchScale(build.cli, inputs.workDir));
    if (wanted.has('inprocess')) {
      results.inProcess = await step('in-process engine vs parse', () => benchInProcess(inputs.workDir, inputs.corpus, inputs.generated));
      results.phases = await step('engine phases', () => benchPhases(inputs.workDir, inputs.corpus, inputs.generated));
    }
    if (wanted.has('editor')) results.editor = await step('editor latency', () => benchEditor(inputs.generated, inputs.edited));
    if (wanted.has('completion')) results.completion = await step('completion', () => benchCompletion(inputs.generated));
    if (wanted.has('peer')) {
      versions['yaml-language-server'] = peerVersion();
      results.peer = await step('peer (yaml-language-server)', () => benchPeer(inputs.edited, inputs.workDir));
    }
    if (wanted.has('footprint')) results.footprint = await step('footprint', () => benchFootprint(inputs.workDir, inputs.generated));
    if (wanted.has('shapes')) {
      const sizes = shapeSizes(process.argv.slice(2));
      const names = shapeNamesOf(process.argv.slice(2));
      results.shapes = await step(`shapes at ${sizes.join(', ')} MB`, () => benchShapes(inputs.workDir, sizes, names));
    }

    if (wanted.has('history')) results.history = await step('history of 1,000 filings', async () => benchHistory());

    const checks = targets(results);
    console.log(`\n${render(results)}\n\n${renderTargets(checks)}\n`);
    const seconds = round((performance.now() - started) / 1000);
    const output = {
      date: new Date().toISOString(),
      commit: gitCommit(),
      machine: { ...host, loadAverageAtEnd: os.loadavg().map(round) },
      versions,
      inputs: {
        corpusFiles: inputs.corpus.length,
        generated: inputs.generated.map((g) => ({ rows: g.rows, xmlCharacters: g.xml.length, yamlCharacters: g.yaml.length })),
        edited: inputs.edited.map((g) => ({ rows: g.rows, xmlCharacters: g.xml.length, yamlCharacters: g.yaml.length })),
      },
      build: {
        built: build.built,
        cli: path.relative(projectRoot, build.cli).startsWith('..') ? 'bench bundle of server/src/cli/bin.ts' : 'dist/cli.js',
        notes: build.notes,
      },
      ...results,
      targets: checks,
      seconds,
    };
    const resultsFile = path.join(projectRoot, 'bench', 'results.json');
    mkdirSync(path.dirname(resultsFile), { recursive: true });
    writeFileSync(resultsFile, JSON.stringify(output, null, 2) + '\n');
    console.log(
      `wrote ${path.relative(projectRoot, resultsFile)} (${seconds} s; load average ${host.loadAverageAtStart.join(' ')} at start)`,
    );
  } finally {
    inputs.dispose();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
});
