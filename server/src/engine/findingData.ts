/**
 * The machine-readable facts (`Finding.data`) each rule's findings carry, by rule id: what quick fixes read, and
 * what the CLI's JSON output and the editor's diagnostics show. Every value is a string, so the data stays a plain
 * object of strings on the wire; the types only say which strings a rule gives. A rule missing here reports no data,
 * and its `report()` accepts none.
 */
import type { RuleId } from './rules/catalogue';

export interface FindingDataByRule {
  'yaml/syntax': { character: string };
  'schema/missing-element': { missing: string; after?: string; before?: string };
  'schema/unexpected-element': { element: string; expected?: string; suggestion?: string };
  'schema/element-order': { element: string; before: string } | { element: string; after: string };
  'schema/too-many': { element: string; max: string };
  'schema/invalid-value': { type: string };
  'schema/missing-attribute': { attribute: string };
  'schema/unexpected-attribute': { attribute: string };
  'footnote/undefined': { id: string };
  'footnote/duplicate-id': { id: string };
  'internal/rule-failure': { rule: RuleId };
  'document/type': { expected: '4' | '4/A' };
  'document/period-of-report': { earliest: string };
  'document/original-submission-date': { missing: 'dateOfOriginalSubmission' } | { documentType: '3/A' | '4/A' | '5/A' };
  'document/table-row-limit': { rows: string; limit: string };
  'document/trading-symbol': { expected: string };
  'document/amendment-dates': { closed: string };
  'owner/text-without-flag': { flag: 'isOfficer' | 'isOther' };
  'date/implausible': { date: string };
  'derivative/wrong-table': { table: 'I' | 'II' };
  'derivative/exercise-price': { expected: string };
  'derivative/underlying-shares': { expected: string };
  'derivative/underlying-title': { expected: string };
  'owner/officer-title-missing': { missing: 'officerTitle' };
  'owner/other-text-missing': { missing: 'otherText' };
  'owner/duplicate-cik': { cik: string };
  'code/unknown': { expected: string };
  'code/direction': { expected: 'A' | 'D' };
  'holdings/running-balance': { expected: string };
  /** Given when the other acquired/disposed code makes the row add up: the code to set. */
  'holdings/direction': { expected: 'A' | 'D' };
  'holdings/holding-row-mismatch': { expected: string };
  /** The repeated amount, and the amounts every row should show (comma-separated, in row order) in each reading. */
  'holdings/repeated-amount': { amount: string; ifFirstRight?: string; ifLastRight?: string };
  'ownership/nature-missing': { missing: 'natureOfOwnership' };
  'price/weighted-average-range': { spread: string } | { missing: string };
  'price/outside-weighted-average-range': { expected: string };
  'date/deadline': { deadline: string };
  'date/not-deferrable': { deadline: string; timeliness?: 'L'; formType?: '4' };
  'date/deemed-execution': { latest: string } | { due: string };
  'footnote/unused': { id: string };
  'rule10b5-1/missing': { missing: 'aff10b5One' };
  'rule10b5-1/unchecked-plan': { expected: '1' };
  'rule10b5-1/cooling-off': { earliest: string };
  'signature/joint-count': { owners: string; signatures: string };
  'code/form4-item-on-form5': { formType: '4' };
  /** The previous filing's closing balance and that filing's name, and the first row's amount that continues it (when not negative). */
  'history/opening-balance': { closing: string; previous: string; expected?: string };
}

/** Holds only rule ids: a key here that no rule has (a typo, a renamed rule) fails to compile. */
type OnlyRuleIds<Ids extends RuleId> = Ids;

/** The ids whose findings carry data. */
export type DataRuleId = OnlyRuleIds<keyof FindingDataByRule>;

/** The data a finding of rule `Id` carries: its shape, or never for a rule that carries none. */
export type FindingDataOf<Id extends string> = Id extends DataRuleId ? Readonly<FindingDataByRule[Id]> : never;

/** Any finding's data, as adapters pass it on. */
export type FindingData = FindingDataOf<RuleId>;
