import { existsSync, writeFileSync } from 'node:fs';
import { UsageError } from '../args';
import type { CliIO } from '../io';

/** Writes to OUT, or to standard output without one. Never overwrites an existing file unless forced. */
export function writeOutput(io: CliIO, text: string, output: string | undefined, force: boolean): void {
  if (output === undefined) {
    io.out(text);
    return;
  }
  if (existsSync(output) && !force) throw new UsageError(`${output} exists; pass --force to overwrite it`);
  try {
    writeFileSync(output, text);
  } catch (error) {
    throw new UsageError(`cannot write ${output}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}
