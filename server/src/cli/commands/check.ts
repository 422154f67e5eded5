import { relative, resolve } from 'node:path';
import { analyze, check, parseDate, unknownRuleIds, type DecodedDocument } from '../../engine/index';
import { UsageError, type CliRequest } from '../args';
import { UnreadableInput } from '../boundedRead';
import { configNotices, findConfig, loadConfig } from '../config';
import { selectFiles } from '../files';
import { formatOfInput, isStandardInput, readInputText, resolveInput } from '../inputs';
import { exitCodes, type CliIO } from '../io';
import { formatJson } from '../output/json';
import type { FileReport, RunNotice } from '../output/report';
import { formatSarif } from '../output/sarif';
import { formatText, summaryLine } from '../output/text';

type CheckRequest = Extract<CliRequest, { command: 'check' }>;

/** How a file is named in reports and messages: relative to the current folder, as the user most likely typed it. */
function displayName(cwd: string, path: string): string {
  return isStandardInput(path) ? '<stdin>' : relative(cwd, path) || path;
}

/** Says a notice on standard error, where every format (JSON and SARIF included) leaves room for it. */
function tell(io: CliIO, notice: RunNotice): void {
  io.err(notice.level === 'error' ? `form4: ${notice.message}\n` : `form4: ${notice.level}: ${notice.message}\n`);
}

export function runCheck(request: CheckRequest, io: CliIO, toolVersion: string): number {
  const config = loadConfig(request.config === undefined ? findConfig(io.cwd) : resolve(io.cwd, request.config));
  const rules = { ...config.rules, ...request.rules };
  for (const id of unknownRuleIds(rules)) io.err(`form4: warning: unknown rule id '${id}' in rule settings\n`);
  const today = request.today === undefined ? undefined : parseDate(request.today);
  if (request.today !== undefined && !today) throw new UsageError(`--today must be a date YYYY-MM-DD, got '${request.today}'`);
  const configuration = configNotices(config, io.cwd, request.rules);
  configuration.forEach((notice) => tell(io, notice));

  const selection = selectFiles(request.paths.map((path) => resolveInput(io.cwd, path)));
  const execution: RunNotice[] = [
    ...selection.problems.map((p): RunNotice => ({ level: 'error', message: `cannot read ${displayName(io.cwd, p.path)}: ${p.reason}` })),
    ...selection.notices.map((n): RunNotice => ({ level: 'note', message: `${displayName(io.cwd, n.path)}: ${n.message}` })),
  ];
  const reports: FileReport[] = [];
  for (const file of selection.files) {
    const name = displayName(io.cwd, file);
    let decoded: DecodedDocument;
    try {
      decoded = readInputText(file, io);
    } catch (error) {
      if (!(error instanceof UnreadableInput)) throw error;
      execution.push({ level: 'error', message: `cannot read ${name}: ${error.message}` });
      continue;
    }
    const format = formatOfInput(file, decoded.text);
    if (!format) {
      execution.push({ level: 'error', message: `${name}: neither XML nor a YAML draft (*.form4.yaml)` });
      continue;
    }
    const doc = analyze(decoded, format);
    reports.push({ file: name, lines: doc.lines, findings: check(doc, { today, rules }) });
  }
  execution.forEach((notice) => tell(io, notice));

  if (request.format === 'json') io.out(formatJson(reports));
  else if (request.format === 'sarif') io.out(formatSarif(reports, toolVersion, { configuration, execution }));
  else {
    io.out(formatText(reports));
    io.err(summaryLine(reports) + '\n');
  }
  if (execution.some((notice) => notice.level === 'error')) return exitCodes.usage;
  return reports.some((r) => r.findings.some((f) => f.severity === 'error')) ? exitCodes.findingsErrors : exitCodes.ok;
}
