/**
 * What Forms 3 and 5 say differently from Form 4 about the same elements, and the elements only they have: their own
 * box numbers and column headings (as EDGAR's stylesheets 3_X07.xsl and 5_X09.xsl print them, and
 * ../shared/forms35-rules.md lists them), read by ./fields.ts before its Form 4 entries. An element a form words as
 * Form 4 does (the reporting person's address, the signature) has no entry here.
 */
import type { FieldEntry } from './fields';

/** The signature block, cited by the form's face: the instruction numbers of Forms 3 and 5 are not restated here. */
const signatureEntries: Readonly<Record<string, FieldEntry>> = {
  ownerSignature: {
    label: 'Signature of Reporting Person',
    meaning: 'One signature: every reporting person signs, in person or through an attorney-in-fact whose power of attorney is on file.',
    form: ['Signatures, ** Signature of Reporting Person'],
  },
  signatureName: {
    label: 'Signature: ** Signature of Reporting Person',
    meaning: 'The name of the person signing, often as "/s/ Name" or "/s/ Name, Attorney-in-Fact".',
    form: ['Signatures, ** Signature of Reporting Person'],
  },
  signatureDate: {
    label: 'Signature: Date',
    meaning: 'The date the form was signed.',
    form: ['Signatures, Date'],
  },
};

