/**
 * GitHub Actions workflow commands, one line a finding: `::error file=F,line=L,col=C,endLine=L,endColumn=C,title=RULE::
 * message`, which the runner turns into annotations on the pull request. Positions are 1-based; the file is as
 * reported (relative to the current folder, which in a workflow is the checkout).
 */
import type { Severity } from '../../engine/index';
import type { FileReport, RunNotice } from './report';

const command: Readonly<Record<Severity, string>> = { error: 'error', warning: 'warning', information: 'notice', hint: 'notice' };

/** A command's message: `%`, carriage return and line feed escaped as the runner unescapes them. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A property's value: as a message, and also `:` and `,`, which would end the value. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function workflowCommand(name: string, properties: Readonly<Record<string, string | number>>, message: string): string {
  const props = Object.entries(properties)
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
    .join(',');
  return `::${name}${props ? ' ' + props : ''}::${escapeData(message)}`;
}

/** The findings, then the files that could not be read (as errors without a position, so the run shows why it failed). */
export function formatGithub(reports: readonly FileReport[], execution: readonly RunNotice[]): string {
  const lines: string[] = [];
  for (const report of reports) {
    for (const finding of report.findings) {
      const range = report.lines.rangeOf(finding.span);
      lines.push(
        workflowCommand(
          command[finding.severity],
          {
            file: report.file,
            line: range.start.line + 1,
            col: range.start.character + 1,
            endLine: range.end.line + 1,
            endColumn: range.end.character + 1,
            title: finding.rule,
          },
          finding.message,
        ),
      );
    }
  }
  for (const notice of execution) if (notice.level === 'error') lines.push(workflowCommand('error', { title: 'form4' }, notice.message));
  return lines.length ? lines.join('\n') + '\n' : '';
}
