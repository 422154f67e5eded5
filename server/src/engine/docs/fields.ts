/**
 * What every element of an ownership document is: where it sits on the printed form (box, table and column), what it
 * means, and the instructions it comes from: the one wording of each element, which hovers, completion and the JSON
 * Schema of the draft format (structure/jsonSchema.ts) all show. The allowed values are not restated here: they are
 * read from the structural schema (allowedValues.ts), so the two cannot disagree.
 *
 * Entries are keyed by element name. Where a name means different things in Table I and Table II (the columns are
 * numbered differently) an entry gives both; `value` and `footnoteId`, which appear in every table cell, take their
 * meaning from the cell they are in. The entries here are Form 4's; Forms 3 and 5 word what they number or mean
 * otherwise, and their own elements, in ./fields35.ts, read first for a document of those forms.
 */
import type { Table } from '../model/types';
import type { RuleSource } from './sources';
import { form35Instructions, formInstructions, section16Faq, techSpec } from './sources';
import { form3Entries, form5Entries } from './fields35';
import { resolvePath, type DocumentKind } from '../structure/schema';

export interface FieldDoc {
  readonly name: string;
  /** Where the field is on the form: "Table I, column 4: Amount", "Box 3: Date of Earliest Transaction". */
  readonly label: string;
  /** What it means and how to fill it in (Markdown). */
  readonly meaning: string;
  /** The Form 4 instructions and the EDGAR technical specification entry it comes from. */
  readonly sources: readonly RuleSource[];
  /** How a YAML draft writes it, where that is more than its name as a key (Markdown). */
  readonly draft?: string;
}

type PerTable<T> = T | { readonly I: T; readonly II: T };

export interface FieldEntry {
  readonly label: PerTable<string>;
  readonly meaning: PerTable<string>;
  /** Parts of the Form 4 General Instructions (or of the form's face) the field rests on. */
  readonly form: PerTable<readonly string[]>;
  /** Other sources: the SEC staff's FAQ, for example. */
  readonly other?: readonly RuleSource[];
}

/** The instructions a column heading cites, e.g. "(Instr. 3, 4 and 5)". */
const columnHeading = (cites: string) => `cited in the column heading as ${cites}`;

