import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { analyze, check, detectFormat, parseDate, unknownRuleIds } from '../../engine/index';
import { UsageError, type CliRequest } from '../args';
import { findConfig, loadConfig } from '../config';
import { selectFiles } from '../files';
import { exitCodes, type CliIO } from '../io';
import { formatJson } from '../output/json';
import type { FileReport } from '../output/report';
import { formatSarif } from '../output/sarif';
import { formatText, summaryLine } from '../output/text';

type CheckRequest = Extract<CliRequest, { command: 'check' }>;

export function runCheck(request: CheckRequest, io: CliIO, toolVersion: string): number {
  const config = loadConfig(request.config === undefined ? findConfig(io.cwd) : resolve(io.cwd, request.config));
  const rules = { ...config.rules, ...request.rules };
  for (const id of unknownRuleIds(rules)) io.err(`form4: warning: unknown rule id '${id}' in rule settings\n`);
  const today = request.today === undefined ? undefined : parseDate(request.today);
  if (request.today !== undefined && !today) throw new UsageError(`--today must be a date YYYY-MM-DD, got '${request.today}'`);

  const selection = selectFiles(request.paths.map((path) => resolve(io.cwd, path)));
  let unreadable = selection.problems.length;
  for (const problem of selection.problems)
    io.err(`form4: cannot read ${relative(io.cwd, problem.path) || problem.path}: ${problem.reason}\n`);

  const reports: FileReport[] = [];
  for (const file of selection.files) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      io.err(`form4: cannot read ${relative(io.cwd, file)}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}\n`);
      unreadable++;
      continue;
    }
    const format = detectFormat(file, text);
    if (!format) {
      io.err(`form4: ${relative(io.cwd, file)}: neither XML nor a YAML draft (*.form4.yaml)\n`);
      unreadable++;
      continue;
    }
    const doc = analyze(text, format);
    reports.push({ file: relative(io.cwd, file) || file, lines: doc.lines, findings: check(doc, { today, rules }) });
  }

  if (request.format === 'json') io.out(formatJson(reports));
  else if (request.format === 'sarif') io.out(formatSarif(reports, toolVersion));
  else {
    io.out(formatText(reports));
    io.err(summaryLine(reports) + '\n');
  }
  if (unreadable > 0) return exitCodes.usage;
  return reports.some((r) => r.findings.some((f) => f.severity === 'error')) ? exitCodes.findingsErrors : exitCodes.ok;
}
