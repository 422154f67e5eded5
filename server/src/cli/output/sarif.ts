/**
 * SARIF 2.1.0, as GitHub code scanning takes it: one run; the rule catalogue as the driver's rules, each with a name,
 * descriptions and help (text and Markdown, from the catalogue's explanation) and a help link only where the package
 * names a real repository; results whose files are relative to `%SRCROOT%` (the folder the check ran in), 1-based
 * regions in UTF-16 code units; the run's notices in its invocation. It is written as the files are checked.
 */
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { catalogue, renderRuleMarkdown, type Finding, type RuleDescription, type Severity } from '../../engine/index';
import { informationUrlOf, ruleHelpUrl, type PackageMetadata } from './documentation';
import { indented, JsonArrayWriter } from './json';
import type { FileReport, RunNotice, RunNotices } from './report';

const sarifLevel: Readonly<Record<Severity, string>> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

/** The base every relative file URI is against: the current folder of the run. */
export const sourceRootId = '%SRCROOT%';

export interface SarifTool {
  readonly version: string;
  readonly metadata: PackageMetadata;
}

/**
 * A file as SARIF names it: under the run's folder, a relative URI against `%SRCROOT%`, so the runner's own paths
 * stay out of the log; elsewhere (a file named by `../` or an absolute path), its absolute `file:` URI.
 */
export function artifactLocation(cwd: string, file: string): { uri: string; uriBaseId?: string } {
  const path = relative(cwd, resolve(cwd, file));
  if (path === '' || path.startsWith('..') || isAbsolute(path)) return { uri: pathToFileURL(resolve(cwd, file)).href };
  return { uri: path.split(sep).map(encodeURIComponent).join('/'), uriBaseId: sourceRootId };
}

/** `date/deadline` as `DateDeadline`: SARIF's `name`, a readable identifier distinct from the id. */
export function ruleName(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((part) => part[0].toUpperCase() + part.slice(1))
    .join('');
}

function helpText(rule: RuleDescription): string {
  const sources = rule.sources.map((source) => `- ${source.title}${source.url ? ` (${source.url})` : ''}`);
  return [rule.summary, '', rule.explanation, '', 'Sources:', ...sources].join('\n');
}

function reportingDescriptor(rule: RuleDescription, metadata: PackageMetadata): object {
  const helpUri = ruleHelpUrl(metadata, rule.id);
  return {
    id: rule.id,
    name: ruleName(rule.id),
    shortDescription: { text: rule.summary },
    fullDescription: { text: rule.explanation },
    help: { text: helpText(rule), markdown: renderRuleMarkdown(rule) },
    ...(helpUri ? { helpUri } : {}),
    defaultConfiguration: { level: sarifLevel[rule.severity] },
    properties: { category: rule.category, forms: rule.forms },
  };
}

function notifications(cwd: string, notices: readonly RunNotice[]): object[] {
  return notices.map((notice) => ({
    level: notice.level,
    message: { text: notice.message },
    ...(notice.file === undefined ? {} : { locations: [{ physicalLocation: { artifactLocation: artifactLocation(cwd, notice.file) } }] }),
  }));
}

/**
 * The run's notices go in its invocation, where SARIF keeps them: the settings file applied among the configuration
 * notifications, the files that could not be read (which make the execution unsuccessful) among the execution ones.
 */
function invocation(cwd: string, notices: RunNotices): object {
  return {
    executionSuccessful: !notices.execution.some((notice) => notice.level === 'error'),
    toolConfigurationNotifications: notifications(cwd, notices.configuration),
    toolExecutionNotifications: notifications(cwd, notices.execution),
  };
}

let ruleIndexes: ReadonlyMap<string, number> | undefined;

/** Each rule's place in the driver's `rules`, which a result's `ruleIndex` refers to. */
function ruleIndexOf(id: string): number | undefined {
  ruleIndexes ??= new Map(catalogue.map((rule, index) => [rule.id, index]));
  return ruleIndexes.get(id);
}

function result(report: FileReport, f: Finding, artifact: object): object {
  const range = report.lines.rangeOf(f.span);
  const ruleIndex = ruleIndexOf(f.rule);
  return {
    ruleId: f.rule,
    ...(ruleIndex === undefined ? {} : { ruleIndex }),
    level: sarifLevel[f.severity],
    message: { text: f.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: artifact,
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
}

/** Where the run's results sit in the log: `{ runs: [ { results: [ here`. */
const resultsDepth = 8;

/** One file's results, each as it reads in the log's `results` array, joined as elements are; '' when none. */
export function sarifResults(report: FileReport, cwd: string): string {
  const artifact = artifactLocation(cwd, report.file);
  return report.findings
    .map((f) => indented(JSON.stringify(result(report, f, artifact), null, 2), resultsDepth))
    .join(',\n' + ' '.repeat(resultsDepth));
}

const resultsMark = '\u0000results';
const invocationsMark = '\u0000invocations';

/**
 * Writes one SARIF log as the files are checked: the driver and the run's settings first, then each file's results,
 * then the invocation, whose notices (the files that could not be read) are known only at the end. The text is
 * `JSON.stringify(log, null, 2)` with `results` and `invocations` as the run's last two properties.
 */
export class SarifWriter {
  private readonly tail: string;
  private readonly results: JsonArrayWriter;

  constructor(
    private readonly out: (text: string) => void,
    tool: SarifTool,
    private readonly cwd: string,
    private readonly configuration: readonly RunNotice[],
  ) {
    const log = JSON.stringify(sarifLog(tool, cwd), null, 2);
    const [head, tail] = log.split(JSON.stringify(resultsMark));
    this.tail = tail;
    this.results = new JsonArrayWriter(out, resultsDepth - 2);
    out(head);
  }

  /** A file's results as `sarifResults` made them. */
  file(results: string): void {
    if (results !== '') this.results.element(results);
  }

  close(execution: readonly RunNotice[]): void {
    this.results.close();
    const invocations = indented(JSON.stringify([invocation(this.cwd, { configuration: this.configuration, execution })], null, 2), 6);
    this.out(this.tail.replace(JSON.stringify(invocationsMark), () => invocations) + '\n');
  }
}

function sarifLog(tool: SarifTool, cwd: string): object {
  const informationUri = informationUrlOf(tool.metadata);
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'form4',
            version: tool.version,
            semanticVersion: /^\d+\.\d+\.\d+/.test(tool.version) ? tool.version : undefined,
            ...(informationUri ? { informationUri } : {}),
            rules: catalogue.map((rule) => reportingDescriptor(rule, tool.metadata)),
          },
        },
        automationDetails: { id: 'form4/' },
        originalUriBaseIds: { [sourceRootId]: { uri: pathToFileURL(cwd).href.replace(/\/?$/, '/') } },
        columnKind: 'utf16CodeUnits',
        results: resultsMark,
        invocations: invocationsMark,
      },
    ],
  };
}
