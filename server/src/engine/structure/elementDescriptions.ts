/**
 * What each element of a Form 4 means, with its label on the paper form (box or table column), in a sentence or two.
 * The JSON Schema of the draft format carries these as descriptions (editors show them on hover and in completion);
 * they serve hovers on XML too. Cells of Tables I and II share element names but not column numbers, so those
 * descriptions depend on the table.
 */

export type FormTable = 'I' | 'II';

type Description = string | ((table: FormTable) => string);

/** "Table I, column 4" or "Table II, column 5", for cells whose column differs by table. */
function column(i: string, ii: string, text: string): (table: FormTable) => string {
  return (table) => `Table ${table}, column ${table === 'I' ? i : ii}: ${text}`;
}

const descriptions: Readonly<Record<string, Description>> = {
  // ---- document --------------------------------------------------------------------------------------------------
  schemaVersion: 'Version of the EDGAR ownership XML schema the filing follows, such as X0609 (filing software usually writes it).',
  documentType: 'The form: 4 for a Form 4, 4/A for an amendment to one.',
  periodOfReport: 'Box 3: Date of earliest transaction required to be reported (YYYY-MM-DD).',
  dateOfOriginalSubmission: 'Box 4 (Form 4/A only): If amendment, date the original was filed (YYYY-MM-DD).',
  notSubjectToSection16:
    'Box at the top of the form: checked (true or 1) if the person is no longer subject to Section 16 and obligations may continue (General Instruction 1(b)).',
  aff10b5One:
    'Rule 10b5-1(c) checkbox: true (or 1) if a transaction reported here was made under a contract, instruction or written plan intended to satisfy the affirmative defense of Rule 10b5-1(c).',
  remarks: 'Remarks at the foot of the form: free text, at most 2,000 characters.',
  footnotes: 'Explanation of Responses: the footnotes, by id (F1, F2, ...). Cells and codings refer to them with `footnotes: [F1]`.',
  footnote: 'One footnote of the Explanation of Responses; its id (F1 to F99) is how cells refer to it.',
  footnoteId: 'A reference to a footnote of the Explanation of Responses, by its id (F1 to F99).',
  value: 'The cell\'s value (in a draft usually written straight after the key, as in `transactionShares: 1500`).',

  // ---- issuer ----------------------------------------------------------------------------------------------------
  issuer: 'Box 2: Issuer Name and Ticker or Trading Symbol.',
  issuerCik: 'The issuer\'s Central Index Key at the SEC: 1 to 10 digits (leading zeros are kept).',
  issuerName: 'Box 2: Issuer Name.',
  issuerTradingSymbol: 'Box 2: Ticker or Trading Symbol of the issuer (1 to 10 characters).',
  issuerForeignTradingSymbol: 'Trading symbol on a foreign exchange, for issuers that have one (schema X0508 and later).',

  // ---- reporting owners ------------------------------------------------------------------------------------------
  reportingOwner: 'Box 1 and Box 5: a reporting person (1 to 10 of them): identity, address and relationship to the issuer.',
  reportingOwnerId: 'Box 1: the reporting person\'s SEC identity.',
  rptOwnerCik: 'The reporting person\'s Central Index Key at the SEC: 1 to 10 digits (leading zeros are kept).',
  rptOwnerCcc: 'The reporting person\'s CIK Confirmation Code (8 characters); filing software may leave it out.',
  rptOwnerName: 'Box 1: Name of Reporting Person (Last, First, Middle).',
  reportingOwnerAddress: 'Box 1: the reporting person\'s address.',
  rptOwnerNonUSAddressFlag: 'True (or 1) if the address is outside the United States (schema X0508 and later).',
  rptOwnerStreet1: 'Box 1: Street, first line.',
  rptOwnerStreet2: 'Box 1: Street, second line.',
  rptOwnerCity: 'Box 1: City.',
  rptOwnerState: 'Box 1: State: the two-letter EDGAR code of a US state or territory (or blank).',
  rptOwnerNonUSStateTerritory: 'State, province or territory of an address outside the United States.',
  rptOwnerCountry: 'Country of an address outside the United States: a two-letter code.',
  rptOwnerZipCode: 'Box 1: Zip code (letters, digits, spaces, # and -; at most 10).',
  rptOwnerStateDescription: 'Description of the state or country, for codes that need one.',
  rptOwnerGoodAddress: 'Whether EDGAR holds a good address for the reporting person.',
  reportingOwnerRelationship: 'Box 5: Relationship of Reporting Person(s) to Issuer (check all applicable).',
  isDirector: 'Box 5: Director. True (or 1) if the reporting person is a director of the issuer.',
  isOfficer: 'Box 5: Officer (give title below). True (or 1) if the reporting person is an officer of the issuer.',
  isTenPercentOwner: 'Box 5: 10% Owner. True (or 1) if the reporting person owns more than 10% of a class of the issuer\'s equity.',
  isOther: 'Box 5: Other (specify below). True (or 1) for another relationship, described in otherText.',
  officerTitle: 'Box 5: the officer\'s title, when isOfficer is checked (at most 30 characters).',
  otherText: 'Box 5: the other relationship, when isOther is checked (at most 30 characters).',

  // ---- tables ----------------------------------------------------------------------------------------------------
  nonDerivativeTable:
    'Table I: Non-Derivative Securities Acquired, Disposed of, or Beneficially Owned. A list of rows, each `- nonDerivativeTransaction:` or `- nonDerivativeHolding:`, in the order of the form (up to 30).',
  derivativeTable:
    'Table II: Derivative Securities Acquired, Disposed of, or Beneficially Owned (e.g., puts, calls, warrants, options, convertible securities). A list of rows, each `- derivativeTransaction:` or `- derivativeHolding:` (up to 30).',
  nonDerivativeTransaction: 'A row of Table I reporting a transaction in a non-derivative security.',
  nonDerivativeHolding: 'A row of Table I reporting a non-derivative security held, with no transaction reported.',
  derivativeTransaction: 'A row of Table II reporting a transaction in a derivative security.',
  derivativeHolding: 'A row of Table II reporting a derivative security held, with no transaction reported.',
  securityTitle: (table) =>
    table === 'I' ? 'Table I, column 1: Title of Security (Instr. 3).' : 'Table II, column 1: Title of Derivative Security (Instr. 3).',
  conversionOrExercisePrice: 'Table II, column 2: Conversion or Exercise Price of Derivative Security (a footnote may stand in for it).',
  transactionDate: column('2', '3', 'Transaction Date (YYYY-MM-DD).'),
  deemedExecutionDate: column('2A', '3A', 'Deemed Execution Date, if any (YYYY-MM-DD); may be left empty.'),
  transactionCoding: column('3', '4', 'Transaction Code (Instr. 8): the form type, the code, the equity swap flag and footnotes.'),
  transactionFormType: 'The form the transaction is coded for: 4 on a Form 4.',
  transactionCode: 'Transaction Code (Instr. 8): one letter saying what kind of transaction this is.',
  equitySwapInvolved: 'True (or 1) if the transaction involved an equity swap or similar instrument (the paper form\'s code K).',
  transactionTimeliness: column('3', '4', 'V: E if the transaction is voluntarily reported early, L if reported late; empty otherwise.'),
  transactionAmounts: (table) =>
    table === 'I'
      ? 'Table I, column 4: Securities Acquired (A) or Disposed of (D): amount, (A) or (D), and price.'
      : 'Table II, columns 5 and 8: Number of Derivative Securities Acquired (A) or Disposed of (D), and the Price of Derivative Security.',
  transactionShares: (table) =>
    table === 'I'
      ? 'Table I, column 4: Amount of securities acquired (A) or disposed of (D).'
      : 'Table II, column 5: Number of derivative securities acquired (A) or disposed of (D).',
  transactionTotalValue: 'Table II, column 5: the total value acquired or disposed of, for a derivative security reported by value rather than by number.',
  transactionPricePerShare: (table) =>
    table === 'I'
      ? 'Table I, column 4: Price per share (a footnote may stand in for it, e.g. a weighted-average price with its range).'
      : 'Table II, column 8: Price of Derivative Security (Instr. 5) (a footnote may stand in for it).',
  transactionAcquiredDisposedCode: column('4', '5', '(A) or (D): A if the securities were acquired, D if disposed of.'),
  exerciseDate: 'Table II, column 6: Date Exercisable (YYYY-MM-DD), or a footnote (e.g. a vesting schedule).',
  expirationDate: 'Table II, column 6: Expiration Date (YYYY-MM-DD), or a footnote.',
  underlyingSecurity: 'Table II, column 7: Title and Amount of Securities Underlying Derivative Security (Instr. 3 and 4).',
  underlyingSecurityTitle: 'Table II, column 7: Title of the underlying security.',
  underlyingSecurityShares: 'Table II, column 7: Amount or Number of Shares of the underlying security.',
  underlyingSecurityValue: 'Table II, column 7: value of the underlying security, for one reported by value rather than by number.',
  postTransactionAmounts: column('5', '9', 'Amount of securities beneficially owned following the reported transaction(s) (Instr. 3 and 4).'),
  sharesOwnedFollowingTransaction: column('5', '9', 'Amount of securities beneficially owned following the reported transaction(s).'),
  valueOwnedFollowingTransaction: column('5', '9', 'Value owned following the reported transaction(s), for securities reported by value.'),
  ownershipNature: column('6 and 7', '10 and 11', 'Ownership Form (direct or indirect) and the nature of indirect ownership.'),
  directOrIndirectOwnership: column('6', '10', 'Ownership Form: Direct (D) or Indirect (I) (Instr. 4).'),
  natureOfOwnership: column('7', '11', 'Nature of Indirect Beneficial Ownership (Instr. 4), e.g. "By Trust"; for indirect ownership.'),

  // ---- signature -------------------------------------------------------------------------------------------------
  ownerSignature: 'Signature of Reporting Person (one per signer, 1 to 10).',
  signatureName: 'Signature of Reporting Person: the name as signed, e.g. "/s/ Jane Doe, Attorney-in-Fact".',
  signatureDate: 'Date of the signature (YYYY-MM-DD).',
};

/** The element's meaning and form label; `table` picks the column for cells of Tables I and II (Table I if unset). */
export function describeElement(name: string, table?: FormTable): string | undefined {
  const description = descriptions[name];
  return typeof description === 'function' ? description(table ?? 'I') : description;
}

/** Meanings of the values of enumerated elements, for completion lists and hovers. */
export const valueMeanings: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  documentType: { '4': 'Form 4: Statement of Changes in Beneficial Ownership', '4/A': 'Form 4/A: amendment to a Form 4' },
  transactionFormType: { '4': 'Reported on Form 4', '5': 'Reported on Form 5 (not on a Form 4)' },
  transactionAcquiredDisposedCode: { A: 'Acquired', D: 'Disposed of' },
  directOrIndirectOwnership: { D: 'Direct ownership', I: 'Indirect ownership (say how in natureOfOwnership)' },
  transactionTimeliness: { '': 'Reported on time', E: 'Voluntarily reported early', L: 'Reported late' },
};
