import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Finding } from '../../../server/src/engine/findings';
import { readXml } from '../../../server/src/engine/read/xml';
import { checkStructure } from '../../../server/src/engine/structure/check';
import { compileContent, longestOrderedRun } from '../../../server/src/engine/structure/contentModel';
import { documentSchemas, type DocumentKind, type GroupParticle, type TypeDef } from '../../../server/src/engine/structure/schema';
import { marked } from '../../helpers/markers';

/** A small but complete Form 4 that XML Schema (and xmllint) accept: every test starts from it. */
const base = `<?xml version="1.0"?>
<ownershipDocument>
  <schemaVersion>X0609</schemaVersion>
  <documentType>4</documentType>
  <periodOfReport>2024-03-15</periodOfReport>
  <issuer>
    <issuerCik>0000320193</issuerCik>
    <issuerName>Apple Inc.</issuerName>
    <issuerTradingSymbol>AAPL</issuerTradingSymbol>
  </issuer>
  <reportingOwner>
    <reportingOwnerId>
      <rptOwnerCik>0001462356</rptOwnerCik>
      <rptOwnerName>Adams Katherine L.</rptOwnerName>
    </reportingOwnerId>
    <reportingOwnerAddress>
      <rptOwnerStreet1>ONE APPLE PARK WAY</rptOwnerStreet1>
      <rptOwnerCity>CUPERTINO</rptOwnerCity>
      <rptOwnerState>CA</rptOwnerState>
      <rptOwnerZipCode>95014</rptOwnerZipCode>
    </reportingOwnerAddress>
    <reportingOwnerRelationship>
      <isOfficer>1</isOfficer>
      <officerTitle>SVP, GC and Secretary</officerTitle>
    </reportingOwnerRelationship>
  </reportingOwner>
  <aff10b5One>0</aff10b5One>
  <nonDerivativeTable>
    <nonDerivativeTransaction>
      <securityTitle><value>Common Stock</value></securityTitle>
      <transactionDate><value>2024-03-15</value></transactionDate>
      <deemedExecutionDate></deemedExecutionDate>
      <transactionCoding>
        <transactionFormType>4</transactionFormType>
        <transactionCode>S</transactionCode>
        <equitySwapInvolved>0</equitySwapInvolved>
        <footnoteId id="F1"/>
      </transactionCoding>
      <transactionTimeliness><value></value></transactionTimeliness>
      <transactionAmounts>
        <transactionShares><value>1500</value></transactionShares>
        <transactionPricePerShare><value>171.25</value></transactionPricePerShare>
        <transactionAcquiredDisposedCode><value>D</value></transactionAcquiredDisposedCode>
      </transactionAmounts>
      <postTransactionAmounts>
        <sharesOwnedFollowingTransaction><value>42000</value></sharesOwnedFollowingTransaction>
      </postTransactionAmounts>
      <ownershipNature>
        <directOrIndirectOwnership><value>D</value></directOrIndirectOwnership>
      </ownershipNature>
    </nonDerivativeTransaction>
  </nonDerivativeTable>
  <derivativeTable>
    <derivativeTransaction>
      <securityTitle><value>Restricted Stock Unit</value></securityTitle>
      <conversionOrExercisePrice><footnoteId id="F2"/></conversionOrExercisePrice>
      <transactionDate><value>2024-03-15</value></transactionDate>
      <transactionCoding>
        <transactionFormType>4</transactionFormType>
        <transactionCode>M</transactionCode>
        <equitySwapInvolved>0</equitySwapInvolved>
      </transactionCoding>
      <transactionAmounts>
        <transactionShares><value>1500</value></transactionShares>
        <transactionPricePerShare><value>0</value></transactionPricePerShare>
        <transactionAcquiredDisposedCode><value>D</value></transactionAcquiredDisposedCode>
      </transactionAmounts>
      <exerciseDate><footnoteId id="F2"/></exerciseDate>
      <expirationDate><footnoteId id="F2"/></expirationDate>
      <underlyingSecurity>
        <underlyingSecurityTitle><value>Common Stock</value></underlyingSecurityTitle>
        <underlyingSecurityShares><value>1500</value></underlyingSecurityShares>
      </underlyingSecurity>
      <postTransactionAmounts>
        <sharesOwnedFollowingTransaction><value>3000</value></sharesOwnedFollowingTransaction>
      </postTransactionAmounts>
      <ownershipNature>
        <directOrIndirectOwnership><value>D</value></directOrIndirectOwnership>
      </ownershipNature>
    </derivativeTransaction>
  </derivativeTable>
  <footnotes>
    <footnote id="F1">Sold under a Rule 10b5-1 plan.</footnote>
    <footnote id="F2">Each unit converts into one share.</footnote>
  </footnotes>
  <remarks></remarks>
  <ownerSignature>
    <signatureName>/s/ Katherine Adams</signatureName>
    <signatureDate>2024-03-18</signatureDate>
  </ownerSignature>
</ownershipDocument>
`;

/** The base document with each `find` (which must occur exactly once) replaced; markers «» go in the replacements. */
function variant(...edits: ReadonlyArray<readonly [find: string, replace: string]>): string {
  let text = base;
  for (const [find, replace] of edits) {
    const at = text.indexOf(find);
    assert.ok(at >= 0 && text.indexOf(find, at + 1) < 0, `test edit must match exactly once: ${find}`);
    text = text.slice(0, at) + replace + text.slice(at + find.length);
  }
  return text;
}

/**
 * The reader's findings a test allows: a prefix never declared is a namespace well-formedness error (xml/syntax, on
 * the same span, which check() shows instead of the schema finding); the structure checker still reports it for
 * trees from YAML drafts, which have no reader to do so.
 */
