import { existsSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { parseDate, unknownRuleIds } from '../../engine/index';
import { UsageError, type CliRequest } from '../args';
import { runDay, type CheckSettings } from '../checkFile';
import { checkFiles, type CheckJob } from '../checkPool';
import { configNotices, findConfig, loadConfig } from '../config';
import { selectFiles, type FileSelection } from '../files';
import { expandGlob, isGlob } from '../glob';
import { isStandardInput, resolveInput } from '../inputs';
import { exitCodes, type CliIO } from '../io';
import { formatGithub } from '../output/github';
import { JsonArrayWriter } from '../output/json';
import type { RunNotice } from '../output/report';
import { SarifWriter, type SarifTool } from '../output/sarif';
import { summaryLine } from '../output/text';

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

/** Where the records go, by format: each writes its part as the files come and closes the report at the end. */
interface ReportWriter {
  file(record: string): void;
  close(execution: readonly RunNotice[]): void;
}

/**
 * Writes each file's record as it comes, one write a file. Gathering records into larger blocks would save write
 * calls, but the gathered strings would outlive the young generation, and the old one would grow with the batch.
 */
function reportWriter(request: CheckRequest, io: CliIO, tool: SarifTool, configuration: readonly RunNotice[]): ReportWriter {
  const cwd = io.cwd;
  const write = (text: string) => {
    if (text !== '') io.out(text);
  };
  switch (request.format) {
    case 'json': {
      const array = new JsonArrayWriter(write);
      return { file: (record) => array.element(record), close: () => (array.close(), write('\n')) };
    }
    case 'sarif': {
      const log = new SarifWriter(write, tool, cwd, configuration);
      return { file: (record) => log.file(record), close: (execution) => log.close(execution) };
    }
    case 'github':
      return { file: write, close: (execution) => write(formatGithub([], execution)) };
    case 'jsonl':
    case 'text':
      return { file: write, close: () => undefined };
  }
}

/**
 * The files to check, each with the walk's notices that came before it (a link skipped, a folder unreadable), so the
 * notices keep their place among the files whichever thread checks them.
 */
function* jobsOf(selection: FileSelection, name: (path: string) => string): Generator<CheckJob> {
  let problems = 0;
  let notices = 0;
  for (const file of selection.files) {
    const before = walkNotices(selection, name, problems, notices);
    problems = selection.problems.length;
    notices = selection.notices.length;
    yield { target: { path: file.path, name: name(file.path), sniff: file.sniff }, before };
  }
  const after = walkNotices(selection, name, problems, notices);
  if (after.length > 0) yield { before: after };
}

/** The walk's problems (errors: exit 2) and notices from the given counts on. */
function walkNotices(selection: FileSelection, name: (path: string) => string, problems: number, notices: number): RunNotice[] {
  return [
    ...selection.problems.slice(problems).map((p): RunNotice => ({
      level: 'error',
      message: `cannot read ${name(p.path)}: ${p.reason}`,
      file: name(p.path),
    })),
    ...selection.notices
      .slice(notices)
      .map((n): RunNotice => ({ level: 'note', message: `${name(n.path)}: ${n.message}`, file: name(n.path) })),
  ];
}

export function runCheck(request: CheckRequest, io: CliIO, tool: SarifTool): number {
  const config = loadConfig(request.config === undefined ? findConfig(io.cwd) : resolve(io.cwd, request.config));
  const rules = { ...config.rules, ...request.rules };
  for (const id of unknownRuleIds(rules)) io.err(`form4: warning: unknown rule id '${id}' in rule settings\n`);
  if (request.today !== undefined && !parseDate(request.today))
    throw new UsageError(`--today must be a date YYYY-MM-DD, got '${request.today}'`);
  const configuration = configNotices(config, io.cwd, request.rules);
  configuration.forEach((notice) => tell(io, notice));

  const name = (path: string) => displayName(io.cwd, path, request.stdinFilename);
  const globs = expandGlobs(io.cwd, request.paths);
  const selection = selectFiles(globs.paths, globs.matched);
  const settings: CheckSettings = {
    format: request.format,
    rules,
    today: runDay(request.today),
    quiet: request.quiet,
    colour: io.colour ?? false,
    cwd: io.cwd,
    stdinFilename: request.stdinFilename,
  };
  const writer = reportWriter(request, io, tool, configuration);
  const execution: RunNotice[] = [];
  const notice = (n: RunNotice) => {
    tell(io, n);
    execution.push(n);
  };
  globs.notices.forEach(notice);
  let files = 0;
  let taken = 0;
  const counts = { errors: 0, warnings: 0, notes: 0 };
  checkFiles(jobsOf(selection, name), settings, io, request.jobs, (outcome) => {
    if (outcome.kind === 'notices') outcome.notices.forEach(notice);
    else if (outcome.kind === 'problem') {
      taken++;
      notice(outcome.notice);
    } else if (outcome.kind === 'checked') {
      taken++;
      files++;
      counts.errors += outcome.counts.errors;
      counts.warnings += outcome.counts.warnings;
      counts.notes += outcome.counts.notes;
      writer.file(outcome.record);
    }
  });
  skippedNotice(io.cwd, selection.skippedFolders).forEach(notice);
  if (taken === 0 && selection.problems.length === 0 && globs.notices.length === 0) {
    notice({
      level: 'error',
      message: `no Form 4 files found in ${request.paths.join(', ')} (XML with root ownershipDocument, or *.form4.yaml)`,
    });
  }
  writer.close(execution);
  if (request.format === 'text') io.err(summaryLine(files, counts) + '\n');
  const tooManyWarnings = request.maxWarnings !== undefined && counts.warnings > request.maxWarnings;
  if (tooManyWarnings)
    io.err(
      `form4: ${counts.warnings === 1 ? '1 warning' : `${counts.warnings} warnings`}, more than --max-warnings ${request.maxWarnings} allows\n`,
    );
  if (execution.some((n) => n.level === 'error')) return exitCodes.usage;
  return counts.errors > 0 || tooManyWarnings ? exitCodes.findingsErrors : exitCodes.ok;
}
