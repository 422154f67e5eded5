/**
 * Engine types to LSP types and back. The engine speaks UTF-16 offsets; LSP speaks 0-based lines and UTF-16
 * characters, which a LineIndex converts exactly.
 */
import { DiagnosticSeverity, DiagnosticTag, type Diagnostic, type DiagnosticRelatedInformation, type Range } from 'vscode-languageserver';
import {
  isKnownRule,
  ruleDocumentationUrl,
  type Finding,
  type FindingData,
  type LineIndex,
  type RuleId,
  type Severity,
  type Span,
} from '../engine/index';

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

/** The rules whose findings mark text that can go (DiagnosticTag.Unnecessary). */
const unnecessaryRules: ReadonlySet<RuleId> = new Set<RuleId>(['footnote/unused']);

/** Builds the link to a rule's documentation, or gives undefined when there is none. */
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
  // A footnote nothing refers to is dead text: the editor fades it, as it fades unused code.
  if (unnecessaryRules.has(finding.rule)) diagnostic.tags = [DiagnosticTag.Unnecessary];
  if (finding.related?.length) {
    diagnostic.relatedInformation = finding.related.map((r): DiagnosticRelatedInformation => ({
      location: { uri, range: toRange(lines, r.span) },
      message: r.message,
    }));
  }
  return diagnostic;
}

/**
 * The finding's diagnostic, then one per place it marks besides its own span (the other rows of a repeated amount,
 * the other late rows): the editor shows every affected cell. Those marks are information, so the Problems panel
 * and the error count still show one mistake once. A mark's message is its related message, which says what is wrong
 * at that place on its own (no related information of its own, which would only repeat the finding's list of places
 * in the Problems panel).
 */
export function toDiagnostics(finding: Finding, lines: LineIndex, uri: string, ruleLink: RuleLink): Diagnostic[] {
  const main = toDiagnostic(finding, lines, uri, ruleLink);
  const marks = (finding.related ?? []).filter((r) => r.marked);
  if (!marks.length) return [main];
  return [
    main,
    ...marks.map((mark): Diagnostic => ({
      range: toRange(lines, mark.span),
      severity: DiagnosticSeverity.Information,
      code: finding.rule,
      source: diagnosticSource,
      message: mark.message,
      ...(main.codeDescription ? { codeDescription: main.codeDescription } : {}),
      data: main.data,
    })),
  ];
}

/**
 * The links on diagnostic codes: the client's template when it gave one (`ruleDocumentationLink`, in which `{rule}`
 * becomes the URI-encoded rule id), else each rule's section of the published docs/rules.md, by the anchor the
 * document's generator gives its heading. Options the server does not know (older clients sent a link per rule) are
 * ignored.
 */
export function ruleLinkFromOptions(options: { ruleDocumentationLink?: unknown }): RuleLink {
  const template = options.ruleDocumentationLink;
  if (typeof template === 'string' && template.includes('{rule}')) return (rule) => template.split('{rule}').join(encodeURIComponent(rule));
  return (rule) => (isKnownRule(rule) ? ruleDocumentationUrl(rule) : undefined);
}