const undeclaredPrefix = /^The prefix '\w+' of '[\w:]+' is not declared/;

function check(
  source: string,
  kind: DocumentKind = '4',
  readFindingsAllowed?: RegExp,
): { findings: Finding[]; spans: readonly { start: number; end: number }[]; text: string } {
  const { text, spans } = marked(source);
  const read = readXml(text);
  if (readFindingsAllowed)
    assert.ok(read.findings.length > 0 && read.findings.every((f) => readFindingsAllowed.test(f.message)), JSON.stringify(read.findings));
  else assert.deepEqual(read.findings, [], 'the test document must be well-formed');
  assert.ok(read.root);
  return { findings: checkStructure(read.root, documentSchemas[kind]), spans, text };
}

interface Expected {
  readonly rule: string;
  readonly message?: string | RegExp;
}

/** Asserts the findings, in document order, against the rules expected and the marked spans, one for one. */
function expectFindings(source: string, expected: readonly Expected[], kind: DocumentKind = '4', readFindingsAllowed?: RegExp): Finding[] {
  const { findings, spans, text } = check(source, kind, readFindingsAllowed);
  const show = (f: Finding) => `${f.rule} at ${JSON.stringify(text.slice(f.span.start, f.span.end))}: ${f.message}`;
  assert.equal(findings.length, expected.length, `findings:\n${findings.map(show).join('\n')}`);
  assert.equal(spans.length, expected.length, 'one marker per expected finding');
  findings.forEach((finding, i) => {
    assert.equal(finding.rule, expected[i].rule, show(finding));
    assert.equal(finding.severity, 'error');
    assert.deepEqual(
      finding.span,
      spans[i],
      `span of ${show(finding)} should be ${JSON.stringify(text.slice(spans[i].start, spans[i].end))}`,
    );
    const message = expected[i].message;
    if (typeof message === 'string') assert.equal(finding.message, message);
    else if (message) assert.match(finding.message, message);
  });
  return findings;
}

function expectNone(source: string, kind: DocumentKind = '4'): void {
  expectFindings(source, [], kind);
}

/** The base with one element's text replaced. */
function withValue(element: string, from: string, to: string): string {
  return variant([`<${element}>${from}</${element}>`, `<${element}>${to}</${element}>`]);
}

const owner = base.slice(base.indexOf('  <reportingOwner>'), base.indexOf('  </reportingOwner>') + '  </reportingOwner>\n'.length);

describe('checkStructure: the base document', () => {
  it('accepts a complete Form 4', () => expectNone(base));

  it('accepts a Form 4/A with its dateOfOriginalSubmission, and asks for one when it is missing', () => {
    const amended = variant(['<documentType>4</documentType>', '<documentType>4/A</documentType>']);
    expectFindings(
      amended.replace('<ownershipDocument>', '<«ownershipDocument»>'),
      [
        {
          rule: 'schema/missing-element',
          message: 'ownershipDocument is missing dateOfOriginalSubmission (it goes after periodOfReport).',
        },
      ],
      '4/A',
    );
    expectNone(
      amended.replace('</periodOfReport>', '</periodOfReport>\n  <dateOfOriginalSubmission>2024-03-01</dateOfOriginalSubmission>'),
      '4/A',
    );
  });

  it('reports a 4/A document type checked as a Form 4', () => {
    expectFindings(withValue('documentType', '4', '«4/A»'), [
      { rule: 'schema/invalid-value', message: "documentType must be 4 (got '4/A')." },
    ]);
  });
});

