/**
 * A complete Form 4 in EDGAR XML whose every value is a named slot, for renderer tests: defaults give a clean modern
 * filing with one Table I transaction, one Table I holding, one Table II transaction and one Table II holding;
 * `fixtureXml({ remarks: '<script>' })` replaces a slot (the value is XML-escaped, so it reaches the model as given).
 */
export const fixtureDefaults = {
  documentType: '4',
  periodOfReport: '2026-11-23',
  dateOfOriginalSubmission: '2026-11-20',
  notSubjectToSection16: '0',
  issuerCik: '0001999999',
  issuerName: 'Example Robotics, Inc.',
  issuerTradingSymbol: 'EXRB',
  ownerCik: '0001888888',
  ownerCcc: 'x7#secret',
  ownerName: 'Smith Jordan A',
  ownerStreet1: '100 Example Way',
  ownerStreet2: 'Suite 5',
  ownerCity: 'Palo Alto',
  ownerState: 'CA',
  ownerZipCode: '94301',
  ownerStateDescription: 'California',
  isDirector: '1',
  isOfficer: '1',
  isTenPercentOwner: '0',
  isOther: '1',
  officerTitle: 'Chief Financial Officer',
  otherText: 'Trustee of a holder',
  aff10b5One: '1',
  t1Title: 'Common Stock',
  t1Date: '2026-11-23',
  t1Deemed: '2026-11-24',
  t1FormType: '4',
  t1Code: 'S',
  t1Timeliness: 'E',
  t1Shares: '1234567.5',
  t1Price: '48.1234',
  t1AcquiredDisposed: 'D',
  t1Owned: '50000',
  t1DirectOrIndirect: 'D',
  t1Nature: 'Directly held',
  h1Title: 'Common Stock',
  h1Owned: '12000',
  h1DirectOrIndirect: 'I',
  h1Nature: 'By Family Trust',
  t2Title: 'Stock Option (right to buy)',
  t2ConversionPrice: '12.50',
  t2Date: '2026-11-23',
  t2Deemed: '2026-11-25',
  t2FormType: '4',
  t2Code: 'M',
  t2Shares: '10000',
  t2Price: '0',
  t2AcquiredDisposed: 'D',
  t2ExpirationDate: '2033-01-15',
  t2UnderlyingTitle: 'Common Stock',
  t2UnderlyingShares: '10000',
  t2Owned: '30000',
  t2DirectOrIndirect: 'D',
  t2Nature: 'Held directly',
  h2Title: 'Restricted Stock Units',
  h2ExerciseDate: '2027-01-01',
  h2UnderlyingTitle: 'Class A Common Stock',
  h2UnderlyingValue: '2500.75',
  h2OwnedValue: '1000000',
  h2DirectOrIndirect: 'I',
  h2Nature: 'By spouse',
  footnoteId: 'F1',
  footnoteText: 'The option vests in four equal annual installments.',
  footnote2Id: 'F2',
  footnote2Text: 'Weighted average price.',
  remarks: 'Exhibit 24 - Power of Attorney',
  signatureName: '/s/ Jordan A. Smith',
  signatureDate: '2026-11-24',
};

