/**
 * A small Form 4 with one of each problem the quick fixes repair, in XML and as a YAML draft:
 * - periodOfReport 2024-03-12, but the earliest transaction is 2024-03-11 (document/period-of-report);
 * - no aff10b5One on a 2024 form declaring X0508 (schema/missing-element, with the box's two fixes);
 * - row 2 is a sale (S) coded A (code/direction), row 3's amount owned does not follow row 2 (holdings/running-balance);
 * - row 3 cites footnote F3, which is not defined (footnote/undefined);
 * - signed 2024-03-18, after every row's two-business-day deadline (date/deadline).
 * Table II holds the option exercise that row 1 receives the shares of.
 */
import { analyze, makeDate, type AnalyzedDocument } from '../../../server/src/engine/index';

export const checkDay = makeDate(2024, 3, 20);

export const form4Xml = `<?xml version="1.0"?>
<ownershipDocument>
    <schemaVersion>X0508</schemaVersion>
    <documentType>4</documentType>
    <periodOfReport>2024-03-12</periodOfReport>
    <issuer>
        <issuerCik>0000320193</issuerCik>
        <issuerName>Example Corp</issuerName>
        <issuerTradingSymbol>EXMP</issuerTradingSymbol>
    </issuer>
    <reportingOwner>
        <reportingOwnerId>
            <rptOwnerCik>0001234567</rptOwnerCik>
            <rptOwnerName>Doe Jane</rptOwnerName>
        </reportingOwnerId>
        <reportingOwnerRelationship>
            <isOfficer>1</isOfficer>
            <officerTitle>Chief Financial Officer</officerTitle>
        </reportingOwnerRelationship>
    </reportingOwner>
    <nonDerivativeTable>
        <nonDerivativeTransaction>
            <securityTitle>
                <value>Common Stock</value>
            </securityTitle>
            <transactionDate>
                <value>2024-03-11</value>
            </transactionDate>
            <transactionCoding>
                <transactionFormType>4</transactionFormType>
                <transactionCode>M</transactionCode>
                <equitySwapInvolved>0</equitySwapInvolved>
            </transactionCoding>
            <transactionAmounts>
                <transactionShares>
                    <value>1000</value>
                </transactionShares>
                <transactionPricePerShare>
                    <value>10</value>
                </transactionPricePerShare>
                <transactionAcquiredDisposedCode>
                    <value>A</value>
                </transactionAcquiredDisposedCode>
            </transactionAmounts>
            <postTransactionAmounts>
                <sharesOwnedFollowingTransaction>
                    <value>11000</value>
                </sharesOwnedFollowingTransaction>
            </postTransactionAmounts>
            <ownershipNature>
                <directOrIndirectOwnership>
                    <value>D</value>
                </directOrIndirectOwnership>
            </ownershipNature>
        </nonDerivativeTransaction>
        <nonDerivativeTransaction>
            <securityTitle>
                <value>Common Stock</value>
            </securityTitle>
            <transactionDate>
                <value>2024-03-11</value>
            </transactionDate>
            <transactionCoding>
                <transactionFormType>4</transactionFormType>
                <transactionCode>S</transactionCode>
                <equitySwapInvolved>0</equitySwapInvolved>
            </transactionCoding>
            <transactionAmounts>
                <transactionShares>
                    <value>1500</value>
                </transactionShares>
                <transactionPricePerShare>
                    <value>25.5</value>
                    <footnoteId id="F1"/>
                </transactionPricePerShare>
                <transactionAcquiredDisposedCode>
                    <value>A</value>
                </transactionAcquiredDisposedCode>
            </transactionAmounts>
            <postTransactionAmounts>
                <sharesOwnedFollowingTransaction>
                    <value>9500</value>
                </sharesOwnedFollowingTransaction>
            </postTransactionAmounts>
            <ownershipNature>
                <directOrIndirectOwnership>
                    <value>D</value>
                </directOrIndirectOwnership>
            </ownershipNature>
        </nonDerivativeTransaction>
        <nonDerivativeTransaction>
            <securityTitle>
                <value>Common Stock</value>
            </securityTitle>
            <transactionDate>
                <value>2024-03-12</value>
            </transactionDate>
            <transactionCoding>
                <transactionFormType>4</transactionFormType>
                <transactionCode>S</transactionCode>
                <equitySwapInvolved>0</equitySwapInvolved>
            </transactionCoding>
            <transactionAmounts>
                <transactionShares>
                    <value>500</value>
                </transactionShares>
                <transactionPricePerShare>
                    <value>26</value>
                    <footnoteId id="F3"/>
                </transactionPricePerShare>
                <transactionAcquiredDisposedCode>
                    <value>D</value>
                </transactionAcquiredDisposedCode>
            </transactionAmounts>
            <postTransactionAmounts>
                <sharesOwnedFollowingTransaction>
                    <value>8500</value>
                </sharesOwnedFollowingTransaction>
            </postTransactionAmounts>
            <ownershipNature>
                <directOrIndirectOwnership>
                    <value>D</value>
                </directOrIndirectOwnership>
            </ownershipNature>
        </nonDerivativeTransaction>
    </nonDerivativeTable>
    <derivativeTable>
        <derivativeTransaction>
            <securityTitle>
                <value>Stock Option (Right to Buy)</value>
            </securityTitle>
            <conversionOrExercisePrice>
                <value>10</value>
            </conversionOrExercisePrice>
            <transactionDate>
                <value>2024-03-11</value>
            </transactionDate>
            <transactionCoding>
                <transactionFormType>4</transactionFormType>
                <transactionCode>M</transactionCode>
                <equitySwapInvolved>0</equitySwapInvolved>
            </transactionCoding>
            <transactionAmounts>
                <transactionShares>
                    <value>1000</value>
                </transactionShares>
                <transactionPricePerShare>
                    <value>0</value>
                </transactionPricePerShare>
                <transactionAcquiredDisposedCode>
                    <value>D</value>
                </transactionAcquiredDisposedCode>
            </transactionAmounts>
            <exerciseDate>
                <value>2020-01-01</value>
            </exerciseDate>
            <expirationDate>
                <value>2030-01-01</value>
            </expirationDate>
            <underlyingSecurity>
                <underlyingSecurityTitle>
                    <value>Common Stock</value>
                </underlyingSecurityTitle>
                <underlyingSecurityShares>
                    <value>1000</value>
                </underlyingSecurityShares>
            </underlyingSecurity>
            <postTransactionAmounts>
                <sharesOwnedFollowingTransaction>
                    <value>4000</value>
                </sharesOwnedFollowingTransaction>
            </postTransactionAmounts>
            <ownershipNature>
                <directOrIndirectOwnership>
                    <value>D</value>
                </directOrIndirectOwnership>
            </ownershipNature>
        </derivativeTransaction>
    </derivativeTable>
    <footnotes>
        <footnote id="F1">The price is a weighted average of sales between $25.10 and $25.90; full details on request.</footnote>
    </footnotes>
    <ownerSignature>
        <signatureName>/s/ Jane Doe</signatureName>
        <signatureDate>2024-03-18</signatureDate>
    </ownerSignature>
</ownershipDocument>
`;

