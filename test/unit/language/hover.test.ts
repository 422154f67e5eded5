import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze, hover, makeDate } from '../../../server/src/engine/index';
import { sliceOf } from '../../helpers/markers';
import { form4Xml as buildXml, holding, transaction } from '../../helpers/form4';
import { analyzed, checkDay, offsetOf } from './fixtures';

const formats = ['xml', 'yaml'] as const;

function hoverAt(format: 'xml' | 'yaml', needle: string, delta: number, n = 0) {
  const doc = analyzed(format);
  const offset = offsetOf(doc.text, needle, delta, n);
  const result = hover(doc, offset, { today: checkDay });
  assert.ok(result, `no hover at ${JSON.stringify(needle)}+${delta}`);
  return { result, text: doc.text, offset };
}

test('an element name shows its form label, meaning, allowed values and sources; the span is the tag name', () => {
  const { result, text, offset } = hoverAt('xml', '<periodOfReport>', 3);
  assert.deepEqual(result.span, { start: offset - 2, end: offset - 2 + 'periodOfReport'.length });
  assert.match(result.markdown, /^\*\*Box 3: Date of Earliest Transaction\*\*\n\n`periodOfReport` · required\n\n/);
  assert.match(result.markdown, /\*\*Allowed:\*\* a date, YYYY-MM-DD/);
  assert.match(result.markdown, /\[Form 4 \(SEC 1475\), Box 3, Date of Earliest Transaction/);
  assert.match(result.markdown, /EDGAR Ownership XML Technical Specification, periodOfReport \(type xs:date\)\]\(https:\/\/www\.sec\.gov/);
  assert.equal(sliceOf(text, result.span), 'periodOfReport');
});

test('the same key in YAML, and an XML end tag, describe the element too', () => {
  const yaml = hoverAt('yaml', 'transactionAmounts:', 4);
  assert.equal(sliceOf(yaml.text, yaml.result.span), 'transactionAmounts');
  assert.match(yaml.result.markdown, /^\*\*Table I, column 4: Securities Acquired \(A\) or Disposed Of \(D\)\*\*/);
  const end = hoverAt('xml', '</transactionCoding>', 5);
  assert.equal(sliceOf(end.text, end.result.span), 'transactionCoding');
  assert.match(end.result.markdown, /^\*\*Table I, column 3: Transaction Code\*\*/);
  assert.match(end.result.markdown, /\*\*Contains:\*\* `transactionFormType`, `transactionCode`, `equitySwapInvolved`, `footnoteId`/);
});

test('Table II columns are labelled as Table II numbers them', () => {
  for (const format of formats) {
    const needle = format === 'xml' ? '<transactionDate>' : 'transactionDate:';
    const { result } = hoverAt(format, needle, 2, 3);
    assert.match(result.markdown, /^\*\*Table II, column 3: Transaction Date\*\*/, format);
  }
});

test('a transaction code shows its meaning and its direction in that table', () => {
  for (const format of formats) {
    const needle = format === 'xml' ? '<transactionCode>S' : 'transactionCode: S';
    const { result, text } = hoverAt(format, needle, needle.length - 1);
    assert.equal(sliceOf(text, result.span), 'S');
    assert.match(result.markdown, /^\*\*Table I, column 3: Code\*\*: `S` — open-market or private sale\n\n/);
    assert.match(result.markdown, /\*\*Direction:\*\* always D \(disposed of\)\. \*\*Group:\*\* General transaction codes\./);
  }
  const exercise = hoverAt('yaml', 'transactionCode: M', 17, 1);
  assert.match(exercise.result.markdown, /\*\*Direction:\*\* usually D \(disposed of\) in Table II\./);
});

test('a code value says what that code means, not all of them; the list is a table on the element', () => {
  for (const format of formats) {
    const needle = format === 'xml' ? '<transactionCode>S' : 'transactionCode: S';
    const value = hoverAt(format, needle, needle.length - 1).result.markdown;
    assert.doesNotMatch(value, /Allowed|`P`/);
    const name = hoverAt(format, format === 'xml' ? '<transactionCode>' : 'transactionCode:', 3).result.markdown;
    assert.match(
      name,
      /\*\*Allowed:\*\*\n\n\| Value \| Meaning \|\n\|---\|---\|\n\| `A` \| grant, award or other acquisition under Rule 16b-3\(d\) \|\n/,
    );
    assert.match(name, /\n\| `S` \| open-market or private sale \|\n/);
  }
});

test('a value hover has no boilerplate about being a value', () => {
  for (const format of formats) {
    const needle = format === 'xml' ? '<value>8500' : '"8500"';
    assert.doesNotMatch(hoverAt(format, needle, needle.length - 2).result.markdown, /The value of this cell/);
  }
});

test('an amount owned shows the running tally that produced it', () => {
  for (const format of formats) {
    const needle = format === 'xml' ? '<value>8500' : '"8500"';
    const { result, text } = hoverAt(format, needle, needle.length - 2);
    assert.equal(sliceOf(text, result.span), format === 'xml' ? '8500' : '"8500"');
    assert.match(
      result.markdown,
      /\*\*Running tally\*\* of Common Stock \(direct\): Table I row 2 left 9,500; 9,500 - 500 disposed of = 9,000, but this row says \*\*8,500\*\*\./,
    );
  }
  const first = hoverAt('xml', '<value>11000', 8);
  assert.match(first.result.markdown, /first row of the series on this form; it implies 10,000 owned before it \(11,000 - 1,000\)\./);
});

test('a transaction date shows the filing deadline and whether the signature meets it', () => {
  for (const format of formats) {
    const needle = format === 'xml' ? '<value>2024-03-12' : 'transactionDate: 2024-03-12';
    const { result, text } = hoverAt(format, needle, needle.length - 3);
    assert.equal(sliceOf(text, result.span), '2024-03-12');
    assert.match(
      result.markdown,
      /\*\*Filing deadline:\*\* Thursday 2024-03-14, the end of the second business day after the transaction on Tuesday 2024-03-12\. The filing date is taken as the signature date, 2024-03-18: \*\*after the deadline\*\*: mark the row late \(L\)\./,
    );
  }
});

test('the deadline skips holidays and counts from a deemed execution date; an unsigned draft is judged by today', () => {
  const xml = analyzed('xml')
    .text.replace('<footnote id="F1">', '<footnote id="F1">Sold under a Rule 10b5-1 trading plan. ')
    .replace(
      '<value>2024-03-12</value>\n            </transactionDate>',
      '<value>2024-05-23</value>\n            </transactionDate>\n            <deemedExecutionDate>\n                <value>2024-05-24</value>\n            </deemedExecutionDate>',
    )
    .replace(/<ownerSignature>[\s\S]*<\/ownerSignature>/, '');
  const doc = analyze(xml, 'xml');
  const result = hover(doc, offsetOf(xml, '<value>2024-05-24', 8), { today: makeDate(2024, 5, 28) });
  assert.match(
    result?.markdown ?? '',
    /\*\*Filing deadline:\*\* Wednesday 2024-05-29, the end of the second business day after the deemed execution date, Friday 2024-05-24 \(Rule 16a-3\(g\)\)\. Holidays skipped: Memorial Day \(2024-05-27\)\. Not signed yet, so today, 2024-05-28, stands in for the filing date: in time\./,
  );
  // Outside a Rule 10b5-1 plan and for a code S row, the deemed date does not move the deadline.
  const outsidePlan = xml.replace('Sold under a Rule 10b5-1 trading plan. ', '');
  const outside = hover(analyze(outsidePlan, 'xml'), offsetOf(outsidePlan, '<value>2024-05-24', 8), { today: makeDate(2024, 5, 28) });
  assert.match(
    outside?.markdown ?? '',
    /\*\*Filing deadline:\*\* Tuesday 2024-05-28, the end of the second business day after the transaction on Thursday 2024-05-23\. The deemed execution date does not apply: the row is neither a Rule 10b5-1\(c\) plan trade nor a Rule 16b-3\(f\) discretionary transaction\. Holidays skipped: Memorial Day \(2024-05-27\)\./,
  );
});

test('a footnote reference shows the footnote; an undefined one says so; a definition lists where it is referred to', () => {
  for (const format of formats) {
    const { result, text } = hoverAt(format, 'F1', 1, format === 'xml' ? 0 : 0);
    assert.equal(sliceOf(text, result.span), 'F1');
    assert.equal(
      result.markdown,
      '**Footnote F1**\n\nThe price is a weighted average of sales between $25.10 and $25.90; full details on request.',
    );
    const undefinedRef = hoverAt(format, 'F3', 1);
    assert.equal(undefinedRef.result.markdown, '**Footnote F3** is not defined in the Explanation of Responses.');
    const definition = hoverAt(format, format === 'xml' ? 'footnote id="F1"' : 'F1:', format === 'xml' ? 14 : 1);
    assert.equal(definition.result.markdown, '**Footnote F1**, referred to from:\n\n- Table I row 2 (03/11/2024 S 1,500), column 4');
    // With links from the adapter, each place links to the reference.
    const doc = analyze(text, format);
    const linked = hover(doc, definition.offset, { today: checkDay, linkTo: (span) => `file:///f#${span.start}` });
    const reference = doc.model!.footnoteRefs.find((r) => r.id === 'F1')!;
    assert.equal(
      linked?.markdown,
      `**Footnote F1**, referred to from:\n\n- [Table I row 2 (03/11/2024 S 1,500), column 4](file:///f#${reference.span.start})`,
    );
    const unused = hover(analyze(text.replace(/F1(?=")|(?<=\[)F1(?=\])/, 'F2'), format), definition.offset, { today: checkDay });
    assert.equal(unused?.markdown, '**Footnote F1**: not referred to anywhere.');
  }
});

test('document text in a hover is escaped: a footnote cannot inject links or HTML', () => {
  const text = analyzed('xml').text.replace(
    'The price is a weighted',
    '[click](http://x) &lt;img src=x&gt; *bold* The price is a weighted',
  );
  const doc = analyze(text, 'xml');
  const result = hover(doc, offsetOf(text, 'id="F1"/>', 5), { today: checkDay });
  assert.match(result?.markdown ?? '', /\\\[click\\\]\(http:\/\/x\) &lt;img src=x\\> \\\*bold\\\*/);
});

test('no hover outside the document or on whitespace between elements; unknown elements say so', () => {
  const doc = analyzed('xml');
  assert.equal(hover(doc, 0), undefined);
  assert.equal(hover(doc, offsetOf(doc.text, '\n    <documentType>', 2)), undefined);
  const odd = analyze('<ownershipDocument><mystery>1</mystery></ownershipDocument>', 'xml');
  assert.equal(hover(odd, 22)?.markdown, '`mystery` is not an element of a Form 4 document.');
});

test('a Form 3 or Form 5 draft hovers with its own form: its boxes, its columns, its own elements', () => {
  const form3 = `schemaVersion: X0609\ndocumentType: 3\nperiodOfReport: 2024-03-12\nnoSecuritiesOwned: 1\nissuer:\n  issuerCik: 0001234567\n  issuerTradingSymbol: EXC\n`;
  const form5 = `schemaVersion: X0609\ndocumentType: 5/A\nperiodOfReport: 2024-12-31\ndateOfOriginalSubmission: 2025-02-10\nform4TransactionsReported: 1\n`;
  const at = (text: string, needle: string) => {
    const doc = analyze(text, 'yaml');
    const result = hover(doc, text.indexOf(needle) + 2, { today: checkDay });
    assert.ok(result, needle);
    return result.markdown;
  };
  assert.match(at(form3, 'periodOfReport'), /^\*\*Box 2: Date of Event Requiring Statement\*\*/);
  assert.match(at(form3, 'periodOfReport'), /\[Form 3 \(SEC 1473\), Box 2, Date of Event Requiring Statement/);
  assert.match(at(form3, 'noSecuritiesOwned'), /^\*\*Explanation of Responses: No securities are beneficially owned\*\*/);
  assert.match(at(form3, 'issuerCik'), /^\*\*Box 3: Issuer CIK/);
  assert.match(at(form5, 'periodOfReport'), /^\*\*Box 3: Statement for Issuer's Fiscal Year Ended\*\*/);
  assert.match(at(form5, 'form4TransactionsReported'), /^\*\*Checkbox: Form 4 Transactions Reported\*\*/);
});

/** The hover's Markdown at the first `needle` of a document built by the fixture helper. */
function hoverIn(text: string, needle: string): string {
  const result = hover(analyze(text, 'xml'), text.indexOf(needle) + 1, { today: checkDay });
  return result?.markdown ?? '';
}

test('on a Form 3 or 5 the period of report tells the statement deadline, and a Form 5 transaction date no two-day one', () => {
  const form5 = buildXml({
    documentType: '5',
    periodOfReport: '2023-12-31',
    rows: [transaction({ date: '2023-06-01', formType: '5', code: 'L', acquiredDisposed: 'A' })],
    signatures: [{ date: '2024-02-15' }],
  });
  assert.match(
    hoverIn(form5, '2023-12-31'),
    /\*\*Filing deadline:\*\* Wednesday 2024-02-14, 45 days after the issuer's fiscal year end, Sunday 2023-12-31\. Filing: signed 2024-02-15, \*\*after the deadline\*\*\./,
  );
  assert.ok(hoverIn(form5, '2023-06-01') !== '' && !hoverIn(form5, '2023-06-01').includes('Filing deadline'));
  // 2024-02-28 + 10 days is Saturday 2024-03-09: due Monday 2024-03-11.
  const form3 = buildXml({
    documentType: '3',
    periodOfReport: '2024-02-28',
    aff10b5One: null,
    rows: [holding()],
    signatures: [{ date: '2024-03-11' }],
  });
  assert.match(
    hoverIn(form3, '2024-02-28'),
    /\*\*Filing deadline:\*\* Monday 2024-03-11 \(moved to the next business day\), 10 days after the event requiring the statement, Wednesday 2024-02-28\. Filing: signed 2024-03-11, in time\./,
  );
});
