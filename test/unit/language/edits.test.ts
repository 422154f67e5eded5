import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cellElement, insertChild, replaceValue, setCellValue } from '../../../server/src/engine/language/edits/index';
import { analyze, type AnalyzedDocument } from '../../../server/src/engine/service';
import { firstChild, type ElementNode } from '../../../server/src/engine/tree/node';
import { applyEdits } from '../../helpers/edits';

/** The element at a path of names below the root (the first of each name). */
function at(doc: AnalyzedDocument, ...names: string[]): ElementNode {
  let node = doc.root;
  for (const name of names) node = firstChild(node, name);
  assert.ok(node, `no ${names.join('/')}`);
  return node;
}

function edited(doc: AnalyzedDocument, edit: ReturnType<typeof replaceValue>): string {
  return applyEdits(doc.text, [edit]);
}

// ---- XML ---------------------------------------------------------------------------------------------------------

test('xml: a value is replaced inside its whitespace, escaped; empty elements are filled in', () => {
  const doc = analyze(
    '<ownershipDocument><periodOfReport> 2024-01-02 </periodOfReport><remarks/><issuer><issuerName></issuerName></issuer></ownershipDocument>',
    'xml',
  );
  assert.equal(edited(doc, replaceValue(doc, at(doc, 'periodOfReport'), '2024-01-01')), doc.text.replace(' 2024-01-02 ', ' 2024-01-01 '));
  assert.match(edited(doc, replaceValue(doc, at(doc, 'remarks'), 'A & B <c>')), /<remarks>A &amp; B &lt;c&gt;<\/remarks><issuer>/);
  assert.match(edited(doc, replaceValue(doc, at(doc, 'issuer', 'issuerName'), 'X')), /<issuerName>X<\/issuerName>/);
});

test('xml: a child goes after the last sibling the schema puts before it, indented like its siblings', () => {
  const text =
    '<ownershipDocument>\n\t<documentType>4</documentType>\n\t<issuer>\n\t\t<issuerCik>1</issuerCik>\n\t</issuer>\n</ownershipDocument>\n';
  const doc = analyze(text, 'xml');
  const edit = insertChild(doc, doc.root!, { name: 'periodOfReport', text: '2024-01-01' });
  assert.equal(edited(doc, edit), text.replace('</documentType>', '</documentType>\n\t<periodOfReport>2024-01-01</periodOfReport>'));
  const first = insertChild(doc, doc.root!, { name: 'schemaVersion', text: 'X0508' });
  assert.equal(edited(doc, first), text.replace('<ownershipDocument>', '<ownershipDocument>\n\t<schemaVersion>X0508</schemaVersion>'));
  const nested = insertChild(doc, at(doc, 'issuer'), { name: 'issuerTradingSymbol', text: 'EX' });
  assert.equal(
    edited(doc, nested),
    text.replace('<issuerCik>1</issuerCik>', '<issuerCik>1</issuerCik>\n\t\t<issuerTradingSymbol>EX</issuerTradingSymbol>'),
  );
});

test('xml: into an empty parent on one line, or an empty-element tag, the end tag gets its own line', () => {
  const text = '<ownershipDocument>\r\n  <nonDerivativeTable></nonDerivativeTable>\r\n  <footnotes/>\r\n</ownershipDocument>';
  const doc = analyze(text, 'xml');
  const row = insertChild(doc, at(doc, 'nonDerivativeTable'), {
    name: 'nonDerivativeHolding',
    children: [cellElement('securityTitle', 'Common Stock')],
  });
  assert.equal(
    edited(doc, row),
    text.replace(
      '<nonDerivativeTable></nonDerivativeTable>',
      '<nonDerivativeTable>\r\n    <nonDerivativeHolding>\r\n      <securityTitle>\r\n        <value>Common Stock</value>\r\n      </securityTitle>\r\n    </nonDerivativeHolding>\r\n  </nonDerivativeTable>',
    ),
  );
  const footnote = insertChild(doc, at(doc, 'footnotes'), { name: 'footnote', attributes: [{ name: 'id', value: 'F1' }], text: 'a "b"' });
  assert.equal(
    edited(doc, footnote),
    text.replace('<footnotes/>', '<footnotes>\r\n    <footnote id="F1">a "b"</footnote>\r\n  </footnotes>'),
  );
});

