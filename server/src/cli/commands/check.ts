import { existsSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { analyze, check, parseDate, unknownRuleIds, type DecodedDocument } from '../../engine/index';
import { UsageError, type CliRequest } from '../args';
import { UnreadableInput } from '../boundedRead';
import { configNotices, findConfig, loadConfig } from '../config';
import { selectFiles } from '../files';
import { expandGlob, isGlob } from '../glob';
import { formatOfInput, isStandardInput, readInputText, resolveInput } from '../inputs';
import { exitCodes, type CliIO } from '../io';
import { formatJson } from '../output/json';
import type { FileReport, RunNotice } from '../output/report';
import { formatGithub } from '../output/github';
import { formatSarif, type SarifTool } from '../output/sarif';
import { countBySeverity, formatText, summaryLine } from '../output/text';

type CheckRequest = Extract<CliRequest, { command: 'check' }>;

/**
 * How a file is named in reports and messages: relative to the current folder, as the user most likely typed it;
 * standard input by --stdin-filename, else `<stdin>`.
 */
function displayName(cwd: string, path: string, stdinFilename?: string): string {
  return isStandardInput(path) ? (stdinFilename ?? '<stdin>') : relative(cwd, path) || path;
}

/** What the run says about the folders the walk left out, so a filing in one of them is not missed unawares. */
function skippedNotice(cwd: string, skipped: readonly string[]): RunNotice[] {
  if (skipped.length === 0) return [];
  const shown = skipped.slice(0, 3).map((path) => displayName(cwd, path));
  const more = skipped.length > shown.length ? `, and ${skipped.length - shown.length} more` : '';
  const folders = skipped.length === 1 ? '1 folder' : `${skipped.length} folders`;
  return [
    {
      level: 'note',
      message: `skipped ${folders} (node_modules and dot-folders): ${shown.join(', ')}${more}; name a folder to check it`,
    },
  ];
}

/** Says a notice on standard error, where every format (JSON and SARIF included) leaves room for it. */
function tell(io: CliIO, notice: RunNotice): void {
  io.err(notice.level === 'error' ? `form4: ${notice.message}\n` : `form4: ${notice.level}: ${notice.message}\n`);
}

/**
 * The paths to check, with each quoted glob that names no existing path replaced by its matches (`matched`, which
 * contribute only their Form 4 files); a glob that matches nothing is an error, as a missing file is.
 */
function expandGlobs(cwd: string, paths: readonly string[]): { paths: string[]; matched: Set<string>; notices: RunNotice[] } {
  const out: string[] = [];
  const matched = new Set<string>();
  const notices: RunNotice[] = [];
  for (const path of paths) {
    const resolved = resolveInput(cwd, path);
    if (isStandardInput(path) || !isGlob(path) || existsSync(resolved)) {
      out.push(resolved);
      continue;
    }
    const expansion = expandGlob(cwd, path);
    for (const problem of expansion.problems)
      notices.push({
        level: 'error',
        message: `cannot read ${displayName(cwd, problem.path)}: ${problem.reason}`,
        file: displayName(cwd, problem.path),
      });
    if (expansion.matches.length === 0 && expansion.problems.length === 0)
      notices.push({ level: 'error', message: `no files match ${path}` });
    for (const match of expansion.matches) {
      out.push(match);
      matched.add(match);
    }
  }
  return { paths: out, matched, notices };
}

export function runCheck(request: CheckRequest, io: CliIO, tool: SarifTool): number {
  const config = loadConfig(request.config === undefined ? findConfig(io.cwd) : resolve(io.cwd, request.config));
  const rules = { ...config.rules, ...request.rules };
  for (const id of unknownRuleIds(rules)) io.err(`form4: warning: unknown rule id '${id}' in rule settings\n`);
  const today = request.today === undefined ? undefined : parseDate(request.today);
  if (request.today !== undefined && !today) throw new UsageError(`--today must be a date YYYY-MM-DD, got '${request.today}'`);
  const configuration = configNotices(config, io.cwd, request.rules);
  configuration.forEach((notice) => tell(io, notice));

  const name = (path: string) => displayName(io.cwd, path, request.stdinFilename);
  const globs = expandGlobs(io.cwd, request.paths);
  const selection = selectFiles(globs.paths, globs.matched);
  const execution: RunNotice[] = [
    ...globs.notices,
    ...selection.problems.map((p): RunNotice => ({
      level: 'error',
      message: `cannot read ${name(p.path)}: ${p.reason}`,
      file: name(p.path),
    })),
    ...selection.notices.map((n): RunNotice => ({ level: 'note', message: `${name(n.path)}: ${n.message}`, file: name(n.path) })),
    ...skippedNotice(io.cwd, selection.skippedFolders),
  ];
  if (selection.files.length === 0 && selection.problems.length === 0 && globs.notices.length === 0) {
    execution.push({
      level: 'error',
      message: `no Form 4 files found in ${request.paths.join(', ')} (XML with root ownershipDocument, or *.form4.yaml)`,
    });
  }
  const reports: FileReport[] = [];
  for (const file of selection.files) {
    let decoded: DecodedDocument;
    try {
      decoded = readInputText(file, io);
    } catch (error) {
      if (!(error instanceof UnreadableInput)) throw error;
      execution.push({ level: 'error', message: `cannot read ${name(file)}: ${error.message}`, file: name(file) });
      continue;
    }
    const format = formatOfInput(file, decoded.text, request.stdinFilename);
    if (!format) {
      execution.push({ level: 'error', message: `${name(file)}: neither XML nor a YAML draft (*.form4.yaml)`, file: name(file) });
      continue;
    }
    const doc = analyze(decoded, format);
    reports.push({ file: name(file), lines: doc.lines, findings: check(doc, { today, rules }) });
  }
  execution.forEach((notice) => tell(io, notice));

  const warnings = countBySeverity(reports, 'warning');
  const tooManyWarnings = request.maxWarnings !== undefined && warnings > request.maxWarnings;
  const shown = request.quiet ? reports.map((r) => ({ ...r, findings: r.findings.filter((f) => f.severity === 'error') })) : reports;
  if (request.format === 'json') io.out(formatJson(shown));
  else if (request.format === 'sarif') io.out(formatSarif(shown, tool, { configuration, execution }, io.cwd));
  else if (request.format === 'github') io.out(formatGithub(shown, execution));
  else {
    io.out(formatText(shown, io.colour));
    io.err(summaryLine(reports) + '\n');
  }
  if (tooManyWarnings)
    io.err(`form4: ${warnings === 1 ? '1 warning' : `${warnings} warnings`}, more than --max-warnings ${request.maxWarnings} allows\n`);
  if (execution.some((notice) => notice.level === 'error')) return exitCodes.usage;
  const errors = countBySeverity(reports, 'error');
  return errors > 0 || tooManyWarnings ? exitCodes.findingsErrors : exitCodes.ok;
}
