/** The JSON report: exactly `[{file, diagnostics: [{rule, severity, message, range}]}]`, 0-based LSP positions. */
import type { FileReport } from './report';

export function formatJson(reports: readonly FileReport[]): string {
  const out = reports.map((report) => ({
    file: report.file,
    diagnostics: report.findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      message: f.message,
      range: report.lines.rangeOf(f.span),
    })),
  }));
  return JSON.stringify(out, null, 2) + '\n';
}