describe('checkStructure: content models', () => {
  it('reports a missing required element on the parent, saying where it goes', () => {
    expectFindings(variant(['<issuer>', '<«issuer»>'], ['    <issuerTradingSymbol>AAPL</issuerTradingSymbol>\n', '']), [
      { rule: 'schema/missing-element', message: 'issuer is missing issuerTradingSymbol (it goes after issuerName).' },
    ]);
  });

  it('reports a missing first element as going before the next one', () => {
    expectFindings(variant(['<ownerSignature>\n    <signatureName>/s/ Katherine Adams</signatureName>\n', '<«ownerSignature»>\n']), [
      { rule: 'schema/missing-element', message: 'ownerSignature is missing signatureName (it goes before signatureDate).' },
    ]);
  });

  it('names the options of a missing choice', () => {
    expectFindings(
      variant([
        '      <transactionAmounts>\n        <transactionShares><value>1500</value></transactionShares>\n        <transactionPricePerShare><value>0</value></transactionPricePerShare>',
        '      <«transactionAmounts»>\n        <transactionPricePerShare><value>0</value></transactionPricePerShare>',
      ]),
      [
        {
          rule: 'schema/missing-element',
          message: 'transactionAmounts is missing transactionShares or transactionTotalValue (it goes before transactionPricePerShare).',
        },
      ],
    );
    expectFindings(
      variant([
        '<conversionOrExercisePrice><footnoteId id="F2"/></conversionOrExercisePrice>',
        '<«conversionOrExercisePrice»></conversionOrExercisePrice>',
      ]),
      [{ rule: 'schema/missing-element', message: 'conversionOrExercisePrice is missing value or footnoteId.' }],
    );
  });

  it('accepts an empty optional choice (underlyingSecurity with a title only) and an empty deemedExecutionDate', () => {
    expectNone(variant(['        <underlyingSecurityShares><value>1500</value></underlyingSecurityShares>\n', '']));
    expectNone(variant(['<deemedExecutionDate></deemedExecutionDate>', '<deemedExecutionDate/>']));
  });

  it('reports an element the parent does not declare, suggesting the name it resembles', () => {
    expectFindings(
      variant(
        ['<issuerTradingSymbol>AAPL</issuerTradingSymbol>', '<«issuerTradingSymbl»>AAPL</issuerTradingSymbl>'],
        ['<issuer>', '<«issuer»>'],
      ),
      [
        { rule: 'schema/missing-element', message: 'issuer is missing issuerTradingSymbol (it goes after issuerName).' },
        { rule: 'schema/unexpected-element', message: 'issuer has no element named issuerTradingSymbl: did you mean issuerTradingSymbol?' },
      ],
    );
    expectFindings(variant(['<remarks></remarks>', '<«signature»>x</signature>\n  <remarks></remarks>']), [
      {
        rule: 'schema/unexpected-element',
        message: 'ownershipDocument has no element named signature: remove it, or move it where it belongs.',
      },
    ]);
  });

  it('does not look inside an unknown element', () => {
    expectFindings(variant(['<remarks></remarks>', '<«extra»><value>not a number</value><issuer/></extra>\n  <remarks></remarks>']), [
      { rule: 'schema/unexpected-element' },
    ]);
  });

  it('reports an element out of order on the misplaced element only, not as missing', () => {
    expectFindings(
      variant([
        '      <transactionDate><value>2024-03-15</value></transactionDate>\n      <deemedExecutionDate></deemedExecutionDate>\n',
        '      <deemedExecutionDate></deemedExecutionDate>\n      <«transactionDate»><value>2024-03-15</value></transactionDate>\n',
      ]),
      [{ rule: 'schema/element-order', message: 'transactionDate must come before deemedExecutionDate.' }],
    );
  });

  it('says "after" when the misplaced element comes first', () => {
    expectFindings(
      variant([
        '      <securityTitle><value>Common Stock</value></securityTitle>\n      <transactionDate><value>2024-03-15</value></transactionDate>\n      <deemedExecutionDate></deemedExecutionDate>\n',
        '      <«deemedExecutionDate»></deemedExecutionDate>\n      <securityTitle><value>Common Stock</value></securityTitle>\n      <transactionDate><value>2024-03-15</value></transactionDate>\n',
      ]),
      [{ rule: 'schema/element-order', message: 'deemedExecutionDate must come after transactionDate.' }],
    );
  });

  it('reports one order finding when an element moves far (signature before the tables)', () => {
    const signature =
      '  <ownerSignature>\n    <signatureName>/s/ Katherine Adams</signatureName>\n    <signatureDate>2024-03-18</signatureDate>\n  </ownerSignature>\n';
    expectFindings(
      variant(
        [signature, ''],
        ['  <nonDerivativeTable>\n', signature.replace('<ownerSignature>', '<«ownerSignature»>') + '  <nonDerivativeTable>\n'],
      ),
      [{ rule: 'schema/element-order', message: 'ownerSignature must come after remarks.' }],
    );
  });

  it('checks the content of a misplaced element too', () => {
    expectFindings(
      variant([
        '      <transactionDate><value>2024-03-15</value></transactionDate>\n      <deemedExecutionDate></deemedExecutionDate>\n',
        '      <deemedExecutionDate></deemedExecutionDate>\n      <«transactionDate»><value>«2024-02-30»</value></transactionDate>\n',
      ]),
      [
        { rule: 'schema/element-order' },
        { rule: 'schema/invalid-value', message: "transactionDate must be a real date: February 2024 has 29 days (got '2024-02-30')." },
      ],
    );
  });

  it('reports the first surplus element only: at most 10 reportingOwner elements', () => {
    const eleven = variant([owner, owner.repeat(10) + owner.replace('<reportingOwner>', '<«reportingOwner»>')]);
    expectFindings(eleven, [{ rule: 'schema/too-many', message: 'ownershipDocument takes at most 10 reportingOwner elements.' }]);
    expectNone(variant([owner, owner.repeat(10)]));
    const twelve = variant([owner, owner.repeat(10) + owner.replace('<reportingOwner>', '<«reportingOwner»>') + owner]);
    expectFindings(twelve, [{ rule: 'schema/too-many' }]);
  });

  it('reports a second issuer and a second choice branch as surplus', () => {
    const issuer =
      '  <issuer>\n    <issuerCik>0000320193</issuerCik>\n    <issuerName>Apple Inc.</issuerName>\n    <issuerTradingSymbol>AAPL</issuerTradingSymbol>\n  </issuer>\n';
    expectFindings(variant([issuer, issuer + issuer.replace('<issuer>', '<«issuer»>')]), [
      { rule: 'schema/too-many', message: 'ownershipDocument takes only one issuer: remove this one.' },
    ]);
    expectFindings(
      variant([
        '<sharesOwnedFollowingTransaction><value>42000</value></sharesOwnedFollowingTransaction>',
        '<sharesOwnedFollowingTransaction><value>42000</value></sharesOwnedFollowingTransaction><«valueOwnedFollowingTransaction»><value>1</value></valueOwnedFollowingTransaction>',
      ]),
      [
        {
          rule: 'schema/too-many',
          message:
            'postTransactionAmounts takes only one of sharesOwnedFollowingTransaction or valueOwnedFollowingTransaction: keep sharesOwnedFollowingTransaction or valueOwnedFollowingTransaction.',
        },
      ],
    );
  });

  it('counts a value-or-footnote cell exactly: one choice, then at most 98 more references', () => {
    const footnotes = Array.from({ length: 99 }, (_, i) => `<footnote id="F${i + 1}">n</footnote>`).join('');
    const withFootnotes = (cell: string) =>
      variant(
        [
          '<conversionOrExercisePrice><footnoteId id="F2"/></conversionOrExercisePrice>',
          `<conversionOrExercisePrice>${cell}</conversionOrExercisePrice>`,
        ],
        [
          '<footnote id="F1">Sold under a Rule 10b5-1 plan.</footnote>\n    <footnote id="F2">Each unit converts into one share.</footnote>',
          footnotes,
        ],
      );
    const refs = (n: number) => Array.from({ length: n }, (_, i) => `<footnoteId id="F${i + 1}"/>`).join('');
    expectNone(withFootnotes(refs(99)));
    expectNone(withFootnotes('<value>1</value>' + refs(98)));
    expectFindings(withFootnotes(refs(99) + '<«footnoteId» id="F1"/>'), [
      { rule: 'schema/too-many', message: 'conversionOrExercisePrice takes at most 98 footnoteId elements.' },
    ]);
    expectFindings(withFootnotes('<value>1</value>' + refs(98) + '<«footnoteId» id="F1"/>'), [{ rule: 'schema/too-many' }]);
    expectFindings(withFootnotes('<footnoteId id="F1"/><«value»>1</value>'), [
      { rule: 'schema/element-order', message: 'value must come before footnoteId.' },
    ]);
    expectFindings(withFootnotes('<value>1</value><«value»>2</value>'), [
      { rule: 'schema/too-many', message: 'conversionOrExercisePrice takes only one value: remove this one.' },
    ]);
  });

  it('allows at most 30 rows per table, transactions and holdings mixed', () => {
    const row = base.slice(base.indexOf('    <nonDerivativeTransaction>'), base.indexOf('  </nonDerivativeTable>'));
    const holding =
      '    <nonDerivativeHolding>\n      <securityTitle><value>Common Stock</value></securityTitle>\n      <postTransactionAmounts><sharesOwnedFollowingTransaction><value>5</value></sharesOwnedFollowingTransaction></postTransactionAmounts>\n      <ownershipNature><directOrIndirectOwnership><value>I</value></directOrIndirectOwnership><natureOfOwnership><value>By trust</value></natureOfOwnership></ownershipNature>\n    </nonDerivativeHolding>\n';
    expectNone(variant([row, (row + holding).repeat(15)]));
    expectFindings(variant([row, (row + holding).repeat(15) + holding.replace('<nonDerivativeHolding>', '<«nonDerivativeHolding»>')]), [
      {
        rule: 'schema/too-many',
        message: 'nonDerivativeTable takes at most 30 nonDerivativeTransaction and nonDerivativeHolding elements in all.',
      },
    ]);
  });

  it('reports the root element when it is not ownershipDocument, and nothing inside it', () => {
    expectFindings('<«ownershipDocumnet»><documentType>4</documentType></ownershipDocumnet>', [
      {
        rule: 'schema/unexpected-element',
        message: 'The root element must be ownershipDocument, not ownershipDocumnet: this is not an EDGAR ownership document.',
      },
    ]);
  });

  it('reports an empty document body: every required element missing, once each', () => {
    expectFindings('<««««««ownershipDocument»»»»»»></ownershipDocument>', [
      { rule: 'schema/missing-element', message: 'ownershipDocument is missing documentType.' },
      { rule: 'schema/missing-element', message: 'ownershipDocument is missing periodOfReport.' },
      { rule: 'schema/missing-element', message: 'ownershipDocument is missing issuer.' },
      { rule: 'schema/missing-element', message: 'ownershipDocument is missing reportingOwner.' },
      { rule: 'schema/missing-element', message: 'ownershipDocument is missing aff10b5One.' },
      { rule: 'schema/missing-element', message: 'ownershipDocument is missing ownerSignature.' },
    ]);
  });
});

