/** Compiler-style lines, `file:line:col: severity rule: message`, 1-based as editors and terminals expect. */
import type { FileReport } from './report';

export function formatText(reports: readonly FileReport[]): string {
  const lines: string[] = [];
  for (const report of reports) {
    for (const finding of report.findings) {
      const start = report.lines.positionAt(finding.span.start);
      lines.push(`${report.file}:${start.line + 1}:${start.character + 1}: ${finding.severity} ${finding.rule}: ${finding.message}`);
    }
  }
  return lines.length ? lines.join('\n') + '\n' : '';
}

export function summaryLine(reports: readonly FileReport[]): string {
  const count = (severity: string) => reports.reduce((n, r) => n + r.findings.filter((f) => f.severity === severity).length, 0);
  const files = reports.length === 1 ? '1 file' : `${reports.length} files`;
  return `${files} checked: ${count('error')} errors, ${count('warning')} warnings, ${count('information') + count('hint')} notes`;
}