const entries: Readonly<Record<string, FieldEntry>> = {
  // ---- document ---------------------------------------------------------------------------------------------
  ownershipDocument: {
    label: 'Form 4: Statement of Changes in Beneficial Ownership',
    meaning: 'The whole filing: the form type, the issuer, the reporting persons, Tables I and II, the explanations and the signatures.',
    form: ['Instruction 1(a) (who files Form 4 and when)'],
  },
  schemaVersion: {
    label: 'EDGAR schema version (not on the printed form)',
    meaning:
      'The version of the EDGAR ownership schema the document was written for, such as X0609. Optional: filing software ' +
      'usually writes it, EDGAR fills it in otherwise, and a version other than the current one only draws a warning.',
    form: [],
  },
  documentType: {
    label: "Form type (the printed form's title)",
    meaning: '`4` for a Form 4, `4/A` for an amendment of one.',
    form: ['title (Statement of Changes of Beneficial Ownership of Securities)'],
  },
  periodOfReport: {
    label: 'Box 3: Date of Earliest Transaction',
    meaning: 'The earliest transaction date reported in Table I or Table II. EDGAR indexes the filing by this date.',
    form: ['Box 3, Date of Earliest Transaction (Month/Day/Year)'],
  },
  dateOfOriginalSubmission: {
    label: 'Box 4: If Amendment, Date Original Filed',
    meaning: 'On a Form 4/A only: the date the Form 4 being amended was filed.',
    form: ['Box 4, If Amendment, Date of Original Filed (Month/Day/Year)'],
  },
  notSubjectToSection16: {
    label: 'Checkbox: no longer subject to Section 16',
    meaning: 'Checked (`1`) when the reporting person is no longer subject to Section 16; Form 4 or Form 5 obligations may continue.',
    form: ['Instruction 1(b) (no longer subject to Section 16)'],
  },
  aff10b5One: {
    label: 'Checkbox: Rule 10b5-1(c) transaction',
    meaning:
      'Checked (`1`) when a transaction on the form was made under a contract, instruction or written plan intended to satisfy the ' +
      "affirmative defence of Rule 10b5-1(c); then give the plan's adoption date in a footnote. Expected on every Form 4 from " +
      'April 2023, checked or not (`0`).',
    form: ['Instruction 10 (Rule 10b5-1(c) checkbox and plan adoption date)'],
  },
  // ---- issuer -----------------------------------------------------------------------------------------------
  issuer: {
    label: 'Box 2: Issuer Name and Ticker or Trading Symbol',
    meaning: 'The company whose securities are reported, identified by its EDGAR CIK.',
    form: ['Box 2, Issuer Name and Ticker or Trading Symbol'],
  },
  issuerCik: {
    label: 'Box 2: Issuer CIK (EDGAR identifier)',
    meaning: "The issuer's Central Index Key, the number EDGAR identifies it by; leading zeros are optional.",
    form: ['Box 2, Issuer Name and Ticker or Trading Symbol'],
  },
  issuerName: {
    label: 'Box 2: Issuer Name',
    meaning: "The issuer's name. Optional: EDGAR fills it in from the CIK.",
    form: ['Box 2, Issuer Name and Ticker or Trading Symbol'],
  },
  issuerTradingSymbol: {
    label: 'Box 2: Ticker or Trading Symbol',
    meaning: "The issuer's ticker symbol; `NONE` by convention when it has no listed class.",
    form: ['Box 2, Issuer Name and Ticker or Trading Symbol'],
  },
  issuerForeignTradingSymbol: {
    label: 'Box 2: Foreign Trading Symbol',
    meaning: "For a foreign private issuer: its trading symbol on a non-US market (added to EDGAR's schema in X0609, 2026).",
    form: ['Box 2, Issuer Name and Ticker or Trading Symbol'],
  },
  // ---- reporting owners -------------------------------------------------------------------------------------
  reportingOwner: {
    label: 'Box 1: Name and Address of Reporting Person (with Box 5)',
    meaning:
      'One reporting person: identity, address and relationship to the issuer. A joint filing lists up to 10 (Box 6 follows from ' +
      'how many there are), and each of them signs.',
    form: ['Box 1, Name and Address of Reporting Person', 'Instruction 4(b)(v) (joint and group filings)'],
  },
  reportingOwnerId: {
    label: 'Box 1: Reporting Person (EDGAR identity)',
    meaning: "The reporting person's EDGAR CIK, access code and name.",
    form: ['Box 1, Name and Address of Reporting Person'],
  },
  rptOwnerCik: {
    label: 'Box 1: Reporting Person CIK (EDGAR identifier)',
    meaning: "The reporting person's Central Index Key, the number EDGAR identifies the filer by.",
    form: ['Box 1, Name and Address of Reporting Person'],
  },
  rptOwnerCcc: {
    label: 'Reporting Person CCC (EDGAR access code, never printed)',
    meaning:
      "The reporting person's 8-character CIK Confirmation Code. EDGAR needs it on submission and strips it from the public copy; keep it out of committed drafts.",
    form: [],
  },
  rptOwnerName: {
    label: 'Box 1: Name of Reporting Person (Last, First, Middle)',
    meaning: "The reporting person's name, last name first. Optional: EDGAR fills it in from the CIK.",
    form: ['Box 1, Name and Address of Reporting Person'],
  },
  reportingOwnerAddress: {
    label: 'Box 1: Address of Reporting Person',
    meaning: "The reporting person's mailing address. Optional: EDGAR fills it in from the CIK.",
    form: ['Box 1, Name and Address of Reporting Person'],
  },
  rptOwnerNonUSAddressFlag: {
    label: 'Box 1: Non-US address',
    meaning:
      '`1` when the address is outside the United States; then give the country in `rptOwnerCountry` rather than a US state ' +
      "(added to EDGAR's schema in X0609, 2026).",
    form: ['Box 1, Name and Address of Reporting Person'],
  },
  rptOwnerStreet1: {
    label: 'Box 1: Street',
    meaning: 'The first line of the street address.',
    form: ['Box 1, Name and Address of Reporting Person'],
  },
  rptOwnerStreet2: {
    label: 'Box 1: Street (second line)',
    meaning: 'The second line of the street address, if any.',
    form: ['Box 1, Name and Address of Reporting Person'],
  },
  rptOwnerCity: {
    label: 'Box 1: City',
    meaning: 'The city of the address.',
    form: ['Box 1, Name and Address of Reporting Person'],
  },
  rptOwnerState: {
    label: 'Box 1: State',
    meaning:
      'The two-letter EDGAR code of the US state or territory, blank for none; in older filings, the code of the country ' +
      'of a foreign address.',
    form: ['Box 1, Name and Address of Reporting Person'],
  },
  rptOwnerNonUSStateTerritory: {
    label: 'Box 1: State, province or territory (non-US address)',
    meaning: 'For a non-US address: the state, province or territory, in words.',
    form: ['Box 1, Name and Address of Reporting Person'],
  },
  rptOwnerCountry: {
    label: 'Box 1: Country (non-US address)',
    meaning: 'For a non-US address: the EDGAR country code.',
    form: ['Box 1, Name and Address of Reporting Person'],
  },
  rptOwnerZipCode: {
    label: 'Box 1: Zip',
    meaning: 'The zip or postal code.',
    form: ['Box 1, Name and Address of Reporting Person'],
  },
  rptOwnerStateDescription: {
    label: 'Box 1: State description',
    meaning: 'A description of the state or country, where the code alone does not say enough.',
    form: ['Box 1, Name and Address of Reporting Person'],
  },
  rptOwnerGoodAddress: {
    label: 'Box 1: Address confirmed (EDGAR)',
    meaning: 'Whether EDGAR considers the address good; normally left out.',
    form: [],
  },
  reportingOwnerRelationship: {
    label: 'Box 5: Relationship of Reporting Person(s) to Issuer',
    meaning: 'Check all that apply: director, officer, 10% owner, other. At least one must be checked: EDGAR enforces it.',
    form: ['Box 5, Relationship of Reporting Person(s) to Issuer (Check all applicable)'],
  },
  isDirector: {
    label: 'Box 5: Director',
    meaning: 'The reporting person is a director of the issuer.',
    form: ['Box 5, Relationship of Reporting Person(s) to Issuer'],
  },
  isOfficer: {
    label: 'Box 5: Officer (give title below)',
    meaning: 'The reporting person is an officer of the issuer (Rule 16a-1(f)); give the title in `officerTitle`.',
    form: ['Box 5, Relationship of Reporting Person(s) to Issuer'],
  },
  isTenPercentOwner: {
    label: 'Box 5: 10% Owner',
    meaning: "The reporting person beneficially owns more than 10% of a class of the issuer's registered equity securities.",
    form: ['Box 5, Relationship of Reporting Person(s) to Issuer'],
  },
  isOther: {
    label: 'Box 5: Other (specify below)',
    meaning: 'Another relationship; describe it in `otherText`.',
    form: ['Box 5, Relationship of Reporting Person(s) to Issuer'],
  },
  officerTitle: {
    label: 'Box 5: Officer title',
    meaning: "The officer's title, such as Chief Financial Officer; needed when `isOfficer` is checked.",
    form: ['Box 5, Relationship of Reporting Person(s) to Issuer'],
  },
  otherText: {
    label: 'Box 5: Other (specify)',
    meaning: 'What the other relationship is; needed when `isOther` is checked.',
    form: ['Box 5, Relationship of Reporting Person(s) to Issuer'],
  },
  // ---- tables -----------------------------------------------------------------------------------------------
  nonDerivativeTable: {
    label: 'Table I: Non-Derivative Securities Acquired, Disposed of, or Beneficially Owned',
    meaning: 'Transactions in, and holdings of, securities that are not derivatives (common stock, for example): at most 30 rows.',
    form: ['Table I', 'Instruction 4 (transactions and holdings required to be reported)'],
  },
  nonDerivativeTransaction: {
    label: 'Table I row: a transaction',
    meaning: 'One transaction in a non-derivative security: one line of Table I.',
    form: ['Table I', 'Instruction 4 (transactions and holdings required to be reported)'],
  },
  nonDerivativeHolding: {
    label: 'Table I row: a holding without a transaction',
    meaning: 'A non-derivative holding reported without a transaction on this form (columns 1, 5, 6 and 7 only).',
    form: ['Table I', 'Instruction 4 (transactions and holdings required to be reported)'],
  },
  derivativeTable: {
    label: 'Table II: Derivative Securities Acquired, Disposed of, or Beneficially Owned',
    meaning:
      'Transactions in, and holdings of, derivative securities (puts, calls, warrants, options, convertible securities): at most 30 rows.',
    form: ['Table II', 'Instruction 4 (transactions and holdings required to be reported)'],
  },
  derivativeTransaction: {
    label: 'Table II row: a transaction',
    meaning: 'One transaction in a derivative security: one line of Table II.',
    form: ['Table II', 'Instruction 4 (transactions and holdings required to be reported)'],
  },
  derivativeHolding: {
    label: 'Table II row: a holding without a transaction',
    meaning: 'A derivative holding reported without a transaction on this form (columns 1, 2, 6, 7, 9, 10 and 11 only).',
    form: ['Table II', 'Instruction 4 (transactions and holdings required to be reported)'],
  },
  // ---- table columns ----------------------------------------------------------------------------------------
  securityTitle: {
    label: { I: 'Table I, column 1: Title of Security', II: 'Table II, column 1: Title of Derivative Security' },
    meaning: {
      I: 'The class of security, named so that it is clearly identified: "Common Stock", "Class A Common Stock".',
      II: 'The derivative security, named so that it is clearly identified: "Stock Option (Right to Buy)", "Restricted Stock Units".',
    },
    form: [`Instruction 3 (class of securities reported; ${columnHeading('Instr. 3')})`],
  },
  conversionOrExercisePrice: {
    label: 'Table II, column 2: Conversion or Exercise Price of Derivative Security',
    meaning:
      'The price in US dollars at which the derivative converts or is exercised. When it is not a dollar amount, leave the value out and explain in a footnote.',
    form: ['Table II, column 2'],
  },
  transactionDate: {
    label: { I: 'Table I, column 2: Transaction Date', II: 'Table II, column 3: Transaction Date' },
    meaning: 'The day the transaction was executed. The Form 4 is due before the end of the second business day after it.',
    form: ['Instruction 1(a) (filing deadline: two business days)'],
  },
  deemedExecutionDate: {
    label: { I: 'Table I, column 2A: Deemed Execution Date, if any', II: 'Table II, column 3A: Deemed Execution Date, if any' },
    meaning:
      'For Rule 10b5-1(c) plan trades and Rule 16b-3(f) discretionary transactions whose date the reporting person did not choose: ' +
      'the date Rule 16a-3(g) deems the transaction executed (when the person was told, at most three business days after the trade).',
    form: ['Instruction 1(a) and Rule 16a-3(g) (date of execution)'],
  },
  transactionCoding: {
    label: { I: 'Table I, column 3: Transaction Code', II: 'Table II, column 4: Transaction Code' },
    meaning: "The transaction code, whether the report is early (the paper form's V), and whether an equity swap is involved.",
    form: [`Instruction 8 (transaction codes; ${columnHeading('Instr. 8')})`],
  },
  transactionFormType: {
    label: {
      I: 'Table I, column 3: V (form type 4, or 5 when reported early)',
      II: 'Table II, column 4: V (form type 4, or 5 when reported early)',
    },
    meaning:
      "`4` for a transaction due on Form 4. `5` for one that could have waited for Form 5 and is reported early: the paper form's V mark.",
    form: ['Instruction 8 (transaction codes; V: voluntarily reported earlier than required)'],
  },
  transactionCode: {
    label: { I: 'Table I, column 3: Code', II: 'Table II, column 4: Code' },
    meaning: 'The code that best describes the transaction; where none fits use J and describe it.',
    form: ['Instruction 8 (transaction codes)'],
  },
  equitySwapInvolved: {
    label: { I: 'Table I, column 3: Equity swap involved', II: 'Table II, column 4: Equity swap involved' },
    meaning: "`1` when the transaction involves an equity swap or a similar instrument (the paper form's code K), else `0`.",
    form: ['Instruction 8 (transaction codes; K: equity swaps and similar instruments)'],
  },
  transactionTimeliness: {
    label: { I: 'Table I, column 3 (EDGAR): Timeliness', II: 'Table II, column 4 (EDGAR): Timeliness' },
    meaning:
      '`L` marks a transaction reported after its deadline, `E` one voluntarily reported earlier than required; leave it out ' +
      'when on time. EDGAR prints its footnotes in the V column.',
    form: ['Instruction 1(a) (filing deadline: two business days)'],
  },
  transactionAmounts: {
    label: {
      I: 'Table I, column 4: Securities Acquired (A) or Disposed Of (D)',
      II: 'Table II, columns 5 and 8: Number of Derivative Securities Acquired (A) or Disposed of (D), and their Price',
    },
    meaning: {
      I: 'How many securities changed hands, at what price, and whether they were acquired or disposed of.',
      II: 'How many derivative securities (or what dollar amount) changed hands, at what price, and whether they were acquired or disposed of.',
    },
    form: {
      I: [`Instructions 3, 4 and 5 (${columnHeading('Instr. 3, 4 and 5')})`],
      II: [`Instructions 3, 4 and 5 (${columnHeading('Instr. 3, 4 and 5')})`, 'Table II, column 8 (Instr. 5)'],
    },
  },
  transactionShares: {
    label: { I: 'Table I, column 4: Amount', II: 'Table II, column 5: Number of Derivative Securities Acquired (A) or Disposed of (D)' },
    meaning: {
      I: 'The number of securities acquired or disposed of (a face amount in US dollars for debt securities).',
      II: 'The number of derivative securities acquired or disposed of.',
    },
    form: [`Instructions 3, 4 and 5 (${columnHeading('Instr. 3, 4 and 5')})`],
  },
  transactionTotalValue: {
    label: 'Table II, column 5: Dollar amount acquired (A) or disposed of (D)',
    meaning:
      'For a derivative measured in dollars (a convertible note, for example): the dollar amount acquired or disposed of, instead of a number of securities.',
    form: ['Instruction 3 (class of securities reported: face amount of debt securities in US dollars)'],
  },
  transactionPricePerShare: {
    label: { I: 'Table I, column 4: Price', II: 'Table II, column 8: Price of Derivative Security' },
    meaning: {
      I: 'The price per security in US dollars. For several trades aggregated at a weighted-average price, give the range in a footnote.',
      II: 'The price of the derivative security in US dollars (often 0 or a footnote for grants and exercises).',
    },
    form: { I: [`Instruction 5 (${columnHeading('Instr. 5')})`], II: ['Table II, column 8 (Instr. 5)'] },
  },
  transactionAcquiredDisposedCode: {
    label: { I: 'Table I, column 4: (A) or (D)', II: 'Table II, column 5: (A) or (D)' },
    meaning:
      'Whether the securities were acquired (A) or disposed of (D). It must agree with the transaction code (a sale S is D, a purchase P is A).',
    form: ['Instruction 8 (transaction codes)', `Instruction 4 (${columnHeading('Instr. 3, 4 and 5')})`],
  },
  exerciseDate: {
    label: 'Table II, column 6: Date Exercisable',
    meaning: 'The date from which the derivative can be exercised, or a footnote (a vesting schedule, for example).',
    form: ['Table II, column 6, Date Exercisable and Expiration Date'],
  },
  expirationDate: {
    label: 'Table II, column 6: Expiration Date',
    meaning: 'The date the derivative expires, or a footnote (no expiration date, for example).',
    form: ['Table II, column 6, Date Exercisable and Expiration Date'],
  },
  underlyingSecurity: {
    label: 'Table II, column 7: Title and Amount of Securities Underlying Derivative Security',
    meaning: 'The security the derivative converts into or is exercised for, and how many of them.',
    form: [`Instructions 3 and 4 (${columnHeading('Instr. 3 and 4')})`],
  },
  underlyingSecurityTitle: {
    label: 'Table II, column 7: Title (of the underlying security)',
    meaning: 'The class of the underlying security, such as "Common Stock".',
    form: [`Instruction 3 (${columnHeading('Instr. 3 and 4')})`],
  },
  underlyingSecurityShares: {
    label: 'Table II, column 7: Amount or Number of Shares',
    meaning: 'The number of underlying securities the derivative securities of this row cover.',
    form: [`Instructions 3 and 4 (${columnHeading('Instr. 3 and 4')})`],
  },
  underlyingSecurityValue: {
    label: 'Table II, column 7: Amount (dollar value of the underlying)',
    meaning: 'For an underlying measured in dollars: its dollar amount, instead of a number of shares.',
    form: [`Instructions 3 and 4 (${columnHeading('Instr. 3 and 4')})`],
  },
  postTransactionAmounts: {
    label: {
      I: 'Table I, column 5: Amount of Securities Beneficially Owned Following Reported Transaction(s)',
      II: 'Table II, column 9: Number of Derivative Securities Beneficially Owned Following Reported Transaction(s)',
    },
    meaning: 'What the reporting person owns after this row, as a number of securities or (for debt) a dollar amount.',
    form: { I: [`Instructions 3 and 4 (${columnHeading('Instr. 3 and 4')})`], II: [`Instruction 4 (${columnHeading('Instr. 4')})`] },
  },
  sharesOwnedFollowingTransaction: {
    label: {
      I: 'Table I, column 5: Amount of Securities Beneficially Owned Following Reported Transaction(s)',
      II: 'Table II, column 9: Number of Derivative Securities Beneficially Owned Following Reported Transaction(s)',
    },
    meaning:
      'The number owned after this row. Rows of the same security held the same way form a running tally: each equals the ' +
      "previous row's amount plus the securities acquired (A) or minus those disposed of (D).",
    form: { I: [`Instructions 3 and 4 (${columnHeading('Instr. 3 and 4')})`], II: [`Instruction 4 (${columnHeading('Instr. 4')})`] },
    other: [section16Faq('Q1 (running tally of amounts owned)')],
  },
  valueOwnedFollowingTransaction: {
    label: {
      I: 'Table I, column 5: Amount Owned Following Reported Transaction(s), in US dollars',
      II: 'Table II, column 9: Amount Owned Following Reported Transaction(s), in US dollars',
    },
    meaning:
      'For debt securities: the face amount in US dollars owned after this row, instead of a number of securities; a running tally like the number owned.',
    form: ['Instruction 3 (class of securities reported: face amount of debt securities in US dollars)'],
    other: [section16Faq('Q1 (running tally of amounts owned)')],
  },
  ownershipNature: {
    label: {
      I: 'Table I, columns 6 and 7: Ownership Form and Nature of Indirect Beneficial Ownership',
      II: 'Table II, columns 10 and 11: Ownership Form and Nature of Indirect Beneficial Ownership',
    },
    meaning: 'Whether the securities are owned directly or indirectly and, if indirectly, how.',
    form: [`Instruction 4 (${columnHeading('Instr. 4')})`],
  },
  directOrIndirectOwnership: {
    label: {
      I: 'Table I, column 6: Ownership Form: Direct (D) or Indirect (I)',
      II: 'Table II, column 10: Ownership Form: Direct (D) or Indirect (I)',
    },
    meaning: '`D` for securities owned directly, `I` for securities owned indirectly (through a trust, a spouse, a company...).',
    form: [`Instruction 4 (${columnHeading('Instr. 4')})`],
  },
  natureOfOwnership: {
    label: {
      I: 'Table I, column 7: Nature of Indirect Beneficial Ownership',
      II: 'Table II, column 11: Nature of Indirect Beneficial Ownership',
    },
    meaning: 'For indirect ownership: how the securities are held, such as "By Trust" or "By Spouse". Each nature is a holding of its own.',
    form: [`Instruction 4 (${columnHeading('Instr. 4')})`],
  },
  // ---- explanations and signature ---------------------------------------------------------------------------
  footnotes: {
    label: 'Explanation of Responses',
    meaning: 'The footnotes that explain entries of the form, referred to by id (F1, F2...) from the cells they explain.',
    form: ['Explanation of Responses', 'Instruction 6 (additional information when space is insufficient)'],
  },
  footnote: {
    label: 'Explanation of Responses: a footnote',
    meaning: 'One footnote, with an id (F1 to F99) unique in the document, referred to by `footnoteId` elements.',
    form: ['Explanation of Responses'],
  },
  remarks: {
    label: 'Remarks',
    meaning: 'Free text at the end of the form, at most 2,000 characters (a description of a J transaction, for example).',
    form: ['Remarks'],
  },
  ownerSignature: {
    label: 'Signature of Reporting Person',
    meaning: 'One signature: every reporting person signs, in person or through an attorney-in-fact whose power of attorney is on file.',
    form: ['Instruction 7 (signature)'],
  },
  signatureName: {
    label: 'Signature: ** Signature of Reporting Person',
    meaning: 'The name of the person signing, often as "/s/ Name" or "/s/ Name, Attorney-in-Fact".',
    form: ['Instruction 7 (signature)'],
  },
  signatureDate: {
    label: 'Signature: Date',
    meaning: 'The date the form was signed.',
    form: ['Instruction 7 (signature)'],
  },
};

