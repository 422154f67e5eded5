import type { FindingDataOf } from './findingData';
import type { RuleId } from './rules/catalogue';
import type { Span } from './text/span';

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export interface RelatedLocation {
  readonly span: Span;
  readonly message: string;
  /**
   * The finding covers this place too (another cell of the same mistake, not context such as the previous row): the
   * editor and the preview mark it as they mark the finding's own span, and its quick fixes are offered there. Its
   * message then says on its own what is wrong at that place, since the editor shows it there.
   */
  readonly marked?: boolean;
}

/**
 * One problem found in a document by rule `Id`. `rule` is a stable id (`xml/syntax`, `schema/missing-element`,
 * `holdings/running-balance`, ...) that users can look up, configure and suppress by.
 */
export interface FindingOf<Id extends RuleId> {
  readonly rule: Id;
  readonly severity: Severity;
  readonly message: string;
  readonly span: Span;
  readonly related?: readonly RelatedLocation[];
  /** Machine-readable facts for quick fixes (e.g. the expected value), shaped by the rule; never shown as text. */
  readonly data?: FindingDataOf<Id>;
  /**
   * Set on the one finding that stands for the findings of its rule left out past the per-rule limit
   * (`maxFindingsPerRule`, read/limits.ts): how many there were.
   */
  readonly omitted?: number;
}

/** The finding's own span and the related places it marks: every cell the finding covers (the editor, the preview, quick fixes). */
export function markedSpans(finding: {
  readonly span: Span;
  readonly related?: readonly Pick<RelatedLocation, 'span' | 'marked'>[];
}): Span[] {
  return [finding.span, ...(finding.related ?? []).filter((r) => r.marked).map((r) => r.span)];
}

/** A finding of any rule: a union over the ids, so testing `rule` narrows `data` to that rule's shape. */
export type Finding = { readonly [Id in RuleId]: FindingOf<Id> }[RuleId];

export const severityRank: Readonly<Record<Severity, number>> = { error: 0, warning: 1, information: 2, hint: 3 };

/** Findings in document order, then by severity, then by rule id: stable output for the CLI and tests. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) => a.span.start - b.span.start || severityRank[a.severity] - severityRank[b.severity] || a.rule.localeCompare(b.rule),
  );
}
