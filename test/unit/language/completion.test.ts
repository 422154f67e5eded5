import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze, complete, type CompletionItem } from '../../../server/src/engine/index';
import { marked } from '../../helpers/markers';
import { analyzed, offsetOf } from './fixtures';

/** Completion at the marked span (`«»` for a bare cursor, `«tra»` for typed text with the cursor at its end). */
function completeMarked(format: 'xml' | 'yaml', source: string): { items: CompletionItem[]; replace: { start: number; end: number } } {
  const { text, spans } = marked(source);
  assert.equal(spans.length, 1, 'mark exactly one span');
  const items = complete(analyze(text, format), spans[0].end);
  return { items: [...items].sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? '')), replace: spans[0] };
}

const labels = (items: readonly CompletionItem[]) => items.map((i) => i.label);
/** The values of value items, whose labels are "S — open-market or private sale". */
const codes = (items: readonly CompletionItem[]) => items.map((i) => i.label.split(' — ')[0]);

test('xml: element names valid after `<`, in schema order after the elements present, then those out of order here', () => {
  const { items, replace } = completeMarked('xml', '<ownershipDocument>\n  <documentType>4</documentType>\n  <«»\n</ownershipDocument>');
  // schemaVersion may still go in the document, but before documentType: offered last, marked, for the order fix.
  assert.deepEqual(labels(items.filter((i) => i.sortText?.startsWith('2'))), ['schemaVersion']);
  assert.equal(
    items.at(-1)?.labelDescription,
    'goes before documentType: quick fix moves it · EDGAR schema version (not on the printed form)',
  );
  assert.deepEqual(labels(items.filter((i) => i.sortText?.startsWith('1'))), [
    'periodOfReport',
    'notSubjectToSection16',
    'issuer',
    'reportingOwner',
    'aff10b5One',
    'nonDerivativeTable',
    'derivativeTable',
    'footnotes',
    'remarks',
    'ownerSignature',
  ]);
  for (const item of items) assert.deepEqual(item.replaceSpan, replace);
  const period = items[0];
  assert.equal(period.kind, 'element');
  assert.equal(period.detail, 'Box 3: Date of Earliest Transaction');
  // The form's words beside every item, and matched as well as the name.
  assert.equal(period.labelDescription, 'Box 3: Date of Earliest Transaction');
  assert.equal(period.filterText, 'periodOfReport Box 3: Date of Earliest Transaction');
  assert.equal(period.insertText, 'periodOfReport>${1:YYYY-MM-DD}</periodOfReport>');
  assert.equal(period.isSnippet, true);
  assert.match(period.documentation ?? '', /\*\*Allowed:\*\* a date, YYYY-MM-DD/);
  const issuer = items.find((i) => i.label === 'issuer')!;
  // With the name the schema leaves optional and every filing gives.
  assert.equal(
    issuer.insertText,
    'issuer>\n  <issuerCik>$1</issuerCik>\n  <issuerName>$2</issuerName>\n  <issuerTradingSymbol>$3</issuerTradingSymbol>\n</issuer>',
  );
});

