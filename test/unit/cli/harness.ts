/** Runs the command line in-process, as the tests of test/unit/cli/ do, and the bundled one as a child process. */
import { spawn, type ChildProcessWithoutNullStreams, type SpawnOptions } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runCli } from '../../../server/src/cli/main';
import type { CliIO } from '../../../server/src/cli/io';

export const repo = resolve(__dirname, '../../..');
export const examples = join(repo, 'examples');
export const cliBundle = join(repo, 'dist', 'cli.js');

export interface Run {
  code: number;
  out: string;
  err: string;
}

/** `form4 ARGV` in `cwd`, with any of the CLI's injectable powers (standard input, the write function) replaced. */
export function run(argv: string[], cwd = repo, powers: Pick<CliIO, 'readStdin' | 'writeChunk'> = {}): Run {
  let out = '';
  let err = '';
  const io: CliIO = { cwd, out: (t) => (out += t), err: (t) => (err += t), ...powers };
  const code = runCli(argv, io);
  return { code, out, err };
}

export function scratch(): string {
  return mkdtempSync(join(tmpdir(), 'form4-cli-'));
}

/** Standard input that gives `text` and then ends, as a pipe would. */
export function stdinOf(text: string): NonNullable<CliIO['readStdin']> {
  const bytes = Buffer.from(text, 'utf8');
  let at = 0;
  return (buffer, offset, length) => {
    const count = Math.min(length, bytes.length - at);
    buffer.set(bytes.subarray(at, at + count), offset);
    at += count;
    return count;
  };
}

/** The bundled CLI (dist/cli.js, built by `node esbuild.mjs`) as a child process. */
export function spawnCli(args: string[], options: SpawnOptions & { nodeArgs?: string[] } = {}): ChildProcessWithoutNullStreams {
  if (!existsSync(cliBundle)) throw new Error(`${cliBundle} is missing: run \`node esbuild.mjs\` first`);
  return spawn(process.execPath, [...(options.nodeArgs ?? []), cliBundle, ...args], {
    stdio: 'pipe',
    ...options,
  }) as ChildProcessWithoutNullStreams;
}

/** The exit code and the output of a spawned CLI, once it has exited. */
export function finished(child: ChildProcessWithoutNullStreams): Promise<Run> {
  let out = '';
  let err = '';
  child.stdout?.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (err += chunk.toString()));
  return new Promise((resolve) => child.on('close', (code, signal) => resolve({ code: code ?? (signal ? -1 : 0), out, err })));
}