/** Form 3: the issuer is Box 3 (the date of the event is Box 2), the relationship Box 4, the amendment date Box 5. */
export const form3Entries: Readonly<Record<string, FieldEntry>> = {
  ...signatureEntries,
  ownershipDocument: {
    label: 'Form 3: Initial Statement of Beneficial Ownership of Securities',
    meaning:
      'The whole filing: the issuer, the reporting persons, the securities they own (Tables I and II, holdings only), the explanations and the signatures.',
    form: ['title (Initial Statement of Beneficial Ownership of Securities)'],
  },
  documentType: {
    label: "Form type (the printed form's title)",
    meaning: '`3` for a Form 3, `3/A` for an amendment of one.',
    form: ['title (Initial Statement of Beneficial Ownership of Securities)'],
  },
  periodOfReport: {
    label: 'Box 2: Date of Event Requiring Statement',
    meaning:
      'The date the reporting person became a director, officer, 10% owner or other insider, or the date the issuer first registered the class under Section 12. EDGAR indexes the filing by this date.',
    form: ['Box 2, Date of Event Requiring Statement (Month/Day/Year)'],
  },
  dateOfOriginalSubmission: {
    label: 'Box 5: If Amendment, Date Original Filed',
    meaning: 'On a Form 3/A only: the date the Form 3 being amended was filed.',
    form: ['Box 5, If Amendment, Date Original Filed (Month/Day/Year)'],
  },
  noSecuritiesOwned: {
    label: 'Explanation of Responses: No securities are beneficially owned',
    meaning:
      'True (`1`) exactly when both tables are empty: the reporting person owns none of the issuer\'s securities (a Form 3 is due even then). EDGAR computes it and prints "No securities are beneficially owned".',
    form: ['Explanation of Responses'],
  },
  aff10b5One: {
    label: 'Rule 10b5-1(c) box (not on Form 3)',
    meaning:
      'Allowed by the Form 3 schema but not printed: a Form 3 reports holdings, not trades, so it has no Rule 10b5-1(c) box. Leave it out, or `0`.',
    form: ['title (Initial Statement of Beneficial Ownership of Securities)'],
  },
  issuer: {
    label: 'Box 3: Issuer Name and Ticker or Trading Symbol',
    meaning: 'The company whose securities are reported, identified by its EDGAR CIK.',
    form: ['Box 3, Issuer Name and Ticker or Trading Symbol'],
  },
  issuerCik: {
    label: 'Box 3: Issuer CIK (EDGAR identifier)',
    meaning: "The issuer's Central Index Key, the number EDGAR identifies it by; leading zeros are optional.",
    form: ['Box 3, Issuer Name and Ticker or Trading Symbol'],
  },
  issuerName: {
    label: 'Box 3: Issuer Name',
    meaning: "The issuer's name. Optional: EDGAR fills it in from the CIK.",
    form: ['Box 3, Issuer Name and Ticker or Trading Symbol'],
  },
  issuerTradingSymbol: {
    label: 'Box 3: Ticker or Trading Symbol',
    meaning: "The issuer's ticker symbol; `NONE` by convention when it has no listed class.",
    form: ['Box 3, Issuer Name and Ticker or Trading Symbol'],
  },
  issuerForeignTradingSymbol: {
    label: 'Box 3a: Foreign Trading Symbol',
    meaning: "For a foreign private issuer: its trading symbol on a non-US market (added to EDGAR's schema in X0609, 2026).",
    form: ['Box 3a, Foreign Trading Symbol'],
  },
  reportingOwner: {
    label: 'Box 1: Name and Address of Reporting Person (with Box 4)',
    meaning:
      'One reporting person: identity, address and relationship to the issuer. A joint filing lists up to 10 (Box 6 follows from how many there are), and each of them signs.',
    form: ['Box 1, Name and Address of Reporting Person', 'Instruction 5(b)(v) (joint and group filings)'],
  },
  reportingOwnerRelationship: {
    label: 'Box 4: Relationship of Reporting Person(s) to Issuer',
    meaning: 'How the reporting person is an insider of the issuer: director, officer, 10% owner or other (at least one).',
    form: ['Box 4, Relationship of Reporting Person(s) to Issuer (Check all applicable)'],
  },
  isDirector: {
    label: 'Box 4: Director',
    meaning: 'Checked (`1`) when the reporting person is a director of the issuer.',
    form: ['Box 4, Relationship of Reporting Person(s) to Issuer'],
  },
  isOfficer: {
    label: 'Box 4: Officer (give title below)',
    meaning: 'Checked (`1`) when the reporting person is an officer of the issuer; give the title in officerTitle.',
    form: ['Box 4, Relationship of Reporting Person(s) to Issuer'],
  },
  isTenPercentOwner: {
    label: 'Box 4: 10% Owner',
    meaning: 'Checked (`1`) when the reporting person owns more than 10% of a registered class of equity securities.',
    form: ['Box 4, Relationship of Reporting Person(s) to Issuer'],
  },
  isOther: {
    label: 'Box 4: Other (specify below)',
    meaning: 'Checked (`1`) for any other insider relationship; say which in otherText.',
    form: ['Box 4, Relationship of Reporting Person(s) to Issuer'],
  },
  officerTitle: {
    label: 'Box 4: Officer title',
    meaning: 'The officer title, when isOfficer is checked (at most 30 characters).',
    form: ['Box 4, Relationship of Reporting Person(s) to Issuer'],
  },
  otherText: {
    label: 'Box 4: Other (specify)',
    meaning: 'The other relationship, when isOther is checked (at most 30 characters).',
    form: ['Box 4, Relationship of Reporting Person(s) to Issuer'],
  },
  nonDerivativeTable: {
    label: 'Table I: Non-Derivative Securities Beneficially Owned',
    meaning:
      'The non-derivative securities the reporting person owns, one row per class and form of ownership. A Form 3 has no transactions.',
    form: ['Table I, Non-Derivative Securities Beneficially Owned'],
  },
  nonDerivativeHolding: {
    label: 'Table I row: a holding',
    meaning: 'One class of non-derivative securities owned directly, or owned indirectly in one way.',
    form: ['Table I, Non-Derivative Securities Beneficially Owned'],
  },
  derivativeTable: {
    label: 'Table II: Derivative Securities Beneficially Owned',
    meaning: 'The derivative securities (options, warrants, convertibles...) the reporting person owns. A Form 3 has no transactions.',
    form: ['Table II, Derivative Securities Beneficially Owned (e.g., puts, calls, warrants, options, convertible securities)'],
  },
  derivativeHolding: {
    label: 'Table II row: a holding',
    meaning:
      'One derivative security owned: its exercise price and dates, its underlying securities and how it is owned. Form 3 has no column for the number of derivative securities owned.',
    form: ['Table II, Derivative Securities Beneficially Owned'],
  },
  securityTitle: {
    label: { I: 'Table I, column 1: Title of Security', II: 'Table II, column 1: Title of Derivative Security' },
    meaning: {
      I: 'The class of security owned, such as "Common Stock".',
      II: 'The derivative security owned, such as "Stock Option (right to buy)".',
    },
    form: [`Instruction 4 (cited in the column heading as Instr. 4)`],
  },
  postTransactionAmounts: {
    label: 'Table I, column 2: Amount of Securities Beneficially Owned',
    meaning: 'What the reporting person owns, as a number of securities or (for debt) a dollar amount.',
    form: [`Instruction 4 (cited in the column heading as Instr. 4)`],
  },
  sharesOwnedFollowingTransaction: {
    label: 'Table I, column 2: Amount of Securities Beneficially Owned',
    meaning: 'The number of securities of this class owned in this way on the date of the event.',
    form: [`Instruction 4 (cited in the column heading as Instr. 4)`],
  },
  valueOwnedFollowingTransaction: {
    label: 'Table I, column 2: Amount of Securities Beneficially Owned, in US dollars',
    meaning: 'For debt securities: the face amount in US dollars owned, instead of a number of securities.',
    form: [`Instruction 4 (cited in the column heading as Instr. 4)`],
  },
  exerciseDate: {
    label: 'Table II, column 2: Date Exercisable',
    meaning: 'The date from which the derivative can be exercised, or a footnote (a vesting schedule, for example).',
    form: ['Table II, column 2, Date Exercisable and Expiration Date'],
  },
  expirationDate: {
    label: 'Table II, column 2: Expiration Date',
    meaning: 'The date the derivative expires, or a footnote (no expiration date, for example).',
    form: ['Table II, column 2, Date Exercisable and Expiration Date'],
  },
  underlyingSecurity: {
    label: 'Table II, column 3: Title and Amount of Securities Underlying Derivative Security',
    meaning: 'The security the derivative converts into or is exercised for, and how many of them.',
    form: ['Table II, column 3, Title and Amount of Securities Underlying Derivative Security (Instr. 4)'],
  },
  underlyingSecurityTitle: {
    label: 'Table II, column 3: Title (of the underlying security)',
    meaning: 'The class of the underlying security, such as "Common Stock".',
    form: ['Table II, column 3, Title and Amount of Securities Underlying Derivative Security (Instr. 4)'],
  },
  underlyingSecurityShares: {
    label: 'Table II, column 3: Amount or Number of Shares',
    meaning: 'The number of underlying securities the derivative securities of this row cover.',
    form: ['Table II, column 3, Title and Amount of Securities Underlying Derivative Security (Instr. 4)'],
  },
  underlyingSecurityValue: {
    label: 'Table II, column 3: Amount (dollar value of the underlying)',
    meaning: 'For an underlying measured in dollars: its dollar amount, instead of a number of shares.',
    form: ['Table II, column 3, Title and Amount of Securities Underlying Derivative Security (Instr. 4)'],
  },
  conversionOrExercisePrice: {
    label: 'Table II, column 4: Conversion or Exercise Price of Derivative Security',
    meaning: 'The price at which the derivative converts or is exercised, in US dollars, or a footnote where it is not fixed.',
    form: ['Table II, column 4, Conversion or Exercise Price of Derivative Security'],
  },
  ownershipNature: {
    label: {
      I: 'Table I, columns 3 and 4: Ownership Form and Nature of Indirect Beneficial Ownership',
      II: 'Table II, columns 5 and 6: Ownership Form and Nature of Indirect Beneficial Ownership',
    },
    meaning: 'Whether the securities are owned directly or indirectly and, if indirectly, how.',
    form: [`Instruction 5 (cited in the column heading as Instr. 5)`],
  },
  directOrIndirectOwnership: {
    label: {
      I: 'Table I, column 3: Ownership Form: Direct (D) or Indirect (I)',
      II: 'Table II, column 5: Ownership Form of Derivative Security: Direct (D) or Indirect (I)',
    },
    meaning: '`D` for securities owned directly, `I` for securities owned indirectly (through a trust, a spouse, a company...).',
    form: [`Instruction 5 (cited in the column heading as Instr. 5)`],
  },
  natureOfOwnership: {
    label: {
      I: 'Table I, column 4: Nature of Indirect Beneficial Ownership',
      II: 'Table II, column 6: Nature of Indirect Beneficial Ownership',
    },
    meaning: 'For indirect ownership: how the securities are held, such as "By Trust" or "By Spouse". Each nature is a holding of its own.',
    form: [`Instruction 5 (cited in the column heading as Instr. 5)`],
  },
};