describe('checkStructure: character content', () => {
  it('reports text in an element that holds elements, on the text', () => {
    expectFindings(
      variant(['<reportingOwnerRelationship>\n      <isOfficer>', '<reportingOwnerRelationship>\n      «officer» <isOfficer>']),
      [{ rule: 'schema/unexpected-text', message: "reportingOwnerRelationship holds elements, not text: remove 'officer'." }],
    );
  });

  it('allows whitespace (also as a character reference) between elements, but not a no-break space', () => {
    expectNone(variant(['<reportingOwnerRelationship>\n', '<reportingOwnerRelationship>&#32;\t\n']));
    expectFindings(
      variant(['<reportingOwnerRelationship>\n      <isOfficer>', '<reportingOwnerRelationship>\n      «\u00a0»<isOfficer>']),
      [{ rule: 'schema/unexpected-text' }],
    );
  });

  it('allows no character at all, not even a space, in an empty footnoteId, nor any element in it', () => {
    expectFindings(variant(['<footnoteId id="F1"/>', '<footnoteId id="F1">« »</footnoteId>']), [
      { rule: 'schema/unexpected-text', message: 'footnoteId must be empty: remove the text inside it.' },
    ]);
    expectNone(variant(['<footnoteId id="F1"/>', '<footnoteId id="F1"><!-- a comment is fine --></footnoteId>']));
    expectFindings(variant(['<footnoteId id="F1"/>', '<footnoteId id="F1"><«value»>1</value></footnoteId>']), [
      { rule: 'schema/unexpected-element', message: 'footnoteId must be empty: remove value.' },
    ]);
  });

  it('allows text but no element in a footnote', () => {
    expectFindings(variant(['Each unit converts into one share.', 'Each unit <«b»>converts</b> into one share.']), [
      { rule: 'schema/unexpected-element', message: 'footnote holds text only, not elements: remove b.' },
    ]);
  });

  it('reports an element inside a value-only element', () => {
    expectFindings(
      variant(['<issuerTradingSymbol>AAPL</issuerTradingSymbol>', '<issuerTradingSymbol>AAPL<«b»>x</b></issuerTradingSymbol>']),
      [{ rule: 'schema/unexpected-element', message: 'issuerTradingSymbol holds a value, not elements: remove b.' }],
    );
  });
});

