/**
 * The bundles the benchmark measures: the project's own build (`node esbuild.mjs`, the files the VSIX and the npm
 * package ship), plus a bench-only bundle of the engine for in-process timing, built with the same options so it
 * runs the same minified code the server and the command line run.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import * as esbuild from 'esbuild';

export const projectRoot = path.resolve(__dirname, '../..');
export const distFile = (name: string) => path.join(projectRoot, 'dist', name);

export interface BuildOutcome {
  /** True when `node esbuild.mjs` succeeded; otherwise the dist files are the last good build, if any. */
  readonly built: boolean;
  readonly log: string;
  /** The command-line bundle to run: dist/cli.js, or a bench build of the CLI entry when dist/cli.js does nothing. */
  readonly cli: string;
  readonly notes: string[];
}

const productionOptions: esbuild.BuildOptions = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  minify: true,
  logLevel: 'silent',
  absWorkingDir: projectRoot,
};

export async function bundle(entry: string, outfile: string): Promise<string> {
  await esbuild.build({ ...productionOptions, entryPoints: [entry], outfile });
  return outfile;
}

/** True when the command-line bundle answers `--version`: a bundle of a module that only exports prints nothing. */
function cliRuns(file: string): boolean {
  if (!existsSync(file)) return false;
  const result = spawnSync(process.execPath, [file, '--version'], { encoding: 'utf8', timeout: 30_000 });
  return result.status === 0 && result.stdout.trim() !== '';
}

export async function buildProject(workDir: string): Promise<BuildOutcome> {
  const result = spawnSync(process.execPath, ['esbuild.mjs'], { cwd: projectRoot, encoding: 'utf8', timeout: 300_000 });
  const built = result.status === 0;
  const log = `${result.stdout}${result.stderr}`.trim();
  const notes: string[] = [];
  if (!built) notes.push(`node esbuild.mjs failed; measuring the dist/ files of the last good build: ${log.split('\n')[0]}`);
  let cli = distFile('cli.js');
  if (!cliRuns(cli)) {
    // esbuild.mjs bundles server/src/cli/main.ts, which exports runCli without calling it; bin.ts is the entry.
    cli = await bundle('server/src/cli/bin.ts', path.join(workDir, 'cli.js'));
    notes.push(
      'dist/cli.js prints nothing for `--version` (bundled from a module that only exports runCli); measured a bench bundle of server/src/cli/bin.ts with the same esbuild options',
    );
  }
  return { built, log, cli, notes };
}

const engineBundles = new Map<string, Promise<string>>();

/** The bench bundle of test/bench/engineEntry.ts in `workDir`, built once per run. */
export function engineBundle(workDir: string): Promise<string> {
  let built = engineBundles.get(workDir);
  if (!built) {
    built = bundle('test/bench/engineEntry.ts', path.join(workDir, 'engine.js'));
    engineBundles.set(workDir, built);
  }
  return built;
}