/**
 * Form 5: Form 4's boxes and columns, but Box 3 is the fiscal year end, amounts owned are at the end of the fiscal
 * year, a row's form type marks a late item, and two boxes say whether late Form 3 holdings or Form 4 transactions
 * are reported.
 */
export const form5Entries: Readonly<Record<string, FieldEntry>> = {
  ...signatureEntries,
  ownershipDocument: {
    label: 'Form 5: Annual Statement of Changes in Beneficial Ownership of Securities',
    meaning:
      "The whole filing for the issuer's fiscal year: the transactions exempt or deferred from Form 4, the items that should have been reported earlier and were not, the holdings at the year's end, the explanations and the signatures.",
    form: ['title (Annual Statement of Changes in Beneficial Ownership of Securities)'],
  },
  documentType: {
    label: "Form type (the printed form's title)",
    meaning: '`5` for a Form 5, `5/A` for an amendment of one.',
    form: ['title (Annual Statement of Changes in Beneficial Ownership of Securities)'],
  },
  periodOfReport: {
    label: "Box 3: Statement for Issuer's Fiscal Year Ended",
    meaning:
      "The last day of the issuer's fiscal year the statement covers; the Form 5 is due 45 days after it. EDGAR indexes the filing by this date.",
    form: ["Box 3, Statement for Issuer's Fiscal Year Ended (Month/Day/Year)"],
  },
  dateOfOriginalSubmission: {
    label: 'Box 4: If Amendment, Date Original Filed',
    meaning: 'On a Form 5/A only: the date the Form 5 being amended was filed.',
    form: ['Box 4, If Amendment, Date Original Filed (Month/Day/Year)'],
  },
  form3HoldingsReported: {
    label: 'Checkbox: Form 3 Holdings Reported',
    meaning:
      'True (`1`) when a holding row reports securities that should have been on a Form 3 (its transactionFormType is 3). EDGAR derives it from the rows.',
    form: ['Form 3 Holdings Reported (check box)'],
  },
  form4TransactionsReported: {
    label: 'Checkbox: Form 4 Transactions Reported',
    meaning:
      'True (`1`) when a transaction row reports a transaction that was due on a Form 4 (its transactionFormType is 4), reported late here. EDGAR derives it from the rows.',
    form: ['Form 4 Transactions Reported (check box)'],
  },
  aff10b5One: {
    label: 'Checkbox: Rule 10b5-1(c) transaction',
    meaning:
      "Checked (`1`) when a transaction on the form was made under a contract, instruction or written plan intended to satisfy the affirmative defence of Rule 10b5-1(c); then give the plan's adoption date in a footnote. Required on every Form 5 since 2023, checked or not (`0`).",
    form: ['Instruction 10 (Rule 10b5-1(c) checkbox)'],
  },
  issuerForeignTradingSymbol: {
    label: 'Box 2a: Foreign Trading Symbol',
    meaning: "For a foreign private issuer: its trading symbol on a non-US market (added to EDGAR's schema in X0609, 2026).",
    form: ['Box 2a, Foreign Trading Symbol'],
  },
  transactionCoding: {
    label: {
      I: 'Table I, column 3: Transaction Code (with the late-item mark)',
      II: 'Table II, column 4: Transaction Code (with the late-item mark)',
    },
    meaning:
      'On a transaction: its form type, code and whether an equity swap is involved. On a holding: only the form type, 3 for a holding that should have been on a Form 3. Form 5 prints them in one column: the code, then 4 (a late Form 4 item), 5 (a late Form 5 item) or 3.',
    form: ['Instruction 8 (transaction codes; cited in the column heading as Instr. 8)'],
  },
  transactionFormType: {
    label: {
      I: 'Table I, column 3: late-item mark (form type 3, 4 or 5)',
      II: 'Table II, column 4: late-item mark (form type 3, 4 or 5)',
    },
    meaning:
      'On a transaction: `5` for a Form 5 item (exempt or deferred), `4` for a transaction that was due on a Form 4 and is reported late here. On a holding: `3` for securities that should have been reported on a Form 3, or empty.',
    form: ['Instruction 8 (transaction codes)'],
  },
  transactionTimeliness: {
    label: { I: 'Table I, column 3 (EDGAR): Timeliness', II: 'Table II, column 4 (EDGAR): Timeliness' },
    meaning:
      '`L` marks a Form 5 item reported late (missed on an earlier Form 5); a Form 4 item (form type 4) is late by definition. Never `E` on a Form 5, and no footnotes here.',
    form: ['Instruction 8 (transaction codes; the late marks 4 and 5 of the code column)'],
  },
  postTransactionAmounts: {
    label: {
      I: "Table I, column 5: Amount of Securities Beneficially Owned at end of Issuer's Fiscal Year",
      II: "Table II, column 9: Number of Derivative Securities Beneficially Owned at End of Issuer's Fiscal Year",
    },
    meaning:
      "What the reporting person owns at the end of the issuer's fiscal year, as a number of securities or (for debt) a dollar amount.",
    form: {
      I: ['Instructions 3 and 4 (cited in the column heading as Instr. 3 and 4)'],
      II: ['Instruction 4 (cited in the column heading as Instr. 4)'],
    },
  },
  sharesOwnedFollowingTransaction: {
    label: {
      I: "Table I, column 5: Amount of Securities Beneficially Owned at end of Issuer's Fiscal Year",
      II: "Table II, column 9: Number of Derivative Securities Beneficially Owned at End of Issuer's Fiscal Year",
    },
    meaning: "The number of securities of this class owned in this way at the end of the issuer's fiscal year.",
    form: {
      I: ['Instructions 3 and 4 (cited in the column heading as Instr. 3 and 4)'],
      II: ['Instruction 4 (cited in the column heading as Instr. 4)'],
    },
  },
  valueOwnedFollowingTransaction: {
    label: {
      I: "Table I, column 5: Amount Owned at end of Issuer's Fiscal Year, in US dollars",
      II: "Table II, column 9: Amount Owned at End of Issuer's Fiscal Year, in US dollars",
    },
    meaning:
      "For debt securities: the face amount in US dollars owned at the end of the issuer's fiscal year, instead of a number of securities.",
    form: ['Instruction 3 (class of securities reported: face amount of debt securities in US dollars)'],
  },
  nonDerivativeTable: {
    label: 'Table I: Non-Derivative Securities Acquired, Disposed of, or Beneficially Owned',
    meaning: "The fiscal year's Form 5 items in securities that are not derivatives, and the holdings at its end: at most 30 rows.",
    form: ['Table I, Non-Derivative Securities Acquired, Disposed of, or Beneficially Owned'],
  },
  nonDerivativeTransaction: {
    label: 'Table I row: a transaction',
    meaning: 'One transaction in a non-derivative security: an exempt or deferred Form 5 item, or a Form 4 item reported late.',
    form: ['Table I, Non-Derivative Securities Acquired, Disposed of, or Beneficially Owned'],
  },
  nonDerivativeHolding: {
    label: 'Table I row: a holding without a transaction',
    meaning:
      "A non-derivative holding at the fiscal year's end (columns 1, 5, 6 and 7 only); with transactionFormType 3, one that should have been on a Form 3.",
    form: ['Table I, Non-Derivative Securities Acquired, Disposed of, or Beneficially Owned'],
  },
  derivativeTable: {
    label: 'Table II: Derivative Securities Acquired, Disposed of, or Beneficially Owned',
    meaning: "The fiscal year's Form 5 items in derivative securities, and the holdings at its end: at most 30 rows.",
    form: ['Table II, Derivative Securities Acquired, Disposed of, or Beneficially Owned'],
  },
  derivativeTransaction: {
    label: 'Table II row: a transaction',
    meaning: 'One transaction in a derivative security: an exempt or deferred Form 5 item, or a Form 4 item reported late.',
    form: ['Table II, Derivative Securities Acquired, Disposed of, or Beneficially Owned'],
  },
  derivativeHolding: {
    label: 'Table II row: a holding without a transaction',
    meaning:
      "A derivative holding at the fiscal year's end (columns 1, 2, 6, 7, 9, 10 and 11 only); with transactionFormType 3, one that should have been on a Form 3.",
    form: ['Table II, Derivative Securities Acquired, Disposed of, or Beneficially Owned'],
  },
  transactionDate: {
    label: { I: 'Table I, column 2: Transaction Date', II: 'Table II, column 3: Transaction Date' },
    meaning: 'The day the transaction was executed: within the fiscal year the Form 5 covers, unless it is a late item of an earlier year.',
    form: { I: ['Table I, column 2, Transaction Date (Month/Day/Year)'], II: ['Table II, column 3, Transaction Date (Month/Day/Year)'] },
  },
  deemedExecutionDate: {
    label: { I: 'Table I, column 2A: Deemed Execution Date, if any', II: 'Table II, column 3A: Deemed Execution Date, if any' },
    meaning:
      'For Rule 10b5-1(c) plan trades and Rule 16b-3(f) discretionary transactions whose date the reporting person did not choose: the date Rule 16a-3(g) deems the transaction executed.',
    form: {
      I: ['Table I, column 2A, Deemed Execution Date, if any (Month/Day/Year)'],
      II: ['Table II, column 3A, Deemed Execution Date, if any (Month/Day/Year)'],
    },
  },
};