/** How a YAML draft writes an element, where that is more than its name as a key (docs/yaml-drafts.md). */
const draftNotation: Readonly<Record<string, string>> = {
  nonDerivativeTable:
    'In a draft, a list of rows in the order of the form, each `- nonDerivativeTransaction:` or `- nonDerivativeHolding:`.',
  derivativeTable: 'In a draft, a list of rows in the order of the form, each `- derivativeTransaction:` or `- derivativeHolding:`.',
  footnotes: 'In a draft, a mapping of id to text (`F1: ...`); cells and codings refer to them with `footnotes: [F1]`.',
  value: 'In a draft usually written straight after the key, as in `transactionShares: 1500`.',
};

function draftOf(name: string): { draft?: string } {
  return Object.prototype.hasOwnProperty.call(draftNotation, name) ? { draft: draftNotation[name] } : {};
}

/** Elements documented by the cell they sit in rather than by their own entry. */
const cellParts = new Set(['value', 'footnoteId']);

function tableOf(path: readonly string[]): Table | undefined {
  if (path.includes('nonDerivativeTable') || path.includes('nonDerivativeTransaction') || path.includes('nonDerivativeHolding')) return 'I';
  if (path.includes('derivativeTable') || path.includes('derivativeTransaction') || path.includes('derivativeHolding')) return 'II';
  return undefined;
}