test('xml: what an edit writes reads back unchanged, line breaks and tabs in attributes included (write/xmlEscape.ts)', () => {
  const text = '<ownershipDocument>\n  <remarks/>\n  <footnotes/>\n</ownershipDocument>\n';
  const doc = analyze(text, 'xml');
  const value = 'a "b"\r\n\tc & <d>';
  const remarks = analyze(edited(doc, replaceValue(doc, at(doc, 'remarks'), value)), 'xml');
  assert.equal(at(remarks, 'remarks').text?.value, value);
  const footnote = insertChild(doc, at(doc, 'footnotes'), {
    name: 'footnote',
    attributes: [{ name: 'id', value: 'F\n1\t"x"' }],
    text: value,
  });
  const after = analyze(edited(doc, footnote), 'xml');
  assert.equal(at(after, 'footnotes', 'footnote').attributes[0]?.value.value, 'F\n1\t"x"');
  assert.equal(at(after, 'footnotes', 'footnote').text?.value, value);
});

test('xml: setting a cell adds its value where it has only footnotes', () => {
  const text =
    '<ownershipDocument><nonDerivativeTable><nonDerivativeTransaction><transactionTimeliness>\n  <footnoteId id="F1"/>\n</transactionTimeliness></nonDerivativeTransaction></nonDerivativeTable></ownershipDocument>';
  const doc = analyze(text, 'xml');
  const cell = at(doc, 'nonDerivativeTable', 'nonDerivativeTransaction', 'transactionTimeliness');
  assert.equal(
    edited(doc, setCellValue(doc, cell, 'L')),
    text.replace('<transactionTimeliness>', '<transactionTimeliness>\n  <value>L</value>'),
  );
});

// ---- YAML --------------------------------------------------------------------------------------------------------

test('yaml: a replaced value keeps its quoting when it can, and is quoted when a plain scalar would change it', () => {
  const text =
    "documentType: 4\nperiodOfReport: \"2024-01-02\"\nremarks: 'it''s'\nissuer:\n  issuerName: Plain Name\n  issuerTradingSymbol: |\n    EX\n";
  const doc = analyze(text, 'yaml');
  assert.match(edited(doc, replaceValue(doc, at(doc, 'periodOfReport'), '2024-01-01')), /periodOfReport: "2024-01-01"\n/);
  assert.match(edited(doc, replaceValue(doc, at(doc, 'remarks'), "don't")), /remarks: 'don''t'\n/);
  assert.match(edited(doc, replaceValue(doc, at(doc, 'remarks'), 'two\nlines')), /remarks: "two\\nlines"\n/);
  assert.match(edited(doc, replaceValue(doc, at(doc, 'issuer', 'issuerName'), 'A: B # c')), /issuerName: 'A: B # c'\n/);
  assert.match(edited(doc, replaceValue(doc, at(doc, 'issuer', 'issuerName'), 'Other Name')), /issuerName: Other Name\n/);
  assert.match(edited(doc, replaceValue(doc, at(doc, 'issuer', 'issuerTradingSymbol'), 'XY')), /issuerTradingSymbol: "XY"\n$/);
  for (const value of [
    'A: B # c',
    '- x',
    'true',
    '',
    '  padded ',
    "'q'",
    '"dq"',
    '[1]',
    '{a}',
    '*alias',
    '&anchor',
    '%dir',
    '@at',
    '`tick',
  ]) {
    const after = analyze(edited(doc, replaceValue(doc, at(doc, 'issuer', 'issuerName'), value)), 'yaml');
    assert.equal(firstChild(firstChild(after.root, 'issuer'), 'issuerName')?.text?.value ?? '', value, JSON.stringify(value));
  }
});

