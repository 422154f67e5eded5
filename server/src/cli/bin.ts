/** Entry point of the bundled command line (dist/cli.js): runs one command against the real process. */
import { runCli } from './main';
import type { CliIO } from './io';

const io: CliIO = { cwd: process.cwd(), out: (text) => process.stdout.write(text), err: (text) => process.stderr.write(text) };
process.exitCode = runCli(process.argv.slice(2), io);