describe('checkStructure: attributes', () => {
  it('reports a missing footnote id on the element (and the reference to it as undefined)', () => {
    expectFindings(variant(['<footnote id="F1">', '<«footnote»>'], ['<footnoteId id="F1"/>', '<footnoteId id="«F1»"/>']), [
      { rule: 'footnote/undefined' },
      {
        rule: 'schema/missing-attribute',
        message: 'footnote is missing its id attribute (F followed by a number from 1 to 99, such as F1 or F12).',
      },
    ]);
  });

  it('reports attributes the schema does not declare, xmlns and xsi:schemaLocation excepted', () => {
    expectFindings(variant(['<issuer>', '<issuer «class»="x">']), [
      { rule: 'schema/unexpected-attribute', message: 'issuer takes no attribute class: remove it.' },
    ]);
    expectFindings(variant(['<ownershipDocument>', '<ownershipDocument «xml:lang»="en">']), [{ rule: 'schema/unexpected-attribute' }]);
    expectFindings(variant(['<ownershipDocument>', '<ownershipDocument xmlns:a="urn:a" «a:x»="1">']), [
      { rule: 'schema/unexpected-attribute' },
    ]);
    expectNone(
      variant([
        '<ownershipDocument>',
        '<ownershipDocument xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:noNamespaceSchemaLocation="ownership4Document.xsd" xmlns:unused="urn:u">',
      ]),
    );
    expectNone(variant(['<ownershipDocument>', '<ownershipDocument xmlns="">']));
  });

  it('treats xsi: attributes as xmllint does: an undeclared prefix, xsi:nil and unknown xsi names are errors', () => {
    expectFindings(
      variant(['<ownershipDocument>', '<ownershipDocument «xsi:noNamespaceSchemaLocation»="x.xsd">']),
      [
        {
          rule: 'schema/unexpected-attribute',
          message: `The prefix 'xsi' of xsi:noNamespaceSchemaLocation is not declared: remove the attribute, or declare xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance".`,
        },
      ],
      '4',
      undeclaredPrefix,
    );
    const xsi = ['<ownershipDocument>', '<ownershipDocument xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'] as const;
    expectFindings(variant(xsi, ['<isOfficer>1</isOfficer>', '<isOfficer «xsi:nil»="false">1</isOfficer>']), [
      { rule: 'schema/unexpected-attribute', message: 'isOfficer cannot be nil: remove xsi:nil.' },
    ]);
    expectFindings(variant(xsi, ['<issuer>', '<issuer «xsi:foo»="1">']), [{ rule: 'schema/unexpected-attribute' }]);
  });

  it("accepts xsi:type naming the element's own type and nothing else", () => {
    const xsi = [
      '<ownershipDocument>',
      '<ownershipDocument xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xs="http://www.w3.org/2001/XMLSchema">',
    ] as const;
    expectNone(variant(xsi, ['<isOfficer>1</isOfficer>', '<isOfficer xsi:type="xs:boolean">1</isOfficer>']));
    expectNone(variant(xsi, ['<officerTitle>', '<officerTitle xsi:type="STRING_30">']));
    expectNone(
      variant(xsi, [
        '<transactionShares><value>1500</value></transactionShares>\n        <transactionPricePerShare><value>171.25',
        '<transactionShares xsi:type="NUMBER_WITH_FOOTNOTE"><value>1500</value></transactionShares>\n        <transactionPricePerShare><value>171.25',
      ]),
    );
    expectFindings(variant(xsi, ['<isOfficer>1</isOfficer>', '<isOfficer xsi:type="«xs:string»">1</isOfficer>']), [
      {
        rule: 'schema/invalid-value',
        message: "xsi:type must name the type of isOfficer, xs:boolean; better, remove it (got 'xs:string').",
      },
    ]);
    expectFindings(variant(xsi, ['<issuerName>', '<issuerName xsi:type="«ISSUER_NAME»">']), [
      { rule: 'schema/invalid-value', message: 'issuerName has no named type for xsi:type to name: remove it.' },
    ]);
  });

  it('reports elements in a namespace: EDGAR elements have none', () => {
    expectFindings(variant(['<ownershipDocument>', '<«ownershipDocument» xmlns="urn:x">']), [
      {
        rule: 'schema/unexpected-element',
        message: `ownershipDocument is in the namespace 'urn:x' (from xmlns="urn:x"), but EDGAR ownership elements have none: remove that xmlns declaration.`,
      },
    ]);
    expectFindings(
      variant(
        ['<issuer>', '<issuer>'],
        ['<issuerName>Apple Inc.</issuerName>', '<«a:issuerName» xmlns:a="urn:a">Apple Inc.</a:issuerName>'],
      ),
      [
        {
          rule: 'schema/unexpected-element',
          message: "a:issuerName is in the namespace 'urn:a', but EDGAR ownership elements have none: write issuerName without the prefix.",
        },
      ],
    );
    expectFindings(
      variant(['<issuerName>Apple Inc.</issuerName>', '<«b:issuerName»>Apple Inc.</b:issuerName>']),
      [
        {
          rule: 'schema/unexpected-element',
          message: "The prefix 'b' of b:issuerName is not declared, and EDGAR ownership elements take no prefix: write issuerName.",
        },
      ],
      '4',
      undeclaredPrefix,
    );
    expectFindings(variant(['<issuerName>Apple Inc.</issuerName>', '<«issuerName» xmlns="urn:q">Apple Inc.</issuerName>']), [
      { rule: 'schema/unexpected-element' },
    ]);
  });
});

