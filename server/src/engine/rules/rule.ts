/**
 * The shape of a rule in the catalogue. Every finding the engine can produce has an entry here, syntax and
 * structure included, so users can look up, configure and suppress every id, and docs/rules.md is generated from
 * this data.
 */
import type { Finding, RelatedLocation, Severity } from '../findings';
import type { CalendarDate } from '../model/date';
import type { OwnershipDocument } from '../model/types';
import type { Span } from '../text/span';
import type { RuleSource } from '../docs/sources';

export type { RuleSource };

export type RuleCategory =
  | 'syntax'
  | 'structure'
  | 'document'
  | 'owner'
  | 'code'
  | 'holdings'
  | 'ownership'
  | 'price'
  | 'date'
  | 'derivative'
  | 'footnote'
  | 'rule10b5-1'
  | 'signature'
  /** The engine's own failures (a rule that threw), so they can be looked up and configured like any other id. */
  | 'internal';

export interface RuleDescription {
  /** Stable id, `category/name`. Never renamed once released: users configure and suppress by it. */
  readonly id: string;
  readonly category: RuleCategory;
  readonly severity: Severity;
  /** One line: what the rule checks. */
  readonly summary: string;
  /** Why it matters and what to do, in Markdown (a paragraph or two). */
  readonly explanation: string;
  readonly sources: readonly RuleSource[];
}

export interface ReportInput {
  readonly span: Span;
  readonly message: string;
  readonly related?: readonly RelatedLocation[];
  readonly data?: Readonly<Record<string, string>>;
  /** Overrides the rule's default severity for this finding (e.g. the warning half of `code/direction`). */
  readonly severity?: Severity;
}

export interface RuleContext {
  readonly doc: OwnershipDocument;
  /** "Today" for date rules, passed in so checks are pure and testable. */
  readonly today: CalendarDate;
  report(finding: ReportInput): void;
}

/** A business rule: a description plus a check over the located model. */
export interface Rule extends RuleDescription {
  check(context: RuleContext): void;
}

export type { Finding };
