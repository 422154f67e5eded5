/** Command-line arguments: parsed with Node's own parseArgs, validated into one typed request per command. */
import { parseArgs } from 'node:util';
import { parseRuleSetting, ruleSettings, type RuleSetting } from '../engine/index';

export const outputFormats = ['text', 'json', 'sarif', 'github', 'jsonl'] as const;
export type OutputFormat = (typeof outputFormats)[number];

export const historyFormats = ['text', 'json', 'csv'] as const;
export type HistoryFormat = (typeof historyFormats)[number];

export const commandNames = ['check', 'history', 'convert', 'render', 'rules'] as const;
export type CommandName = (typeof commandNames)[number];

export type CliRequest =
  | {
      readonly command: 'check';
      readonly paths: readonly string[];
      readonly format: OutputFormat;
      readonly rules: Readonly<Record<string, RuleSetting>>;
      readonly config?: string;
      readonly today?: string;
      /** Fail (exit 1) when there are more warnings than this. */
      readonly maxWarnings?: number;
      /** Report errors only. */
      readonly quiet: boolean;
      /** The name standard input (`-`) is reported under, and whose extension says its format. */
      readonly stdinFilename?: string;
      /** Check each file against the owner's other filings among the files checked (the `history/` rules). */
      readonly history: boolean;
      /** Threads that check files (--jobs N): 1 checks on the main thread only; absent, the run decides. */
      readonly jobs?: number;
    }
  | { readonly command: 'history'; readonly paths: readonly string[]; readonly format: HistoryFormat }
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
  | { readonly command: 'help'; readonly topic?: CommandName }
  | { readonly command: 'version' };

export class UsageError extends Error {}

/** Each command's own help, printed by `form4 COMMAND --help`; `form4 --help` prints them all. */
export const commandUsage: Readonly<Record<CommandName, string>> = {
  check: `  form4 check [--format text|json|sarif|github|jsonl] [--rule ID=off|hint|information|warning|error]...
              [--config FILE] [--max-warnings N] [--quiet] [--history] [--jobs N] [--stdin-filename NAME]
              [--today YYYY-MM-DD] PATH...
      Check Form 4 files: EDGAR XML (root ownershipDocument) and YAML drafts (*.form4.yaml|yml).
      PATH is a file, a folder (searched recursively, skipping node_modules and folders whose name starts with a
      dot, and saying how many it skipped), a quoted glob ('filings/**/*.xml', whose Form 4 files are checked),
      or - for standard input, read as the format of --stdin-filename (else XML if it looks like XML, a YAML draft
      if not) and reported under that name.
      --format text     file:line:col: severity rule: message (the default; coloured on a terminal unless NO_COLOR)
      --format json     [{file, diagnostics: [{rule, severity, message, range}]}], 0-based positions
      --format jsonl    the same {file, diagnostics} object per file, one line each, written as each file is checked
      --format sarif    SARIF 2.1.0 for code scanning, paths relative to %SRCROOT% (the current folder)
      --format github   GitHub Actions workflow commands (::error file=...::message), which become annotations
      --max-warnings N  also fail (exit 1) when there are more than N warnings, counted even with --quiet
      --quiet           report errors only
      --history         also check each filing against the owner's previous filing among the files checked (history/
                        rules: opening balances, holdings left out, duplicates, late and out-of-order filings)
      --jobs N          check on N threads (1: the main thread only); by default a large batch uses the free cores.
                        The output is the same, byte for byte, whatever N.
      Rule settings come from --rule, else from .form4rc.json ({"rules": {"ID": "off"}}) in the current folder or above.
      Exit 0: no errors (and no more warnings than --max-warnings); 1: errors found (or too many warnings);
      2: bad usage, no Form 4 file found, or a file that could not be read (not a regular file, over the size limit,
      unreadable), the other files still checked.`,
  history: `  form4 history [--format text|json|csv] PATH...
      Each reporting owner's holdings, filing by filing, for every owner with more than one filing among PATH (as
      for check): what each filing opens and closes each holding with, and BREAK where a filing does not continue
      the previous filing in the set. A folder rarely holds every filing: a break can be a filing missing from it.
      Exit 0: no break; 1: breaks found; 2: bad usage or no Form 4 file found.`,
  convert: `  form4 convert --to xml|yaml [-o OUT] [--force] [--include-ccc] FILE
      Convert EDGAR XML to a YAML draft and back, losing nothing. Writes to standard output without -o;
      refuses to overwrite an existing OUT, or to write through a symbolic link, unless --force; never writes over
      FILE. The owner's EDGAR access code (rptOwnerCcc) is a secret left out of YAML drafts, with a warning,
      unless --include-ccc. FILE may be - for standard input.`,
  render: `  form4 render [-o OUT.html] [--force] FILE
      Write the form as EDGAR shows it, as a standalone HTML page; OUT as for convert.`,
  rules: `  form4 rules [--format text|json]
      List every rule with its id, default severity and summary.`,
};