describe('checkStructure: values', () => {
  it('lists the allowed codes, and keeps whitespace in xs:string codes as XML Schema does', () => {
    expectFindings(withValue('transactionCode', 'S', '«K»'), [
      {
        rule: 'schema/invalid-value',
        message: "transactionCode must be one of A, C, D, E, F, G, H, I, J, L, M, O, P, S, U, W, X, Z (got 'K').",
      },
    ]);
    expectFindings(withValue('transactionCode', 'S', '« S»'), [
      {
        rule: 'schema/invalid-value',
        message:
          "transactionCode must be one of A, C, D, E, F, G, H, I, J, L, M, O, P, S, U, W, X, Z (got ' S'): remove the spaces around it.",
      },
    ]);
    expectFindings(
      variant([
        '<transactionAcquiredDisposedCode><value>D</value></transactionAcquiredDisposedCode>\n      </transactionAmounts>\n      <postTransactionAmounts>\n        <sharesOwnedFollowingTransaction><value>42000',
        '<transactionAcquiredDisposedCode><value>«d»</value></transactionAcquiredDisposedCode>\n      </transactionAmounts>\n      <postTransactionAmounts>\n        <sharesOwnedFollowingTransaction><value>42000',
      ]),
      [{ rule: 'schema/invalid-value', message: "transactionAcquiredDisposedCode must be one of A, D (got 'd')." }],
    );
  });

  it('points at the element name when the value is empty', () => {
    expectFindings(variant(['<issuerTradingSymbol>AAPL</issuerTradingSymbol>', '<«issuerTradingSymbol»></issuerTradingSymbol>']), [
      { rule: 'schema/invalid-value', message: 'issuerTradingSymbol must not be empty.' },
    ]);
    expectFindings(
      variant([
        '<transactionShares><value>1500</value></transactionShares>\n        <transactionPricePerShare><value>171.25',
        '<transactionShares><«value»/></transactionShares>\n        <transactionPricePerShare><value>171.25',
      ]),
      [{ rule: 'schema/invalid-value', message: /^transactionShares must be a number such as 1500 or 12\.25.*\(it is empty\)\.$/ }],
    );
  });

  it('counts length in Unicode code points', () => {
    const emoji = '\u{1F600}';
    expectNone(withValue('issuerTradingSymbol', 'AAPL', emoji.repeat(10)));
    expectFindings(withValue('issuerTradingSymbol', 'AAPL', `«${emoji.repeat(11)}»`), [
      { rule: 'schema/invalid-value', message: /^issuerTradingSymbol must be at most 10 characters long \(it has 11\)/ },
    ]);
    expectFindings(withValue('officerTitle', 'SVP, GC and Secretary', `«${'x'.repeat(31)}»`), [
      { rule: 'schema/invalid-value', message: 'officerTitle must be at most 30 characters long (it has 31).' },
    ]);
    expectNone(withValue('officerTitle', 'SVP, GC and Secretary', 'x'.repeat(30)));
  });

  it('decodes references before checking (&#83; is S, &amp; one character)', () => {
    expectNone(withValue('transactionCode', 'S', '&#83;'));
    expectNone(withValue('issuerTradingSymbol', 'AAPL', '&amp;'.repeat(10)));
    expectNone(withValue('transactionCode', 'S', '<![CDATA[S]]>'));
  });

  it("checks numbers as xs:decimal with EDGAR's facets, not counting leading or trailing zeros", () => {
    const shares = (v: string) =>
      variant([
        '<transactionShares><value>1500</value></transactionShares>\n        <transactionPricePerShare><value>171.25',
        `<transactionShares><value>${v}</value></transactionShares>\n        <transactionPricePerShare><value>171.25`,
      ]);
    for (const ok of ['1.00000', '0001.5', '+1', '-0', '.5', '5.', ' 7\n', '999999999999.9999', '0999999999999.99990'])
      expectNone(shares(ok));
    expectFindings(shares('«1,500»'), [
      {
        rule: 'schema/invalid-value',
        message:
          "transactionShares must be a number such as 1500 or 12.25: digits with at most one decimal point, no commas, currency signs or spaces (got '1,500').",
      },
    ]);
    expectFindings(shares('«-1»'), [{ rule: 'schema/invalid-value', message: "transactionShares must not be negative (got '-1')." }]);
    expectFindings(shares('«0.00001»'), [
      { rule: 'schema/invalid-value', message: "transactionShares can have at most 4 decimal places (got '0.00001')." },
    ]);
    expectFindings(shares('«1000000000000»'), [
      { rule: 'schema/invalid-value', message: "transactionShares must be at most 999999999999.9999 (got '1000000000000')." },
    ]);
    for (const bad of ['1e3', '.', '+', '$5', '1 000', '\u0661']) expectFindings(shares(`«${bad}»`), [{ rule: 'schema/invalid-value' }]);
    // Trimmed types point at the value without its surrounding whitespace.
    expectFindings(shares('  «1.23456» '), [{ rule: 'schema/invalid-value' }]);
  });

  it('checks dates as xs:date: real calendar dates, year 0000 invalid, time zones allowed, whitespace trimmed', () => {
    const period = (v: string) => withValue('periodOfReport', '2024-03-15', v);
    for (const ok of [
      '2024-02-29',
      '2000-02-29',
      '2024-01-01Z',
      '2024-01-01+14:00',
      '2024-01-01-05:00',
      ' 2024-03-15 ',
      '12024-01-01',
      '-0004-02-29',
    ])
      expectNone(period(ok));
    expectFindings(period('«2023-02-29»'), [
      { rule: 'schema/invalid-value', message: "periodOfReport must be a real date: February 2023 has 28 days (got '2023-02-29')." },
    ]);
    expectFindings(period('«1900-02-29»'), [{ rule: 'schema/invalid-value' }]);
    expectFindings(period('«0000-01-01»'), [
      { rule: 'schema/invalid-value', message: "periodOfReport must be a real date: there is no year 0000 (got '0000-01-01')." },
    ]);
    expectFindings(period('«03/15/2024»'), [
      { rule: 'schema/invalid-value', message: "periodOfReport must be a date written YYYY-MM-DD, such as 2024-03-15 (got '03/15/2024')." },
    ]);
    expectFindings(period('«2024-13-01»'), [
      { rule: 'schema/invalid-value', message: "periodOfReport must be a real date: there is no month 13 (got '2024-13-01')." },
    ]);
    expectFindings(period('«2024-01-01+14:01»'), [{ rule: 'schema/invalid-value', message: /time zone/ }]);
    for (const bad of ['2024-1-01', '02024-01-01', '2024-01-01T00:00', '+2024-01-01', '2024-04-31', '2024-01-00'])
      expectFindings(period(`«${bad}»`), [{ rule: 'schema/invalid-value' }]);
  });

  it('checks booleans as xs:boolean', () => {
    for (const ok of ['true', 'false', '0', ' 1 ']) expectNone(withValue('isOfficer', '1', ok));
    expectFindings(withValue('isOfficer', '1', '«TRUE»'), [
      { rule: 'schema/invalid-value', message: "isOfficer must be true or false (or 1 or 0) (got 'TRUE')." },
    ]);
  });

  it('follows the SEC patterns exactly: timeliness collapses whitespace and its [E|L] class admits "|"', () => {
    const timeliness = (v: string) =>
      variant([
        '<transactionTimeliness><value></value></transactionTimeliness>',
        `<transactionTimeliness><value>${v}</value></transactionTimeliness>`,
      ]);
    for (const ok of ['E', ' L ', '|', '  ']) expectNone(timeliness(ok));
    expectFindings(timeliness('«EL»'), [
      { rule: 'schema/invalid-value', message: "transactionTimeliness must be E (early) or L (late), or empty (got 'EL')." },
    ]);
  });

  it('describes long code lists by example, and accepts the blank state codes', () => {
    for (const ok of ['', ' ', '  ', 'PR', 'GU']) expectNone(withValue('rptOwnerState', 'CA', ok));
    expectFindings(withValue('rptOwnerState', 'CA', '«Calif»'), [
      {
        rule: 'schema/invalid-value',
        message: "rptOwnerState must be one of the 57 allowed codes, such as AL, AK or B5, or blank (got 'Calif').",
      },
    ]);
    expectFindings(withValue('rptOwnerState', 'CA', '«   »'), [{ rule: 'schema/invalid-value' }]);
  });

  it('checks CIKs, zip codes and the schema version by their facets', () => {
    expectFindings(withValue('issuerCik', '0000320193', '«3201 93»'), [
      { rule: 'schema/invalid-value', message: "issuerCik must be digits only (1 to 10 of them) (got '3201 93')." },
    ]);
    expectFindings(withValue('issuerCik', '0000320193', '«00000320193»'), [
      { rule: 'schema/invalid-value', message: 'issuerCik must be at most 10 characters long (it has 11).' },
    ]);
    expectFindings(withValue('rptOwnerZipCode', '95014', '«95014_1»'), [{ rule: 'schema/invalid-value' }]);
    expectFindings(withValue('schemaVersion', 'X0609', '«X06»'), [
      { rule: 'schema/invalid-value', message: 'schemaVersion must be exactly 5 characters long (it has 3).' },
    ]);
  });
});

