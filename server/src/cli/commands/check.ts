import { resolve } from 'node:path';
import { buildHistory, historyContext, parseDate, unknownRuleIds } from '../../engine/index';
import { UsageError, type CliRequest } from '../args';
import { checkedOutcome, runDay, type CheckSettings, type FileOutcome } from '../checkFile';
import { checkFiles, type CheckJob } from '../checkPool';
import { configNotices, findConfig, loadConfig } from '../config';
import { selectFiles, type FileSelection } from '../files';
import { exitCodes, type CliIO } from '../io';
import { formatGithub } from '../output/github';
import { JsonArrayWriter } from '../output/json';
import type { RunNotice } from '../output/report';
import { SarifWriter, type SarifTool } from '../output/sarif';
import { summaryLine } from '../output/text';
import { displayName, expandGlobs, nothingFound, readDocuments, skippedNotice, tell } from './readDocuments';

type CheckRequest = Extract<CliRequest, { command: 'check' }>;

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
    yield { target: { path: file.path, name: name(file.path), sniff: file.sniff, listed: file.listed }, before };
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

/** Checks the files one at a time as the walk finds them (on the pool's threads where it pays), each dropped once reported. */
function streamChecks(
  request: CheckRequest,
  io: CliIO,
  settings: CheckSettings,
  notice: (n: RunNotice) => void,
  take: (outcome: FileOutcome) => void,
): void {
  const name = (path: string) => displayName(io.cwd, path, request.stdinFilename);
  const globs = expandGlobs(io.cwd, request.paths);
  const selection = selectFiles(globs.paths, globs.matched);
  globs.notices.forEach(notice);
  let taken = 0;
  checkFiles(jobsOf(selection, name), settings, io, request.jobs, (outcome) => {
    if (outcome.kind === 'notices') outcome.notices.forEach(notice);
    else {
      if (outcome.kind !== 'skipped') taken++;
      take(outcome);
    }
  });
  skippedNotice(io.cwd, selection.skippedFolders).forEach(notice);
  if (taken === 0 && selection.problems.length === 0 && globs.notices.length === 0) {
    notice(nothingFound(request.paths));
  }
}

export function runCheck(request: CheckRequest, io: CliIO, tool: SarifTool): number {
  const config = loadConfig(request.config === undefined ? findConfig(io.cwd) : resolve(io.cwd, request.config));
  const rules = { ...config.rules, ...request.rules };
  for (const id of unknownRuleIds(rules)) io.err(`form4: warning: unknown rule id '${id}' in rule settings\n`);
  if (request.today !== undefined && !parseDate(request.today))
    throw new UsageError(`--today must be a date YYYY-MM-DD, got '${request.today}'`);
  const configuration = configNotices(config, io.cwd, request.rules);
  configuration.forEach((notice) => tell(io, notice));

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
  let files = 0;
  const counts = { errors: 0, warnings: 0, notes: 0 };
  const take = (outcome: FileOutcome) => {
    if (outcome.kind === 'problem') notice(outcome.notice);
    else if (outcome.kind === 'checked') {
      files++;
      counts.errors += outcome.counts.errors;
      counts.warnings += outcome.counts.warnings;
      counts.notes += outcome.counts.notes;
      writer.file(outcome.record);
    }
  };
  if (request.history) {
    // Each file is checked against the owner's other filings among them, so all are read before any is checked:
    // the one mode that holds the batch in memory, and on one thread.
    const { documents, execution: reading } = readDocuments(request.paths, io, request.stdinFilename);
    const history = buildHistory(documents.map(({ path, doc }) => ({ id: path, doc })));
    for (const { path, name, doc } of documents) take(checkedOutcome(name, doc, settings, historyContext(history, path, doc)));
    reading.forEach(notice);
  } else streamChecks(request, io, settings, notice, take);
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
