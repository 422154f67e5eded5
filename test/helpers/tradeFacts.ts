/**
 * The facts of one trade as a filer knows them, by the field of a new draft they fill: what the snippet tests
 * (test/unit/language/snippets.test.ts) and the from-scratch end-to-end run (test/e2e/scenarios/fromScratch.ts) type
 * at each tab stop. The dates are the caller's (a fixed day in the unit test, today in the editor).
 */
export const tradeFacts = {
  rptOwnerName: 'Doe Jane',
  rptOwnerCik: '0001234567',
  rptOwnerStreet1: '1 Main Street',
  rptOwnerCity: 'Springfield',
  rptOwnerState: 'IL',
  rptOwnerZipCode: '62701',
  isDirector: '1',
  isOfficer: '0',
  isTenPercentOwner: '0',
  isOther: '0',
  issuerName: 'Example Corp',
  issuerCik: '0000123456',
  issuerTradingSymbol: 'EXMP',
  securityTitle: 'Common Stock',
  transactionCode: 'P',
  transactionShares: '1000',
  transactionAcquiredDisposedCode: 'A',
  transactionPricePerShare: '10.50',
  sharesOwnedFollowingTransaction: '9000',
  directOrIndirectOwnership: 'D',
  aff10b5One: '0',
  footnote: 'Bought in the open market through a broker.',
  remarks: 'None.',
  signatureName: '/s/ Jane Doe',
} as const;