export type FixtureSlots = typeof fixtureDefaults;
export type FixtureSlot = keyof FixtureSlots;
export const fixtureSlots = Object.keys(fixtureDefaults) as FixtureSlot[];

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function fixtureXml(overrides: Partial<FixtureSlots> = {}): string {
  const v = { ...fixtureDefaults, ...overrides };
  const x = (slot: FixtureSlot) => escapeXml(v[slot]);
  const val = (name: string, slot: FixtureSlot, footnote?: FixtureSlot) =>
    `<${name}><value>${x(slot)}</value>${footnote ? `<footnoteId id="${x(footnote)}"/>` : ''}</${name}>`;
  return `<?xml version="1.0"?>
<ownershipDocument>
  <schemaVersion>X0609</schemaVersion>
  <documentType>${x('documentType')}</documentType>
  <periodOfReport>${x('periodOfReport')}</periodOfReport>
  <dateOfOriginalSubmission>${x('dateOfOriginalSubmission')}</dateOfOriginalSubmission>
  <notSubjectToSection16>${x('notSubjectToSection16')}</notSubjectToSection16>
  <issuer>
    <issuerCik>${x('issuerCik')}</issuerCik>
    <issuerName>${x('issuerName')}</issuerName>
    <issuerTradingSymbol>${x('issuerTradingSymbol')}</issuerTradingSymbol>
  </issuer>
  <reportingOwner>
    <reportingOwnerId>
      <rptOwnerCik>${x('ownerCik')}</rptOwnerCik>
      <rptOwnerCcc>${x('ownerCcc')}</rptOwnerCcc>
      <rptOwnerName>${x('ownerName')}</rptOwnerName>
    </reportingOwnerId>
    <reportingOwnerAddress>
      <rptOwnerStreet1>${x('ownerStreet1')}</rptOwnerStreet1>
      <rptOwnerStreet2>${x('ownerStreet2')}</rptOwnerStreet2>
      <rptOwnerCity>${x('ownerCity')}</rptOwnerCity>
      <rptOwnerState>${x('ownerState')}</rptOwnerState>
      <rptOwnerZipCode>${x('ownerZipCode')}</rptOwnerZipCode>
      <rptOwnerStateDescription>${x('ownerStateDescription')}</rptOwnerStateDescription>
    </reportingOwnerAddress>
    <reportingOwnerRelationship>
      <isDirector>${x('isDirector')}</isDirector>
      <isOfficer>${x('isOfficer')}</isOfficer>
      <isTenPercentOwner>${x('isTenPercentOwner')}</isTenPercentOwner>
      <isOther>${x('isOther')}</isOther>
      <officerTitle>${x('officerTitle')}</officerTitle>
      <otherText>${x('otherText')}</otherText>
    </reportingOwnerRelationship>
  </reportingOwner>
  <aff10b5One>${x('aff10b5One')}</aff10b5One>
  <nonDerivativeTable>
    <nonDerivativeTransaction>
      ${val('securityTitle', 't1Title')}
      ${val('transactionDate', 't1Date')}
      ${val('deemedExecutionDate', 't1Deemed')}
      <transactionCoding>
        <transactionFormType>${x('t1FormType')}</transactionFormType>
        <transactionCode>${x('t1Code')}</transactionCode>
        <equitySwapInvolved>0</equitySwapInvolved>
      </transactionCoding>
      ${val('transactionTimeliness', 't1Timeliness')}
      <transactionAmounts>
        ${val('transactionShares', 't1Shares')}
        ${val('transactionPricePerShare', 't1Price', 'footnote2Id')}
        ${val('transactionAcquiredDisposedCode', 't1AcquiredDisposed')}
      </transactionAmounts>
      <postTransactionAmounts>${val('sharesOwnedFollowingTransaction', 't1Owned')}</postTransactionAmounts>
      <ownershipNature>
        ${val('directOrIndirectOwnership', 't1DirectOrIndirect')}
        ${val('natureOfOwnership', 't1Nature')}
      </ownershipNature>
    </nonDerivativeTransaction>
    <nonDerivativeHolding>
      ${val('securityTitle', 'h1Title')}
      <postTransactionAmounts>${val('sharesOwnedFollowingTransaction', 'h1Owned')}</postTransactionAmounts>
      <ownershipNature>
        ${val('directOrIndirectOwnership', 'h1DirectOrIndirect')}
        ${val('natureOfOwnership', 'h1Nature', 'footnoteId')}
      </ownershipNature>
    </nonDerivativeHolding>
  </nonDerivativeTable>
  <derivativeTable>
    <derivativeTransaction>
      ${val('securityTitle', 't2Title')}
      ${val('conversionOrExercisePrice', 't2ConversionPrice')}
      ${val('transactionDate', 't2Date')}
      ${val('deemedExecutionDate', 't2Deemed')}
      <transactionCoding>
        <transactionFormType>${x('t2FormType')}</transactionFormType>
        <transactionCode>${x('t2Code')}</transactionCode>
        <equitySwapInvolved>0</equitySwapInvolved>
      </transactionCoding>
      <transactionAmounts>
        ${val('transactionShares', 't2Shares')}
        ${val('transactionPricePerShare', 't2Price')}
        ${val('transactionAcquiredDisposedCode', 't2AcquiredDisposed')}
      </transactionAmounts>
      <exerciseDate><footnoteId id="${x('footnoteId')}"/></exerciseDate>
      ${val('expirationDate', 't2ExpirationDate')}
      <underlyingSecurity>
        ${val('underlyingSecurityTitle', 't2UnderlyingTitle')}
        ${val('underlyingSecurityShares', 't2UnderlyingShares')}
      </underlyingSecurity>
      <postTransactionAmounts>${val('sharesOwnedFollowingTransaction', 't2Owned')}</postTransactionAmounts>
      <ownershipNature>
        ${val('directOrIndirectOwnership', 't2DirectOrIndirect')}
        ${val('natureOfOwnership', 't2Nature')}
      </ownershipNature>
    </derivativeTransaction>
    <derivativeHolding>
      ${val('securityTitle', 'h2Title')}
      <conversionOrExercisePrice><footnoteId id="${x('footnote2Id')}"/></conversionOrExercisePrice>
      ${val('exerciseDate', 'h2ExerciseDate')}
      <expirationDate><footnoteId id="${x('footnoteId')}"/></expirationDate>
      <underlyingSecurity>
        ${val('underlyingSecurityTitle', 'h2UnderlyingTitle')}
        ${val('underlyingSecurityValue', 'h2UnderlyingValue')}
      </underlyingSecurity>
      <postTransactionAmounts>${val('valueOwnedFollowingTransaction', 'h2OwnedValue')}</postTransactionAmounts>
      <ownershipNature>
        ${val('directOrIndirectOwnership', 'h2DirectOrIndirect')}
        ${val('natureOfOwnership', 'h2Nature')}
      </ownershipNature>
    </derivativeHolding>
  </derivativeTable>
  <footnotes>
    <footnote id="${x('footnoteId')}">${x('footnoteText')}</footnote>
    <footnote id="${x('footnote2Id')}">${x('footnote2Text')}</footnote>
  </footnotes>
  <remarks>${x('remarks')}</remarks>
  <ownerSignature>
    <signatureName>${x('signatureName')}</signatureName>
    <signatureDate>${x('signatureDate')}</signatureDate>
  </ownerSignature>
</ownershipDocument>
`;
}
