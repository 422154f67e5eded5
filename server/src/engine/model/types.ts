/**
 * The located Form 4 model: typed fields bound from the document tree. Every field remembers the element it came
 * from, so rules, hovers and the preview can point at the exact source. Rules read this model only, never the
 * source text, so one rule serves XML and YAML alike.
 *
 * A field's `value` is undefined when the text is missing or cannot be read as its type (the structure checker
 * reports that); rules then skip the arithmetic that needs it rather than read it as 0.
 */
import type { FormId } from '../forms/id';
import type { ElementNode } from '../tree/node';
import type { Span } from '../text/span';
import type { CalendarDate } from './date';
import type { Decimal } from './decimal';

export interface Field<T> {
  /** The parsed value, or undefined when the text is empty or not of the field's type. */
  readonly value: T | undefined;
  /** The text as written (entities decoded, untrimmed). */
  readonly raw: string;
  /** Where the value is: the text when there is one, else the element's name. */
  readonly span: Span;
  /** The element holding the text (the `value` element for a table cell). */
  readonly node: ElementNode;
}

export interface FootnoteRef {
  readonly id: string;
  readonly span: Span;
  readonly node: ElementNode;
}

/** A table cell: a value, footnote references, or both. */
export interface Cell<T> {
  readonly value?: Field<T>;
  readonly footnotes: readonly FootnoteRef[];
  /** The cell's element (e.g. `transactionShares`). */
  readonly node: ElementNode;
}

export type Table = 'I' | 'II';

export interface FootnoteDefinition {
  readonly id: string;
  readonly idSpan: Span;
  readonly text: string;
  readonly textSpan: Span;
  readonly node: ElementNode;
}

export interface Issuer {
  readonly cik?: Field<string>;
  readonly name?: Field<string>;
  readonly tradingSymbol?: Field<string>;
  readonly foreignTradingSymbol?: Field<string>;
  readonly node: ElementNode;
}

export interface OwnerAddress {
  readonly nonUSAddress?: Field<boolean>;
  readonly street1?: Field<string>;
  readonly street2?: Field<string>;
  readonly city?: Field<string>;
  readonly state?: Field<string>;
  readonly nonUSStateTerritory?: Field<string>;
  readonly country?: Field<string>;
  readonly zipCode?: Field<string>;
  readonly stateDescription?: Field<string>;
  readonly node: ElementNode;
}

export interface OwnerRelationship {
  readonly isDirector?: Field<boolean>;
  readonly isOfficer?: Field<boolean>;
  readonly isTenPercentOwner?: Field<boolean>;
  readonly isOther?: Field<boolean>;
  readonly officerTitle?: Field<string>;
  readonly otherText?: Field<string>;
  readonly node: ElementNode;
}

export interface ReportingOwner {
  readonly index: number;
  readonly cik?: Field<string>;
  readonly ccc?: Field<string>;
  readonly name?: Field<string>;
  readonly address?: OwnerAddress;
  readonly relationship?: OwnerRelationship;
  readonly node: ElementNode;
}

/**
 * A Form 5 holding's coding (XSD5 `TRANSACTION_CODE_FOR_HOLDING`): only `transactionFormType`, "3" for a holding
 * that should have been reported on a Form 3 (rendered with a "3" in the code column), and footnotes.
 */
export interface HoldingCoding {
  readonly formType?: Field<string>;
  readonly footnotes: readonly FootnoteRef[];
  readonly node: ElementNode;
}

export interface TransactionCoding {
  /** The form the transaction is reported for: 4 or 5 (on a Form 4, 5 is a voluntary early report; on a Form 5, 4 a late one). */
  readonly formType?: Field<string>;
  readonly code?: Field<string>;
  readonly equitySwapInvolved?: Field<boolean>;
  readonly footnotes: readonly FootnoteRef[];
  readonly node: ElementNode;
}

export interface OwnershipNature {
  /** D (direct) or I (indirect). */
  readonly directOrIndirect?: Cell<string>;
  readonly natureOfOwnership?: Cell<string>;
  readonly node: ElementNode;
}

/** Amount owned following the reported transaction(s): shares, or a dollar value for debt-like securities. */
export interface PostTransactionAmounts {
  readonly sharesOwned?: Cell<Decimal>;
  readonly valueOwned?: Cell<Decimal>;
  readonly node: ElementNode;
}

