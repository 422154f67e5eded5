/**
 * The shape of a rule in the catalogue. Every finding the engine can produce has an entry here, syntax and
 * structure included, so users can look up, configure and suppress every id, and docs/rules.md is generated from
 * this data.
 */
import type { FindingDataOf } from '../findingData';
import type { Finding, RelatedLocation, Severity } from '../findings';
import { formIds, type FormId } from '../forms/id';
import type { HistoryContext } from '../history/context';
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
  /** A filing against the owner's other filings in the set (engine/history/). */
  | 'history'
  /** What `form4 convert` cannot carry into the other format, or refuses to write. */
  | 'convert'
  /** The engine's own failures (a rule that threw), so they can be looked up and configured like any other id. */
  | 'internal'
  /** What the editor says of a draft being written instead of the findings that only say a field is still empty. */
  | 'draft';

/**
 * What the catalogue says of a rule. `Id` is the rule's literal id, kept by `defineRule` so that the union of all
 * ids (`RuleId`, rules/catalogue.ts) is derived from the definitions themselves.
 */
export interface RuleDescription<Id extends string = string> {
  /** Stable id, `category/name`. Never renamed once released: users configure and suppress by it. */
  readonly id: Id;
  readonly category: RuleCategory;
  readonly severity: Severity;
  /** The forms whose documents the rule applies to. */
  readonly forms: readonly FormId[];
  /** One line: what the rule checks. */
  readonly summary: string;
  /** Why it matters and what to do, in Markdown (a paragraph or two). */
  readonly explanation: string;
  readonly sources: readonly RuleSource[];
}

/** Forms 4 and 4/A: the statement of changes, and the rules that hold for it alone (the two-business-day deadline). */
export const form4AndAmendment: readonly FormId[] = ['4', '4/A'];

/** Forms 3 and 3/A: the initial statement, holdings only. */
export const form3AndAmendment: readonly FormId[] = ['3', '3/A'];

/** Forms 5 and 5/A: the annual statement. */
export const form5AndAmendment: readonly FormId[] = ['5', '5/A'];

/** The forms that report transactions (Forms 4 and 5, amendments included): rules about a transaction row. */
export const transactionForms: readonly FormId[] = [...form4AndAmendment, ...form5AndAmendment];

/** The amendments: 3/A, 4/A, 5/A. */
export const amendmentForms: readonly FormId[] = ['3/A', '4/A', '5/A'];

/** Every Section 16 form: rules about owners, the issuer, footnotes, signatures and every row. */
export const allForms: readonly FormId[] = formIds;

/**
 * A finding's words, or how to write them: a function is called only when the finding is listed. Past a rule's limit
 * findings are only counted (read/limits.ts `FindingCap`), so a rule that reports row by row and words each report
 * from several cells gives functions, and a flood of 35,000 rows words the 1,000 listed.
 */
export type Worded<T> = T | (() => T);

/** One finding as a rule reports it; `data` has the shape its rule's findings carry (engine/findingData.ts). */
export interface ReportInput<Id extends string = string> {
  readonly span: Span;
  readonly message: Worded<string>;
  readonly related?: Worded<readonly RelatedLocation[]>;
  readonly data?: FindingDataOf<Id>;
  /** Overrides the rule's default severity for this finding (e.g. the warning half of `code/direction`). */
  readonly severity?: Severity;
}

export interface RuleContext<Id extends string = string> {
  readonly doc: OwnershipDocument;
  /** "Today" for date rules, passed in so checks are pure and testable. */
  readonly today: CalendarDate;
  /**
   * Where the document stands among the owner's other filings (engine/history/): given only when the document is
   * checked against a history (`form4 check --history`, the editor's workspace). The `history/` rules read it and
   * do nothing without it; no other rule reads it.
   */
  readonly history?: HistoryContext;
  report(finding: ReportInput<Id>): void;
}

/** A business rule: a description plus a check over the located model. */
export interface Rule<Id extends string = string> extends RuleDescription<Id> {
  check(context: RuleContext<Id>): void;
}

/** A rule, its id kept as a literal type (so it joins `RuleId`) and its `report()` typed by that id's data. */
export function defineRule<const Id extends string>(rule: Rule<Id>): Rule<Id> {
  return rule;
}

export type { Finding };