function pick<T>(value: PerTable<T>, table: Table | undefined, join: (a: T, b: T) => T): T {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || !('I' in value)) return value as T;
  const both = value as { I: T; II: T };
  return table ? both[table] : join(both.I, both.II);
}

const joinText = (a: string, b: string) => (a === b ? a : `${a} / ${b}`);
const joinLists = (a: readonly string[], b: readonly string[]) => [...new Set([...a, ...b])];

/** The three forms' families: a form and its amendment are documented alike. */
type Family = '3' | '4' | '5';

function familyOf(kind: DocumentKind): Family {
  return kind.startsWith('3') ? '3' : kind.startsWith('5') ? '5' : '4';
}

/** What Forms 3 and 5 word otherwise than Form 4, read before Form 4's entries (./fields35.ts). */
const familyEntries: Readonly<Record<Family, Readonly<Record<string, FieldEntry>>>> = { '3': form3Entries, '4': {}, '5': form5Entries };

const formNames: Readonly<Record<Family, string>> = { '3': 'Form 3 (SEC 1473)', '4': 'Form 4 (SEC 1475)', '5': 'Form 5 (SEC 2270)' };

/** Instructions cite the form's General Instructions; boxes, tables and headings cite the form's face. */
function formSource(part: string, family: Family): RuleSource {
  const instructions = family === '4' ? formInstructions(part) : form35Instructions(family, part);
  if (/^Instructions? /.test(part)) return instructions;
  return { title: `${formNames[family]}, ${part}`, url: instructions.url };
}

