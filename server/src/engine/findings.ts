import type { Span } from './text/span';

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export interface RelatedLocation {
  readonly span: Span;
  readonly message: string;
}

/**
 * One problem found in a document. `rule` is a stable id (`xml/syntax`, `schema/missing-element`,
 * `holdings/running-balance`, ...) that users can look up, configure and suppress by.
 */
export interface Finding {
  readonly rule: string;
  readonly severity: Severity;
  readonly message: string;
  readonly span: Span;
  readonly related?: readonly RelatedLocation[];
  /** Machine-readable facts for quick fixes (e.g. the expected value); never shown as text. */
  readonly data?: Readonly<Record<string, string>>;
}

export const severityRank: Readonly<Record<Severity, number>> = { error: 0, warning: 1, information: 2, hint: 3 };

/** Findings in document order, then by severity, then by rule id: stable output for the CLI and tests. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) => a.span.start - b.span.start || severityRank[a.severity] - severityRank[b.severity] || a.rule.localeCompare(b.rule),
  );
}