test('yaml: an empty key gets its value after the colon, comments stay', () => {
  const text = 'documentType: 4\nperiodOfReport:   # fill in\nremarks: ""\n';
  const doc = analyze(text, 'yaml');
  assert.equal(
    edited(doc, replaceValue(doc, at(doc, 'periodOfReport'), '2024-01-01')),
    'documentType: 4\nperiodOfReport: 2024-01-01   # fill in\nremarks: ""\n',
  );
  assert.equal(edited(doc, setCellValue(doc, at(doc, 'remarks'), 'x')), 'documentType: 4\nperiodOfReport:   # fill in\nremarks: x\n');
});

test("yaml: a key goes after the last key the schema puts before it, at the mapping's indentation, after a comment", () => {
  const text =
    'documentType: 4\nissuer:\n    issuerCik: "1"   # the CIK\n    issuerTradingSymbol: EX\nreportingOwner:\n  - reportingOwnerId:\n      rptOwnerCik: "2"\nownerSignature: []\n';
  const doc = analyze(text, 'yaml');
  assert.equal(
    edited(doc, insertChild(doc, at(doc, 'issuer'), { name: 'issuerName', text: 'Example' })),
    text.replace('# the CIK\n', '# the CIK\n    issuerName: Example\n'),
  );
  assert.equal(
    edited(doc, insertChild(doc, doc.root!, { name: 'aff10b5One', text: '0' })),
    text.replace('rptOwnerCik: "2"\n', 'rptOwnerCik: "2"\naff10b5One: 0\n'),
  );
  assert.equal(edited(doc, insertChild(doc, doc.root!, { name: 'schemaVersion', text: 'X0508' })), `schemaVersion: X0508\n${text}`);
  // Before the first key of a list item: the dash stays in front.
  const item = analyze('reportingOwner:\n  - reportingOwnerRelationship:\n      isDirector: 1\n', 'yaml');
  const owner = at(item, 'reportingOwner');
  const before = edited(item, insertChild(item, owner, { name: 'reportingOwnerId', children: [{ name: 'rptOwnerCik', text: '2' }] }));
  assert.equal(
    before,
    'reportingOwner:\n  - reportingOwnerId:\n      rptOwnerCik: 2\n    reportingOwnerRelationship:\n      isDirector: 1\n',
  );
});

test('yaml: in a flow mapping the key is inserted inline; an empty key gets a nested mapping', () => {
  const text =
    'nonDerivativeTable:\n  - nonDerivativeTransaction:\n      transactionCoding: {transactionFormType: 4, equitySwapInvolved: 0}\n      transactionTimeliness: {footnotes: [F1]}\n      transactionAmounts: {}\n      ownershipNature:\n';
  const doc = analyze(text, 'yaml');
  const row = at(doc, 'nonDerivativeTable', 'nonDerivativeTransaction');
  const coding = firstChild(row, 'transactionCoding')!;
  assert.match(
    edited(doc, insertChild(doc, coding, { name: 'transactionCode', text: 'S' })),
    /\{transactionFormType: 4, transactionCode: S, equitySwapInvolved: 0\}/,
  );
  assert.match(
    edited(doc, setCellValue(doc, firstChild(row, 'transactionTimeliness')!, 'L')),
    /transactionTimeliness: \{value: L, footnotes: \[F1\]\}/,
  );
  assert.match(
    edited(doc, insertChild(doc, firstChild(row, 'transactionAmounts')!, cellElement('transactionShares', '5'))),
    /transactionAmounts: \{transactionShares: 5\}/,
  );
  assert.match(
    edited(doc, insertChild(doc, firstChild(row, 'ownershipNature')!, cellElement('directOrIndirectOwnership', 'D'))),
    /      ownershipNature:\n        directOrIndirectOwnership: D\n$/,
  );
});
