import { resolve } from 'node:path';
import { buildHistory, check, historyContext, parseDate, unknownRuleIds } from '../../engine/index';
import { UsageError, type CliRequest } from '../args';
import { configNotices, findConfig, loadConfig } from '../config';
import { exitCodes, type CliIO } from '../io';
import { formatJson } from '../output/json';
import type { FileReport } from '../output/report';
import { readDocuments, tell } from './readDocuments';
import { formatGithub } from '../output/github';
import { formatSarif, type SarifTool } from '../output/sarif';
import { countBySeverity, formatText, summaryLine } from '../output/text';

type CheckRequest = Extract<CliRequest, { command: 'check' }>;

export function runCheck(request: CheckRequest, io: CliIO, tool: SarifTool): number {
  const config = loadConfig(request.config === undefined ? findConfig(io.cwd) : resolve(io.cwd, request.config));
  const rules = { ...config.rules, ...request.rules };
  for (const id of unknownRuleIds(rules)) io.err(`form4: warning: unknown rule id '${id}' in rule settings\n`);
  const today = request.today === undefined ? undefined : parseDate(request.today);
  if (request.today !== undefined && !today) throw new UsageError(`--today must be a date YYYY-MM-DD, got '${request.today}'`);
  const configuration = configNotices(config, io.cwd, request.rules);
  configuration.forEach((notice) => tell(io, notice));

  const { documents, execution } = readDocuments(request.paths, io, request.stdinFilename);
  // With --history the files checked are the history: each is checked against the owner's filings among them.
  const history = request.history ? buildHistory(documents.map(({ path, doc }) => ({ id: path, doc }))) : undefined;
  const reports: FileReport[] = documents.map(({ path, name, doc }) => ({
    file: name,
    lines: doc.lines,
    findings: check(doc, { today, rules, history: history && historyContext(history, path, doc) }),
  }));
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
