/** The `form4` command line: a thin adapter over the engine's facade. */
import { helpText, parseCommandLine, usage, UsageError } from './args';
import { runCheck } from './commands/check';
import { runConvert } from './commands/convert';
import { runHistory } from './commands/history';
import { runRender } from './commands/render';
import { runRules } from './commands/rules';
import { exitCodes, FileError, type CliIO } from './io';
import type { PackageMetadata } from './output/documentation';

declare const FORM4_VERSION: string | undefined;
/** package.json's `repository` and `homepage`, built in by esbuild.mjs: where SARIF may link the rules' documentation. */
declare const FORM4_PACKAGE: PackageMetadata | undefined;
const version = typeof FORM4_VERSION === 'string' ? FORM4_VERSION : 'development';
const metadata: PackageMetadata = typeof FORM4_PACKAGE === 'object' ? FORM4_PACKAGE : {};

export function runCli(argv: readonly string[], io: CliIO): number {
  try {
    const request = parseCommandLine(argv);
    switch (request.command) {
      case 'help':
        io.out(helpText(request.topic) + '\n');
        return exitCodes.ok;
      case 'version':
        io.out(version + '\n');
        return exitCodes.ok;
      case 'check':
        return runCheck(request, io, { version, metadata });
      case 'history':
        return runHistory(request, io);
      case 'convert':
        return runConvert(request, io);
      case 'render':
        return runRender(request, io);
      case 'rules':
        return runRules(request, io);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`form4: ${error.message}\n\n${usage}\n`);
      return exitCodes.usage;
    }
    if (error instanceof FileError) {
      io.err(`form4: ${error.message}\n`);
      return exitCodes.usage;
    }
    throw error;
  }
}