test('xml: in a half-typed document the typed name is replaced and what fits between the neighbours comes first', () => {
  const { items, replace } = completeMarked(
    'xml',
    '<ownershipDocument>\n  <documentType>4</documentType>\n  <periodOfReport>2024-01-01</periodOfReport>\n  <«iss»',
  );
  assert.deepEqual(replace, { start: replace.start, end: replace.start + 3 });
  assert.ok(labels(items).includes('issuer'));
  // Present and not repeatable: not offered again, in or out of order.
  assert.ok(!labels(items).includes('periodOfReport'));
  assert.ok(!labels(items).includes('documentType'));
  const between = completeMarked(
    'xml',
    '<ownershipDocument><documentType>4</documentType><periodOfReport>2024-01-01</periodOfReport>«»<reportingOwner/></ownershipDocument>',
  );
  // Another reporting owner may come before the present one; what the schema puts before periodOfReport or after
  // reportingOwner comes after them, each saying where it goes.
  const fitting = between.items.filter((i) => !i.detail?.includes('quick fix moves it'));
  assert.deepEqual(labels(fitting), ['notSubjectToSection16', 'issuer', 'reportingOwner']);
  assert.equal(fitting[1].insertText.startsWith('<issuer>'), true);
  const misplaced = between.items.slice(fitting.length);
  assert.deepEqual(
    misplaced.map((i) => [i.label, i.detail?.split(' · ')[0]]),
    [
      ['schemaVersion', 'goes before documentType: quick fix moves it'],
      ['aff10b5One', 'goes after reportingOwner: quick fix moves it'],
      ['nonDerivativeTable', 'goes after reportingOwner: quick fix moves it'],
      ['derivativeTable', 'goes after reportingOwner: quick fix moves it'],
      ['footnotes', 'goes after reportingOwner: quick fix moves it'],
      ['remarks', 'goes after reportingOwner: quick fix moves it'],
      ['ownerSignature', 'goes after reportingOwner: quick fix moves it'],
    ],
  );
  assert.ok(misplaced.every((i) => i.sortText! > fitting.at(-1)!.sortText!));
  assert.match(misplaced[1].documentation ?? '', /^\*\*Out of order here:\*\* EDGAR's schema puts aff10b5One after reportingOwner\./);
});

test('xml: a choice already made is not offered again; repeatable elements are', () => {
  const post = completeMarked(
    'xml',
    '<ownershipDocument><nonDerivativeTable><nonDerivativeTransaction><postTransactionAmounts><sharesOwnedFollowingTransaction><value>1</value></sharesOwnedFollowingTransaction>«»</postTransactionAmounts></nonDerivativeTransaction></nonDerivativeTable></ownershipDocument>',
  );
  assert.deepEqual(labels(post.items), []);
  const cell = completeMarked(
    'xml',
    '<ownershipDocument><footnotes><footnote id="F1">x</footnote></footnotes><nonDerivativeTable><nonDerivativeTransaction><transactionAmounts><transactionPricePerShare><value>1</value>«»</transactionPricePerShare></transactionAmounts></nonDerivativeTransaction></nonDerivativeTable></ownershipDocument>',
  );
  assert.deepEqual(labels(cell.items), ['footnoteId']);
  assert.equal(cell.items[0].insertText, '<footnoteId id="${1|F1|}"/>');
});

test('xml and yaml: rows in a table come as snippets and as elements', () => {
  const xml = completeMarked('xml', '<ownershipDocument><derivativeTable>\n  «»\n</derivativeTable></ownershipDocument>');
  assert.deepEqual(labels(xml.items), ['Table II holding row', 'Table II transaction row', 'derivativeTransaction', 'derivativeHolding']);
  assert.match(
    xml.items[1].insertText,
    /^<derivativeTransaction>\n  <securityTitle>\n    <value>\$\{1:Stock Option \(Right to Buy\)\}<\/value>/,
  );
  const yaml = completeMarked(
    'yaml',
    'documentType: 4\nnonDerivativeTable:\n  - nonDerivativeTransaction:\n      securityTitle: Common Stock\n  «- »\n',
  );
  assert.deepEqual(labels(yaml.items), [
    'Table I holding row',
    'Table I transaction row',
    'nonDerivativeTransaction',
    'nonDerivativeHolding',
  ]);
  // The typed dash is replaced along with the name: the item brings its own, and is matched with it, or the editor
  // would filter every row out against the typed "- ".
  assert.deepEqual(yaml.items[1].replaceSpan, yaml.replace);
  for (const item of yaml.items) assert.ok(item.filterText?.startsWith('- '), item.label);
  assert.match(
    yaml.items[1].insertText,
    /^- nonDerivativeTransaction:\n    securityTitle: \$\{1:Common Stock\}\n    transactionDate: \$\{2:YYYY-MM-DD\}\n    transactionCoding:\n      transactionFormType: 4\n/,
  );
});

test("rows come as the document's form has them: holdings only on a Form 3, Form 5 items on a Form 5", () => {
  const form3 = completeMarked('yaml', 'documentType: 3\nderivativeTable:\n  «- »\n');
  assert.deepEqual(labels(form3.items), ['Table II holding row', 'derivativeHolding']);
  // Form 3's Table II has no amount owned: the row has no place for one.
  assert.doesNotMatch(form3.items[0].insertText, /postTransactionAmounts/);
  const form3Table = completeMarked('xml', '<ownershipDocument><documentType>3</documentType>\n  <«nonDerivativeT»\n</ownershipDocument>');
  assert.match(form3Table.items.find((i) => i.label === 'nonDerivativeTable')?.insertText ?? '', /<nonDerivativeHolding>/);
  const form5 = completeMarked('yaml', 'documentType: 5\nnonDerivativeTable:\n  «- »\n');
  const row = form5.items.find((i) => i.label === 'Table I transaction row');
  assert.match(row?.insertText ?? '', /transactionFormType: 5\n/);
});

test('yaml: keys valid at the cursor, after the keys present, never a key twice', () => {
  const { items } = completeMarked('yaml', 'documentType: 4\nissuer:\n  issuerCik: "1"\n  «»\nreportingOwner: []\n');
  assert.deepEqual(labels(items), ['issuerName', 'issuerTradingSymbol', 'issuerForeignTradingSymbol']);
  assert.equal(items[0].insertText, 'issuerName: $1');
  const root = completeMarked('yaml', 'documentType: 4\nperiodOfReport: 2024-01-01\n«is»');
  // A draft's keys may come in any order: schemaVersion may still go before documentType.
  assert.deepEqual(labels(root.items).slice(0, 3), ['schemaVersion', 'notSubjectToSection16', 'issuer']);
  assert.equal(
    root.items.find((i) => i.label === 'reportingOwner')?.insertText,
    'reportingOwner:\n  - reportingOwnerId:\n      rptOwnerCik: $1\n      rptOwnerName: $2\n    reportingOwnerRelationship:\n      isDirector: ${3|0,1|}\n      isOfficer: ${4|0,1|}\n      isTenPercentOwner: ${5|0,1|}\n      isOther: ${6|0,1|}',
  );
  const rowKeys = completeMarked(
    'yaml',
    'nonDerivativeTable:\n  - nonDerivativeTransaction:\n      securityTitle: Common Stock\n      transactionDate: 2024-01-01\n      «»\n',
  );
  assert.deepEqual(labels(rowKeys.items).slice(0, 3), ['deemedExecutionDate', 'transactionCoding', 'transactionTimeliness']);
});

test('yaml: typing over an existing key completes the name alone', () => {
  const { items, replace } = completeMarked('yaml', 'documentType: 4\n«periodOf»Report: 2024-01-01\n');
  const item = items.find((i) => i.label === 'periodOfReport');
  assert.ok(item);
  assert.equal(item.insertText, 'periodOfReport');
  assert.equal(item.isSnippet, false);
  assert.deepEqual(item.replaceSpan, { start: replace.start, end: replace.end + 'Report'.length });
});

test('transaction codes with their meanings, in XML and YAML; Table II explains the exercise direction', () => {
  const xml = completeMarked(
    'xml',
    '<ownershipDocument><derivativeTable><derivativeTransaction><transactionCoding><transactionCode>«»</transactionCode></transactionCoding></derivativeTransaction></derivativeTable></ownershipDocument>',
  );
  // In the order filers use them, each with its meaning in the label and matched on it.
  assert.deepEqual(codes(xml.items), ['S', 'M', 'A', 'P', 'F', 'C', 'G', 'J', 'X', 'L', 'H', 'D', 'E', 'I', 'O', 'U', 'W', 'Z']);
  const m = xml.items.find((i) => i.label.startsWith('M '))!;
  assert.equal(m.label, 'M — exercise or conversion of a derivative security exempted under Rule 16b-3');
  assert.equal(m.filterText, 'M exercise or conversion of a derivative security exempted under Rule 16b-3');
  assert.equal(m.insertText, 'M');
  assert.equal(m.kind, 'value');
  assert.equal(m.detail, 'exercise or conversion of a derivative security exempted under Rule 16b-3');
  assert.match(m.documentation ?? '', /\*\*Direction:\*\* usually D \(disposed of\) in Table II\./);
  const yaml = completeMarked(
    'yaml',
    'nonDerivativeTable:\n  - nonDerivativeTransaction:\n      transactionCoding:\n        transactionCode: «S»\n',
  );
  assert.deepEqual(yaml.items.find((i) => i.insertText === 'S')?.replaceSpan, yaml.replace);
  assert.equal(yaml.items.find((i) => i.insertText === 'P')?.detail, 'open-market or private purchase');
});

test("acquired/disposed: the direction the row's code expects comes first", () => {
  for (const [format, source] of [
    [
      'xml',
      '<ownershipDocument><nonDerivativeTable><nonDerivativeTransaction><transactionCoding><transactionCode>S</transactionCode></transactionCoding><transactionAmounts><transactionAcquiredDisposedCode><value>«»</value></transactionAcquiredDisposedCode></transactionAmounts></nonDerivativeTransaction></nonDerivativeTable></ownershipDocument>',
    ],
    [
      'yaml',
      'nonDerivativeTable:\n  - nonDerivativeTransaction:\n      transactionCoding: {transactionCode: S}\n      transactionAmounts:\n        transactionAcquiredDisposedCode: «»\n',
    ],
  ] as const) {
    const { items } = completeMarked(format, source);
    assert.deepEqual(
      items.map((i) => [i.label, i.detail]),
      [
        ['D — disposed of', 'disposed of'],
        ['A — acquired', 'acquired'],
      ],
      format,
    );
  }
});

test('booleans, D/I and state codes are offered with their meanings', () => {
  const flag = completeMarked('yaml', 'reportingOwner:\n  - reportingOwnerRelationship:\n      isDirector: «»\n');
  assert.deepEqual(
    flag.items.map((i) => [i.label, i.detail, i.insertText]),
    [
      ['1 — yes, Director', 'yes (true)', '1'],
      ['0 — no, Director', 'no (false)', '0'],
    ],
  );
  // Right after the colon (the completion ':' triggers on), the value brings its space.
  const afterColon = completeMarked('yaml', 'reportingOwner:\n  - reportingOwnerRelationship:\n      isDirector:«»\n');
  assert.deepEqual(
    afterColon.items.map((i) => i.insertText),
    [' 1', ' 0'],
  );
  const form = completeMarked(
    'xml',
    '<ownershipDocument><nonDerivativeTable><nonDerivativeHolding><ownershipNature><directOrIndirectOwnership><value>«»</value></directOrIndirectOwnership></ownershipNature></nonDerivativeHolding></nonDerivativeTable></ownershipDocument>',
  );
  assert.deepEqual(codes(form.items), ['D', 'I']);
  const state = completeMarked('yaml', 'reportingOwner:\n  - reportingOwnerAddress:\n      rptOwnerState: «»\n');
  assert.equal(state.items.find((i) => i.insertText === 'CA')?.detail, 'California');
  assert.ok(!labels(state.items).includes(''));
});

test('footnote ids defined in the document, inside references', () => {
  const xml = analyzed('xml');
  const inAttribute = complete(xml, offsetOf(xml.text, 'id="F1"/>', 5));
  assert.deepEqual(
    inAttribute.map((i) => [i.label, i.kind]),
    [['F1', 'footnote']],
  );
  assert.deepEqual(inAttribute[0].replaceSpan, { start: offsetOf(xml.text, 'id="F1"/>', 4), end: offsetOf(xml.text, 'id="F1"/>', 6) });
  assert.match(inAttribute[0].detail ?? '', /^The price is a weighted average of sales between \$25\.10/);
  const yaml = analyzed('yaml');
  const inFlowList = complete(yaml, offsetOf(yaml.text, 'footnotes: [F3]', 12));
  assert.deepEqual(labels(inFlowList), ['F1']);
  const block = completeMarked(
    'yaml',
    'nonDerivativeTable:\n  - nonDerivativeTransaction:\n      transactionAmounts:\n        transactionPricePerShare:\n          value: 1\n          footnotes:\n            - «F»\nfootnotes:\n  F1: a\n  F2: b\n',
  );
  assert.deepEqual(labels(block.items), ['F1', 'F2']);
});

test('a new footnote gets the next free id, in both formats', () => {
  const xml = completeMarked(
    'xml',
    '<ownershipDocument><footnotes><footnote id="F1">a</footnote><footnote id="F4">b</footnote>\n«»</footnotes></ownershipDocument>',
  );
  assert.deepEqual(labels(xml.items), ['Footnote', 'footnote']);
  assert.equal(xml.items[0].insertText, '<footnote id="F5">$1</footnote>');
  const yaml = completeMarked('yaml', 'footnotes:\n  F1: a\n  «»\n');
  assert.equal(yaml.items.find((i) => i.label === 'Footnote')?.insertText, 'F2: $1');
});

test('an empty document offers a whole Form 4', () => {
  for (const format of ['xml', 'yaml'] as const) {
    const { items } = completeMarked(format, '«»');
    const form4 = items.find((i) => i.label === 'New Form 4');
    assert.ok(form4, format);
    assert.equal(form4.kind, 'snippet');
    assert.match(
      form4.insertText,
      format === 'xml'
        ? /^<\?xml version="1\.0"\?>\n<ownershipDocument>\n  <documentType>4<\/documentType>/
        : /^documentType: 4\nreportingOwner:\n  - reportingOwnerId:\n      rptOwnerName: \$1\n/,
    );
  }
});

test('after an XML declaration the whole Form 4 comes without a second one', () => {
  const { items } = completeMarked('xml', '<?xml version="1.0"?>\n«»');
  assert.match(items[0].insertText, /^<ownershipDocument>\n/);
});

test('nothing is completed in comments, inside a flow mapping or after a value of a complex element', () => {
  assert.deepEqual(completeMarked('xml', '<ownershipDocument><!-- «» --></ownershipDocument>').items, []);
  assert.deepEqual(completeMarked('yaml', 'issuer: {issuerCik: «»}\n').items, []);
  assert.deepEqual(completeMarked('yaml', 'documentType: 4 # «»\n').items, []);
});
