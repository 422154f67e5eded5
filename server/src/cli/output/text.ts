/**
 * Compiler-style lines, `file:line:col: severity rule: message`, 1-based as editors and terminals expect (the
 * `$form4` problem matcher in package.json reads exactly this). On a terminal the severity is coloured; VS Code's
 * tasks strip the colour codes before matching.
 */
import type { Severity } from '../../engine/index';
import type { FileReport } from './report';

const severityColour: Readonly<Record<Severity, string>> = { error: '31', warning: '33', information: '36', hint: '36' };

function paint(on: boolean, code: string, text: string): string {
  return on ? `\u001b[${code}m${text}\u001b[0m` : text;
}

export function formatText(reports: readonly FileReport[], colour = false): string {
  const lines: string[] = [];
  for (const report of reports) {
    for (const finding of report.findings) {
      const start = report.lines.positionAt(finding.span.start);
      const where = paint(colour, '1', `${report.file}:${start.line + 1}:${start.character + 1}:`);
      const severity = paint(colour, severityColour[finding.severity], finding.severity);
      lines.push(`${where} ${severity} ${paint(colour, '2', finding.rule)}: ${finding.message}`);
    }
  }
  return lines.length ? lines.join('\n') + '\n' : '';
}

/** "1 error", "2 errors", "0 notes". */
function counted(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** Findings counted by severity over the whole run (information and hints are notes). */
export interface RunCounts {
  readonly errors: number;
  readonly warnings: number;
  readonly notes: number;
}

export function summaryLine(files: number, counts: RunCounts): string {
  return `${counted(files, 'file')} checked: ${counted(counts.errors, 'error')}, ${counted(counts.warnings, 'warning')}, ${counted(counts.notes, 'note')}`;
}