describe('checkStructure: footnote identities (xs:ID / xs:IDREF)', () => {
  const lastFootnote = '<footnote id="F2">Each unit converts into one share.</footnote>';

  it('reports a second footnote with the same id on its id value, pointing back at the first', () => {
    const source = variant([lastFootnote, `${lastFootnote}\n    <footnote id="«F1»">Again.</footnote>`]);
    const [finding] = expectFindings(source, [
      { rule: 'footnote/duplicate-id', message: 'Footnote F1 is defined twice: give this footnote a number of its own.' },
    ]);
    const { text } = marked(source);
    const first = text.indexOf('<footnote id="F1">') + '<footnote id="'.length;
    assert.deepEqual(finding.related, [{ span: { start: first, end: first + 2 }, message: 'F1 is first defined here' }]);
  });

  it('reports a reference to a footnote that does not exist on the reference', () => {
    expectFindings(variant(['<footnoteId id="F1"/>', '<footnoteId id="«F3»"/>']), [
      {
        rule: 'footnote/undefined',
        message: 'There is no footnote F3: add footnote F3 under footnotes, or refer to a footnote that exists.',
      },
    ]);
  });

  it('compares ids after collapsing whitespace, as xs:ID does', () => {
    expectNone(variant(['<footnoteId id="F1"/>', '<footnoteId id=" F1 "/>']));
    expectFindings(variant([lastFootnote, `${lastFootnote}<footnote id="\t«F1» ">Again.</footnote>`]), [{ rule: 'footnote/duplicate-id' }]);
  });

  it('reports an id that is not F1 to F99 as a bad value, not as a missing footnote', () => {
    expectFindings(variant(['<footnoteId id="F1"/>', '<footnoteId id="«F01»"/>']), [
      {
        rule: 'schema/invalid-value',
        message: "footnoteId id must be F followed by a number from 1 to 99, such as F1 or F12 (got 'F01').",
      },
    ]);
    expectFindings(variant(['<footnoteId id="F1"/>', '<footnoteId «id»=""/>']), [{ rule: 'schema/invalid-value' }]);
  });
});