function entryOf(name: string, family: Family): FieldEntry | undefined {
  const own = familyEntries[family];
  if (Object.prototype.hasOwnProperty.call(own, name)) return own[name];
  return Object.prototype.hasOwnProperty.call(entries, name) ? entries[name] : undefined;
}

function specSource(path: readonly string[], kind: DocumentKind): RuleSource {
  const name = path[path.length - 1];
  const decl = resolvePath(kind, path);
  return techSpec(decl ? `${name} (type ${decl.type.name})` : name);
}

function ownDoc(path: readonly string[], kind: DocumentKind): FieldDoc | undefined {
  const name = path[path.length - 1];
  const family = familyOf(kind);
  const entry = entryOf(name, family);
  if (!entry) return undefined;
  const table = tableOf(path);
  return {
    name,
    label: pick(entry.label, table, joinText),
    meaning: pick(entry.meaning, table, joinText),
    sources: [
      ...pick(entry.form, table, joinLists).map((part) => formSource(part, family)),
      ...(entry.other ?? []),
      specSource(path, kind),
    ],
    ...draftOf(name),
  };
}

/**
 * The documentation of the element at `path` (element names from the root, the element last). `value` and
 * `footnoteId` are documented through the cell they belong to. Undefined for names the schema does not have.
 */