export const usage = `Usage:
${commandNames.map((name) => commandUsage[name]).join('\n')}
  form4 --help | COMMAND --help | --version`;

/** The help of one command, or of all. */
export function helpText(topic?: CommandName): string {
  return topic === undefined ? usage : `Usage:\n${commandUsage[topic]}`;
}

function isCommandName(name: string): name is CommandName {
  return (commandNames as readonly string[]).includes(name);
}

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

/** A count option: a whole number, 0 or more. */
function count(option: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new UsageError(`${option} takes a whole number, 0 or more, got '${value}'`);
  return Number(value);
}

/** --jobs: a whole number from 1 up. */
function jobCount(value: string | undefined): number | undefined {
  const n = count('--jobs', value);
  if (n === 0) throw new UsageError(`--jobs takes a whole number, 1 or more, got '${value}'`);
  return n;
}

export function parseCommandLine(argv: readonly string[]): CliRequest {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h') return { command: 'help' };
  if (command === 'help') {
    const topic = rest[0];
    if (topic === undefined) return { command: 'help' };
    if (!isCommandName(topic)) throw new UsageError(`unknown command '${topic}'`);
    return { command: 'help', topic };
  }
  if (command === '--version' || command === '-v') return { command: 'version' };
  if (!isCommandName(command)) throw new UsageError(`unknown command '${command}'`);
  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      allowPositionals: true,
      strict: true,
      options: {
        help: { type: 'boolean', short: 'h' },
        format: { type: 'string' },
        rule: { type: 'string', multiple: true },
        config: { type: 'string' },
        today: { type: 'string' },
        'max-warnings': { type: 'string' },
        quiet: { type: 'boolean', short: 'q' },
        'stdin-filename': { type: 'string' },
        jobs: { type: 'string' },
        to: { type: 'string' },
        output: { type: 'string', short: 'o' },
        force: { type: 'boolean' },
        'include-ccc': { type: 'boolean' },
        history: { type: 'boolean' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) return { command: 'help', topic: command };
  switch (command) {
    case 'check':
      if (positionals.length === 0) throw new UsageError('form4 check needs at least one PATH');
      if (values['stdin-filename'] !== undefined && !positionals.includes('-'))
        throw new UsageError('--stdin-filename names standard input, so it needs - among the PATHs');
      return {
        command,
        paths: positionals,
        format: oneOf('--format', values.format, outputFormats, 'text'),
        rules: parseRuleSettings(values.rule ?? []),
        config: values.config,
        today: values.today,
        maxWarnings: count('--max-warnings', values['max-warnings']),
        quiet: values.quiet ?? false,
        stdinFilename: values['stdin-filename'],
        history: values.history ?? false,
        jobs: jobCount(values.jobs),
      };
    case 'history':
      if (positionals.length === 0) throw new UsageError('form4 history needs at least one PATH');
      return { command, paths: positionals, format: oneOf('--format', values.format, historyFormats, 'text') };
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
  }
}