/** The same filing as a YAML draft, written as a person would (the flow style for the coding, quoted CIKs). */
export const form4Yaml = `schemaVersion: X0508
documentType: 4
periodOfReport: 2024-03-12
issuer:
  issuerCik: "0000320193"
  issuerName: Example Corp
  issuerTradingSymbol: EXMP
reportingOwner:
  - reportingOwnerId:
      rptOwnerCik: "0001234567"
      rptOwnerName: Doe Jane
    reportingOwnerRelationship:
      isOfficer: 1
      officerTitle: Chief Financial Officer
nonDerivativeTable:
  - nonDerivativeTransaction:
      securityTitle: Common Stock
      transactionDate: 2024-03-11
      transactionCoding: {transactionFormType: 4, transactionCode: M, equitySwapInvolved: 0}
      transactionAmounts:
        transactionShares: 1000
        transactionPricePerShare: 10
        transactionAcquiredDisposedCode: A
      postTransactionAmounts:
        sharesOwnedFollowingTransaction: 11000
      ownershipNature:
        directOrIndirectOwnership: D
  - nonDerivativeTransaction:
      securityTitle: Common Stock
      transactionDate: 2024-03-11
      transactionCoding: {transactionFormType: 4, transactionCode: S, equitySwapInvolved: 0}
      transactionAmounts:
        transactionShares: 1500
        transactionPricePerShare: {value: 25.5, footnotes: [F1]}
        transactionAcquiredDisposedCode: 'A'
      postTransactionAmounts:
        sharesOwnedFollowingTransaction: 9500
      ownershipNature:
        directOrIndirectOwnership: D
  - nonDerivativeTransaction:
      securityTitle: Common Stock
      transactionDate: 2024-03-12  # the last trade
      transactionCoding: {transactionFormType: 4, transactionCode: S, equitySwapInvolved: 0}
      transactionAmounts:
        transactionShares: 500
        transactionPricePerShare:
          value: 26
          footnotes: [F3]
        transactionAcquiredDisposedCode: D
      postTransactionAmounts:
        sharesOwnedFollowingTransaction: "8500"
      ownershipNature:
        directOrIndirectOwnership: D
derivativeTable:
  - derivativeTransaction:
      securityTitle: Stock Option (Right to Buy)
      conversionOrExercisePrice: 10
      transactionDate: 2024-03-11
      transactionCoding: {transactionFormType: 4, transactionCode: M, equitySwapInvolved: 0}
      transactionAmounts:
        transactionShares: 1000
        transactionPricePerShare: 0
        transactionAcquiredDisposedCode: D
      exerciseDate: 2020-01-01
      expirationDate: 2030-01-01
      underlyingSecurity:
        underlyingSecurityTitle: Common Stock
        underlyingSecurityShares: 1000
      postTransactionAmounts:
        sharesOwnedFollowingTransaction: 4000
      ownershipNature:
        directOrIndirectOwnership: D
footnotes:
  F1: The price is a weighted average of sales between $25.10 and $25.90; full details on request.
ownerSignature:
  - signatureName: /s/ Jane Doe
    signatureDate: 2024-03-18
`;

export function analyzed(format: 'xml' | 'yaml'): AnalyzedDocument {
  return analyze(format === 'xml' ? form4Xml : form4Yaml, format);
}

/** The offset of the `n`th (0-based) occurrence of `needle`, plus `delta`; fails the test when it is missing. */
export function offsetOf(text: string, needle: string, delta = 0, n = 0): number {
  let at = -1;
  for (let i = 0; i <= n; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" (occurrence ${n}) is not in the text`);
  }
  return at + delta;
}