describe('content model machinery', () => {
  it('compiles every content model in the schema', () => {
    const seen = new Set<TypeDef>();
    const visit = (type: TypeDef) => {
      if (seen.has(type) || type.kind !== 'complex') return;
      seen.add(type);
      if (!type.content) return;
      const compiled = compileContent(type.content);
      assert.ok(compiled.slots.length > 0, type.name);
      const walk = (group: GroupParticle) => group.particles.forEach((p) => (p.kind === 'element' ? visit(p.type) : walk(p)));
      walk(type.content);
    };
    for (const kind of ['4', '4/A'] as const) visit(documentSchemas[kind].type);
    assert.ok(seen.size >= 30, `visited ${seen.size} complex types`);
  });

  it('keeps the longest run in order, preferring earlier elements', () => {
    assert.equal(longestOrderedRun([0, 1, 1, 2]), undefined);
    assert.deepEqual(longestOrderedRun([0, 2, 1, 3]), [true, true, false, true]);
    assert.deepEqual(longestOrderedRun([2, 0, 1, 3]), [false, true, true, true]);
    assert.deepEqual(longestOrderedRun([3, 2, 1, 0]), [true, false, false, false]);
  });

  it('stays fast and bounded on a hostile document (20,000 elements in reverse order)', () => {
    const parts: string[] = [];
    for (let i = 0; i < 10_000; i++) parts.push('<remarks/>', '<documentType>4</documentType>');
    const text = `<ownershipDocument>${parts.join('')}</ownershipDocument>`;
    const read = readXml(text);
    const started = performance.now();
    const findings = checkStructure(read.root!, documentSchemas['4']);
    const elapsed = performance.now() - started;
    assert.ok(elapsed < 2000, `took ${elapsed} ms`);
    const order = findings.filter((f) => f.rule === 'schema/element-order');
    assert.equal(order.length, 1001, 'a thousand listed, and one for the rest');
    assert.deepEqual(
      order.filter((f) => f.omitted !== undefined).map((f) => [f.omitted, f.message]),
      [[9000, 'And 9,000 more findings of schema/element-order, not listed: fix the listed ones first, then check again.']],
    );
    assert.ok(findings.length < 1010, `${findings.length} findings in all`);
  });
});

describe('checkStructure: rules a later schema version brought', () => {
  const declaring = (version: string | undefined, ...edits: ReadonlyArray<readonly [string, string]>) =>
    variant(['  <schemaVersion>X0609</schemaVersion>\n', version ? `  <schemaVersion>${version}</schemaVersion>\n` : ''], ...edits);
  const noBox: readonly [string, string] = ['  <aff10b5One>0</aff10b5One>\n', ''];
  const severities = (text: string, kind: DocumentKind = '4') => check(text, kind).findings.map((f) => [f.rule, f.severity]);

  it('reports a missing Rule 10b5-1 box as information on a document older than X0407, saying why', () => {
    const { findings } = check(declaring('X0306', noBox));
    assert.deepEqual(
      findings.map((f) => [f.rule, f.severity]),
      [['schema/missing-element', 'information']],
    );
    assert.match(
      findings[0].message,
      /declares schema X0306, and the Rule 10b5-1 box \(aff10b5One\) became required in 2023 \(schema X0407\)/,
    );
  });

  it('reports it as an error on a document of X0407 or later, or declaring no version', () => {
    for (const version of ['X0407', 'X0609', undefined]) {
      assert.deepEqual(severities(declaring(version, noBox)), [['schema/missing-element', 'error']], String(version));
    }
  });

  it('reports it on Form 5 alike, and never on Form 3, where the box is optional', () => {
    const form5 = declaring('X0202', noBox, ['<documentType>4</documentType>', '<documentType>5</documentType>']);
    assert.deepEqual(severities(form5, '5'), [['schema/missing-element', 'information']]);
  });

  it('reports a province or country in rptOwnerState as information before X0609 only', () => {
    const province = (version: string | undefined) =>
      declaring(version, ['<rptOwnerState>CA</rptOwnerState>', '<rptOwnerState>A6</rptOwnerState>']);
    assert.deepEqual(severities(province('X0508')), [['schema/invalid-value', 'information']]);
    assert.match(check(province('X0508')).findings[0].message, /moved from rptOwnerState to rptOwnerCountry \(schema X0609\)/);
    assert.deepEqual(severities(province('X0609')), [['schema/invalid-value', 'error']]);
    assert.deepEqual(severities(province(undefined)), [['schema/invalid-value', 'error']]);
    // A value no version ever accepted stays an error.
    assert.deepEqual(severities(declaring('X0508', ['<rptOwnerState>CA</rptOwnerState>', '<rptOwnerState>ZZ</rptOwnerState>'])), [
      ['schema/invalid-value', 'error'],
    ]);
  });

  it("reports X0101's rows outside the tables as information on an X0101 document only", () => {
    const rows = (version: string) => declaring(version, ['<nonDerivativeTable>', '<nonDerivativeSecurity/><nonDerivativeTable>']);
    assert.deepEqual(severities(rows('X0101')), [['schema/unexpected-element', 'information']]);
    assert.deepEqual(severities(rows('X0202')), [['schema/unexpected-element', 'error']]);
  });

  it('takes a malformed version for the current one', () => {
    assert.deepEqual(severities(declaring('0306X', noBox)), [['schema/missing-element', 'error']]);
  });
});
