/** Command-line arguments: parsed with Node's own parseArgs, validated into one typed request per command. */
import { parseArgs } from 'node:util';
import { parseRuleSetting, ruleSettings, type RuleSetting } from '../engine/index';

export type OutputFormat = 'text' | 'json' | 'sarif';

export type CliRequest =
  | {
      readonly command: 'check';
      readonly paths: readonly string[];
      readonly format: OutputFormat;
      readonly rules: Readonly<Record<string, RuleSetting>>;
      readonly config?: string;
      readonly today?: string;
    }
  | {
      readonly command: 'convert';
      readonly file: string;
      readonly to: 'xml' | 'yaml';
      readonly output?: string;
      readonly force: boolean;
      readonly includeCcc: boolean;
    }
  | { readonly command: 'render'; readonly file: string; readonly output?: string; readonly force: boolean }
  | { readonly command: 'rules'; readonly format: 'text' | 'json' }
  | { readonly command: 'help' }
  | { readonly command: 'version' };

export class UsageError extends Error {}

export const usage = `Usage:
  form4 check [--format text|json|sarif] [--rule ID=off|hint|information|warning|error]... [--config FILE] PATH...
      Check Form 4 files: EDGAR XML (root ownershipDocument) and YAML drafts (*.form4.yaml|yml); - reads standard input.
      Folders are searched recursively. Exit 0: no errors; 1: errors found; 2: bad usage, or a file that could not
      be read (not a regular file, over the size limit, unreadable), the other files still checked.
      Rule settings come from --rule, else from .form4rc.json ({"rules": {"ID": "off"}}) in the current folder or above.
  form4 convert --to xml|yaml [-o OUT] [--force] [--include-ccc] FILE
      Convert EDGAR XML to a YAML draft and back, losing nothing. Writes to standard output without -o;
      refuses to overwrite an existing OUT, or to write through a symbolic link, unless --force; never writes over
      FILE. The owner's EDGAR access code (rptOwnerCcc) is a secret left out of YAML drafts, with a warning,
      unless --include-ccc.
  form4 render [-o OUT.html] [--force] FILE
      Write the form as EDGAR shows it, as a standalone HTML page; OUT as for convert.
  form4 rules [--format text|json]
      List every rule with its id, default severity and summary.
  form4 --help | --version`;

/** `ID=severity` pairs from repeated --rule options. */
export function parseRuleSettings(pairs: readonly string[]): Record<string, RuleSetting> {
  const out: Record<string, RuleSetting> = {};
  for (const pair of pairs) {
    const eq = pair.lastIndexOf('=');
    const id = pair.slice(0, eq).trim();
    const setting = parseRuleSetting(pair.slice(eq + 1).trim());
    if (eq <= 0 || !setting) {
      throw new UsageError(`--rule takes ID=${ruleSettings.join('|')}, got '${pair}'`);
    }
    out[id] = setting;
  }
  return out;
}

function oneOf<T extends string>(option: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(value))
    throw new UsageError(`${option} must be one of ${allowed.join(', ')}, got '${value}'`);
  return value as T;
}

function singleFile(command: string, positionals: readonly string[]): string {
  if (positionals.length !== 1) throw new UsageError(`form4 ${command} takes exactly one FILE`);
  return positionals[0];
}

export function parseCommandLine(argv: readonly string[]): CliRequest {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') return { command: 'help' };
  if (command === '--version' || command === '-v') return { command: 'version' };
  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string' },
        rule: { type: 'string', multiple: true },
        config: { type: 'string' },
        today: { type: 'string' },
        to: { type: 'string' },
        output: { type: 'string', short: 'o' },
        force: { type: 'boolean' },
        'include-ccc': { type: 'boolean' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  switch (command) {
    case 'check':
      if (positionals.length === 0) throw new UsageError('form4 check needs at least one PATH');
      return {
        command,
        paths: positionals,
        format: oneOf('--format', values.format, ['text', 'json', 'sarif'], 'text'),
        rules: parseRuleSettings(values.rule ?? []),
        config: values.config,
        today: values.today,
      };
    case 'convert':
      if (values.to === undefined) throw new UsageError('form4 convert needs --to xml or --to yaml');
      return {
        command,
        file: singleFile(command, positionals),
        to: oneOf('--to', values.to, ['xml', 'yaml'], 'xml'),
        output: values.output,
        force: values.force ?? false,
        includeCcc: values['include-ccc'] ?? false,
      };
    case 'render':
      return { command, file: singleFile(command, positionals), output: values.output, force: values.force ?? false };
    case 'rules':
      return { command, format: oneOf('--format', values.format, ['text', 'json'], 'text') };
    default:
      throw new UsageError(`unknown command '${command}'`);
  }
}