export function fieldDocumentation(path: readonly string[], kind: DocumentKind = '4'): FieldDoc | undefined {
  const name = path[path.length - 1];
  if (!name) return undefined;
  if (!cellParts.has(name)) return ownDoc(path, kind);
  const cell = path.length > 1 ? ownDoc(path.slice(0, -1), kind) : undefined;
  if (name === 'value') {
    if (!cell) return undefined;
    return { name, label: cell.label, meaning: `The value of this cell. ${cell.meaning}`, sources: cell.sources, ...draftOf(name) };
  }
  const attachedTo = cell ? ` It explains ${cell.label}.` : '';
  return {
    name,
    label: cell ? `Footnote reference: ${cell.label}` : 'Footnote reference',
    meaning: `Refers by id to a footnote in the Explanation of Responses.${attachedTo}`,
    sources: [formSource('Explanation of Responses', familyOf(kind)), techSpec('footnoteId (type FOOTNOTE_ID, attribute id: IDREF)')],
  };
}

export interface AttributeDoc {
  readonly label: string;
  readonly meaning: string;
  readonly sources: readonly RuleSource[];
}

/** The documentation of an attribute: the two `id`s, of a footnote and of a reference to one. */
export function attributeDocumentation(elementName: string, attributeName: string): AttributeDoc | undefined {
  if (attributeName !== 'id') return undefined;
  if (elementName === 'footnote') {
    return {
      label: 'Footnote id',
      meaning: "The footnote's id, F1 to F99, unique in the document; cells refer to it with `footnoteId`.",
      sources: [formSource('Explanation of Responses', '4'), techSpec('footnote (type FOOTNOTE, attribute id: ID)')],
    };
  }
  if (elementName === 'footnoteId') {
    return {
      label: 'Footnote reference id',
      meaning: 'The id of the footnote this cell refers to; a footnote with this id must be defined.',
      sources: [formSource('Explanation of Responses', '4'), techSpec('footnoteId (type FOOTNOTE_ID, attribute id: IDREF)')],
    };
  }
  return undefined;
}

/** The names with an entry of their own, for the completeness test. */
export const documentedNames: readonly string[] = [
  ...new Set([...Object.keys(entries), ...Object.keys(form3Entries), ...Object.keys(form5Entries), ...cellParts]),
];
