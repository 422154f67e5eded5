/**
 * Engine types to LSP types and back. The engine speaks UTF-16 offsets; LSP speaks 0-based lines and UTF-16
 * characters, which a LineIndex converts exactly.
 */
import { DiagnosticSeverity, type Diagnostic, type DiagnosticRelatedInformation, type Range } from 'vscode-languageserver';
import type { Finding, FindingData, LineIndex, RuleId, Severity, Span } from '../engine/index';

export const diagnosticSource = 'form4';

const severities: Readonly<Record<Severity, DiagnosticSeverity>> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toRange(lines: LineIndex, span: Span): Range {
  return lines.rangeOf(span);
}

export function toSpan(lines: LineIndex, range: Range): Span {
  return lines.spanOf(range);
}

/**
 * What a diagnostic carries in `data`: the rule and its finding's facts, for clients and tools to read. Quick fixes
 * do not read it back: the editor returns it unchecked, so the server fixes its own findings of the current version.
 */
export interface DiagnosticData {
  readonly rule: RuleId;
  readonly facts?: FindingData;
}

/** Builds the link to a rule's documentation, or gives undefined when the client told us none. */
export type RuleLink = (rule: string) => string | undefined;

export function toDiagnostic(finding: Finding, lines: LineIndex, uri: string, ruleLink: RuleLink): Diagnostic {
  const href = ruleLink(finding.rule);
  const data: DiagnosticData = finding.data ? { rule: finding.rule, facts: finding.data } : { rule: finding.rule };
  const diagnostic: Diagnostic = {
    range: toRange(lines, finding.span),
    severity: severities[finding.severity],
    code: finding.rule,
    source: diagnosticSource,
    message: finding.message,
    data,
  };
  if (href) diagnostic.codeDescription = { href };
  if (finding.related?.length) {
    diagnostic.relatedInformation = finding.related.map(
      (r): DiagnosticRelatedInformation => ({ location: { uri, range: toRange(lines, r.span) }, message: r.message }),
    );
  }
  return diagnostic;
}

/**
 * The link builder the client asked for at start-up: a link per rule id (`ruleDocumentationLinks`, e.g. the line of
 * the rule's heading in the shipped docs/rules.md), else a template in which `{rule}` becomes the URI-encoded rule id
 * (`ruleDocumentationLink`, e.g. `https://example.org/rules#{rule}`), else no links.
 */
export function ruleLinkFromOptions(options: { ruleDocumentationLinks?: unknown; ruleDocumentationLink?: unknown }): RuleLink {
  const links = options.ruleDocumentationLinks;
  const template = options.ruleDocumentationLink;
  const fromTemplate = typeof template === 'string' && template.includes('{rule}') ? (rule: string) => template.split('{rule}').join(encodeURIComponent(rule)) : () => undefined;
  if (typeof links !== 'object' || links === null) return fromTemplate;
  const table = new Map(Object.entries(links).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
  return (rule) => table.get(rule) ?? fromTemplate(rule);
}
