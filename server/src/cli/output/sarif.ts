/** SARIF 2.1.0, for code-scanning tools: one run, the rule catalogue as the driver's rules, 1-based regions. */
import { pathToFileURL } from 'node:url';
import { catalogue, ruleDocumentationUrl, rulesDocumentUrl, type Severity } from '../../engine/index';
import type { FileReport, RunNotice, RunNotices } from './report';

const sarifLevel: Readonly<Record<Severity, string>> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

function notifications(notices: readonly RunNotice[]): { level: string; message: { text: string } }[] {
  return notices.map((notice) => ({ level: notice.level, message: { text: notice.message } }));
}

/**
 * The run's notices go in its invocation, where SARIF keeps them: the settings file applied among the configuration
 * notifications, the files that could not be read (which make the execution unsuccessful) among the execution ones.
 */
function invocation(notices: RunNotices): object {
  return {
    executionSuccessful: !notices.execution.some((notice) => notice.level === 'error'),
    toolConfigurationNotifications: notifications(notices.configuration),
    toolExecutionNotifications: notifications(notices.execution),
  };
}

export function formatSarif(reports: readonly FileReport[], toolVersion: string, notices: RunNotices): string {
  const ruleIndex = new Map(catalogue.map((rule, index) => [rule.id, index]));
  const results = reports.flatMap((report) =>
    report.findings.map((f) => {
      const range = report.lines.rangeOf(f.span);
      return {
        ruleId: f.rule,
        ...(ruleIndex.has(f.rule) ? { ruleIndex: ruleIndex.get(f.rule) } : {}),
        level: sarifLevel[f.severity],
        message: { text: f.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: pathToFileURL(report.file).href },
              region: {
                startLine: range.start.line + 1,
                startColumn: range.start.character + 1,
                endLine: range.end.line + 1,
                endColumn: range.end.character + 1,
              },
            },
          },
        ],
      };
    }),
  );
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'form4',
            version: toolVersion,
            informationUri: rulesDocumentUrl,
            rules: catalogue.map((rule) => ({
              id: rule.id,
              shortDescription: { text: rule.summary },
              fullDescription: { text: rule.explanation },
              helpUri: ruleDocumentationUrl(rule.id),
              defaultConfiguration: { level: sarifLevel[rule.severity] },
            })),
          },
        },
        invocations: [invocation(notices)],
        results,
      },
    ],
  };
  return JSON.stringify(sarif, null, 2) + '\n';
}