export interface UnderlyingSecurity {
  readonly title?: Cell<string>;
  readonly shares?: Cell<Decimal>;
  readonly value?: Cell<Decimal>;
  readonly node: ElementNode;
}

interface RowBase {
  /** The form whose table the row is in: its columns are numbered as that form prints them (model/place.ts). */
  readonly form: FormId;
  readonly table: Table;
  /** 0-based position among all rows of its table (transactions and holdings together), in document order. */
  readonly index: number;
  readonly securityTitle?: Cell<string>;
  readonly postTransaction?: PostTransactionAmounts;
  readonly ownership?: OwnershipNature;
  readonly node: ElementNode;
}

/** Table II's own columns (derivative securities). */
export interface DerivativeColumns {
  readonly conversionOrExercisePrice?: Cell<Decimal>;
  readonly exerciseDate?: Cell<CalendarDate>;
  readonly expirationDate?: Cell<CalendarDate>;
  readonly underlying?: UnderlyingSecurity;
}

export interface TransactionRow extends RowBase {
  readonly kind: 'transaction';
  readonly transactionDate?: Cell<CalendarDate>;
  readonly deemedExecutionDate?: Cell<CalendarDate>;
  readonly coding?: TransactionCoding;
  /** E (early), L (late) or empty. */
  readonly timeliness?: Cell<string>;
  readonly shares?: Cell<Decimal>;
  /** Table II only: a dollar amount in place of a share count. */
  readonly totalValue?: Cell<Decimal>;
  readonly pricePerShare?: Cell<Decimal>;
  /** A (acquired) or D (disposed of). */
  readonly acquiredDisposed?: Cell<string>;
  readonly derivative?: DerivativeColumns;
}

export interface HoldingRow extends RowBase {
  readonly kind: 'holding';
  /** Form 5 only: marks a late Form 3 holding (`transactionFormType` 3). */
  readonly coding?: HoldingCoding;
  readonly derivative?: DerivativeColumns;
}

export type Row = TransactionRow | HoldingRow;

export interface Signature {
  readonly index: number;
  readonly name?: Field<string>;
  readonly date?: Field<CalendarDate>;
  readonly node: ElementNode;
}

export interface OwnershipDocument {
  readonly root: ElementNode;
  /**
   * The form the document is, from its `documentType`; Form 4 when that is missing or not a form id, as `analyze`
   * checks such a document as a Form 4 (forms/select.ts).
   */
  readonly form: FormId;
  readonly schemaVersion?: Field<string>;
  readonly documentType?: Field<string>;
  readonly periodOfReport?: Field<CalendarDate>;
  readonly dateOfOriginalSubmission?: Field<CalendarDate>;
  /** Forms 4 and 5: the exit box ("no longer subject to Section 16"). */
  readonly notSubjectToSection16?: Field<boolean>;
  /** Form 3 only: "No securities are beneficially owned" (EDGAR computes it from the tables). */
  readonly noSecuritiesOwned?: Field<boolean>;
  /** Form 5 only: the "Form 3 Holdings Reported" box (EDGAR computes it from the rows' `transactionFormType` 3). */
  readonly form3HoldingsReported?: Field<boolean>;
  /** Form 5 only: the "Form 4 Transactions Reported" box (from the rows' `transactionFormType` 4). */
  readonly form4TransactionsReported?: Field<boolean>;
  readonly issuer?: Issuer;
  readonly reportingOwners: readonly ReportingOwner[];
  readonly aff10b5One?: Field<boolean>;
  /** The table elements themselves, when present (rows may be empty). */
  readonly nonDerivativeTable?: ElementNode;
  readonly derivativeTable?: ElementNode;
  /** Table I rows then Table II rows, each in document order. */
  readonly rows: readonly Row[];
  /**
   * Rows in schema X0101's layout (2003): `nonDerivativeSecurity` and `derivativeSecurity` elements of the document
   * itself, which today's schema replaced by the tables. Not bound as rows (their columns differ; the structure
   * checker reports them), but a rule that asks whether the document reports anything counts them.
   */
  readonly x0101Rows: readonly ElementNode[];
  readonly footnotesNode?: ElementNode;
  readonly footnotes: readonly FootnoteDefinition[];
  readonly remarks?: Field<string>;
  readonly signatures: readonly Signature[];
  /** Every footnote reference anywhere in the document, in document order. */
  readonly footnoteRefs: readonly FootnoteRef[];
}
