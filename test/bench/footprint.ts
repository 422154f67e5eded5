/**
 * Footprint: what the extension costs before it does anything. Activation is the client bundle's load (require of
 * dist/client.js with a stub `vscode`, in a fresh process) plus the server's readiness (spawning dist/server.js to its
 * initialize result); then the VSIX and bundle sizes. Peak memory with the 5,000-row document comes from the editor
 * section (a fresh server per document).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { distFile, engineBundle, projectRoot } from './build';
import { startOurServer } from './editor';
import type { GeneratedDocument } from './inputs';
import { median, round } from './stats';

export interface BundleSize {
  readonly file: string;
  readonly kilobytes: number;
  readonly gzipKilobytes: number;
}

export interface RetainedHeap {
  readonly document: string;
  readonly textMB: number;
  readonly retainedHeapMB: number;
}

export interface FootprintResult {
  readonly rounds: number;
  readonly clientRequireMs: number;
  readonly serverReadyMs: number;
  /** The two added: the extension's own share of activation (the editor's part not included). */
  readonly activationMs: number;
  /** Peak RSS of a server that was only initialized (Node itself and the loaded bundle). */
  readonly idleServerPeakRssMB: number;
  /** Heap kept alive by one analysed document (tree, model, line index, findings), between full GCs. */
  readonly retainedHeap: readonly RetainedHeap[];
  readonly vsix: { readonly kilobytes: number; readonly megabytes: number } | { readonly missing: string };
  readonly bundles: readonly BundleSize[];
}

const rounds = 5;

function clientRequireMs(): number {
  const run = spawnSync(process.execPath, [path.join(__dirname, 'clientRequireTime.cjs'), distFile('client.js')], {
    encoding: 'utf8',
    timeout: 60_000,
  });
  if (run.status !== 0) throw new Error(`loading dist/client.js with a stub vscode failed: ${run.stderr.slice(0, 500)}`);
  return (JSON.parse(run.stdout) as { requireMs: number }).requireMs;
}

async function serverReady(): Promise<{ ms: number; peakRssMB: number }> {
  const session = await startOurServer();
  const ready = { ms: session.initializeMs, peakRssMB: session.peakRssMB() };
  await session.stop();
  return ready;
}

function retainedHeap(bundle: string, document: GeneratedDocument, format: 'xml' | 'yaml'): RetainedHeap {
  const file = format === 'xml' ? document.xmlPath : document.yamlPath;
  const run = spawnSync(process.execPath, ['--expose-gc', path.join(__dirname, 'retainedHeap.cjs'), bundle, file, format], {
    encoding: 'utf8',
    timeout: 300_000,
  });
  if (run.status !== 0) throw new Error(`measuring the retained heap failed: ${run.stderr.slice(0, 500)}`);
  const measured = JSON.parse(run.stdout) as { retainedHeapMB: number; textMB: number };
  return { document: `${document.rows} rows ${format}`, textMB: measured.textMB, retainedHeapMB: measured.retainedHeapMB };
}

function packageVsix(workDir: string): FootprintResult['vsix'] {
  const scripts =
    (JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as { scripts?: Record<string, string> }).scripts ?? {};
  if (!scripts.package) return { missing: 'package.json has no "package" script' };
  // Written to the bench's folder, so a VSIX someone else is making in the checkout is left alone.
  const out = path.join(workDir, 'form4.vsix');
  const run = spawnSync('npm', ['run', 'package', '--', '--out', out], { cwd: projectRoot, encoding: 'utf8', timeout: 300_000 });
  if (run.status !== 0 || !existsSync(out))
    return { missing: `npm run package failed: ${`${run.stdout}${run.stderr}`.trim().split('\n').slice(-3).join(' | ')}` };
  const bytes = statSync(out).size;
  return { kilobytes: round(bytes / 1024), megabytes: round(bytes / 1024 / 1024) };
}

function bundleSizes(): BundleSize[] {
  const files = ['dist/client.js', 'dist/server.js', 'dist/cli.js', 'media/preview.js'];
  return files
    .filter((file) => existsSync(path.join(projectRoot, file)))
    .map((file) => {
      const content = readFileSync(path.join(projectRoot, file));
      return { file, kilobytes: round(content.length / 1024), gzipKilobytes: round(gzipSync(content).length / 1024) };
    });
}

export async function benchFootprint(workDir: string, generated: readonly GeneratedDocument[]): Promise<FootprintResult> {
  const client: number[] = [];
  const server: number[] = [];
  const serverRss: number[] = [];
  // A warm-up of each (disk cache), then alternating rounds.
  clientRequireMs();
  await serverReady();
  for (let i = 0; i < rounds; i++) {
    client.push(clientRequireMs());
    const ready = await serverReady();
    server.push(ready.ms);
    serverRss.push(ready.peakRssMB);
  }
  const clientRequire = median(client);
  const serverReadyMs = median(server);
  const bundle = await engineBundle(workDir);
  const largest = generated[generated.length - 1];
  return {
    rounds,
    clientRequireMs: round(clientRequire),
    serverReadyMs: round(serverReadyMs),
    activationMs: round(clientRequire + serverReadyMs),
    idleServerPeakRssMB: round(median(serverRss)),
    retainedHeap: [retainedHeap(bundle, largest, 'xml'), retainedHeap(bundle, largest, 'yaml')],
    vsix: packageVsix(workDir),
    bundles: bundleSizes(),
  };
}
