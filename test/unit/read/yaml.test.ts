import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { makeDate } from '../../../server/src/engine/model/date';
import { visit } from 'yaml';
import { readYaml } from '../../../server/src/engine/read/yaml';
import { parseYamlText } from '../../../server/src/engine/read/yamlDocument';
import { analyze, check } from '../../../server/src/engine/service';
import type { Span } from '../../../server/src/engine/text/span';
import { firstChild, textOf, type ElementNode } from '../../../server/src/engine/tree/node';
import { marked, sliceOf } from '../../helpers/markers';

/** The element at `path` (names from the root's children down; `name#2` is the second child so named). */
function at(root: ElementNode | undefined, ...path: string[]): ElementNode {
  let node = root;
  for (const step of path) {
    const [name, nth = '1'] = step.split('#');
    node = node?.children.filter((c) => c.name === name)[Number(nth) - 1];
  }
  assert.ok(node, `no element at ${path.join('/')}`);
  return node;
}

function read(text: string): ElementNode {
  const result = readYaml(text);
  assert.deepEqual(result.findings, [], 'no findings expected');
  assert.ok(result.root);
  return result.root;
}

/** Names, attributes and texts of a tree, for comparing shapes. */
function shape(node: ElementNode): unknown {
  return {
    name: node.name,
    ...(node.attributes.length ? { attributes: Object.fromEntries(node.attributes.map((a) => [a.name, a.value.value])) } : {}),
    ...(node.text ? { text: node.text.value } : {}),
    ...(node.children.length ? { children: node.children.map(shape) } : {}),
  };
}

function assertSpans(text: string, actual: readonly Span[], expected: readonly Span[]): void {
  assert.deepEqual(
    actual.map((s) => sliceOf(text, s)),
    expected.map((s) => sliceOf(text, s)),
  );
  assert.deepEqual(actual, expected);
}

test('keys are element names, scalars their text, each located exactly', () => {
  const { text, spans } = marked('«documentType»: «4»\n«issuer»:\n  «issuerCik»: «0001234567»\n');
  const root = read(text);
  assert.equal(root.name, 'ownershipDocument');
  const documentType = at(root, 'documentType');
  const issuer = at(root, 'issuer');
  const cik = at(root, 'issuer', 'issuerCik');
  assertSpans(text, [documentType.nameSpan, documentType.text!.span, issuer.nameSpan, cik.nameSpan, cik.text!.span], spans);
  assert.deepEqual(issuer.span, { start: spans[2]!.start, end: spans[4]!.end });
  assert.deepEqual(root.nameSpan, spans[0], "the root's name range is its first key");
});

test('scalars keep their source text: leading zeros, trailing zeros, 1, true, ~, dates', () => {
  const root = read(
    'issuer:\n  issuerCik: 0001234567\nperiodOfReport: 2024-03-12\naff10b5One: 1\nnotSubjectToSection16: true\nremarks: ~\nnonDerivativeTable:\n  - nonDerivativeHolding:\n      postTransactionAmounts:\n        sharesOwnedFollowingTransaction: 1500.10\n',
  );
  assert.equal(at(root, 'issuer', 'issuerCik').text?.value, '0001234567');
  assert.equal(at(root, 'periodOfReport').text?.value, '2024-03-12');
  assert.equal(at(root, 'aff10b5One').text?.value, '1');
  assert.equal(at(root, 'notSubjectToSection16').text?.value, 'true');
  assert.equal(at(root, 'remarks').text?.value, '~');
  assert.equal(
    at(root, 'nonDerivativeTable', 'nonDerivativeHolding', 'postTransactionAmounts', 'sharesOwnedFollowingTransaction', 'value').text
      ?.value,
    '1500.10',
  );
});

test('quoted scalars give their string value, located with their quotes; an empty value is no text', () => {
  const { text, spans } = marked(`remarks: «"a: b # c"»\nissuer:\n  issuerName: «'It''s'»\n  issuerTradingSymbol: «""»\n  issuerCik:\n`);
  const root = read(text);
  assert.equal(at(root, 'remarks').text?.value, 'a: b # c');
  assert.equal(at(root, 'issuer', 'issuerName').text?.value, "It's");
  assertSpans(text, [at(root, 'remarks').text!.span, at(root, 'issuer', 'issuerName').text!.span], spans.slice(0, 2));
  assert.equal(at(root, 'issuer', 'issuerTradingSymbol').text, undefined);
  assert.deepEqual(at(root, 'issuer', 'issuerTradingSymbol').span.end, spans[2]!.end);
  assert.equal(at(root, 'issuer', 'issuerCik').text, undefined);
});

test('a block scalar is located from its indicator to its last line', () => {
  const { text, spans } = marked('footnotes:\n  F1: «|-\n    line one\n    line two»\n\nremarks: x\n');
  const root = read(text);
  const footnote = at(root, 'footnotes', 'footnote');
  assert.equal(footnote.text?.value, 'line one\nline two');
  assertSpans(text, [footnote.text!.span], spans);
});

test('a folded cell: the key names the cell, the scalar is its value element', () => {
  const { text, spans } = marked(
    'nonDerivativeTable:\n  - nonDerivativeTransaction:\n      transactionAmounts:\n        «transactionShares»: «1500»\n',
  );
  const root = read(text);
  const shares = at(root, 'nonDerivativeTable', 'nonDerivativeTransaction', 'transactionAmounts', 'transactionShares');
  const value = at(shares, 'value');
  assertSpans(text, [shares.nameSpan, value.nameSpan, value.span, value.text!.span], [spans[0]!, spans[1]!, spans[1]!, spans[1]!]);
  assert.deepEqual(shape(shares), { name: 'transactionShares', children: [{ name: 'value', text: '1500' }] });
});

test('a cell with footnote references: value and footnoteId elements, each reference at its item', () => {
  const { text, spans } = marked(
    'nonDerivativeTable:\n  - nonDerivativeTransaction:\n      transactionAmounts:\n        transactionPricePerShare: {«value»: «12.5», footnotes: [«F2», «F3»]}\n',
  );
  const root = read(text);
  const price = at(root, 'nonDerivativeTable', 'nonDerivativeTransaction', 'transactionAmounts', 'transactionPricePerShare');
  assert.deepEqual(shape(price), {
    name: 'transactionPricePerShare',
    children: [
      { name: 'value', text: '12.5' },
      { name: 'footnoteId', attributes: { id: 'F2' } },
      { name: 'footnoteId', attributes: { id: 'F3' } },
    ],
  });
  const [value, f2, f3] = price.children;
  assertSpans(text, [value!.nameSpan, value!.text!.span, f2!.nameSpan, f3!.attributes[0]!.value.span], spans);
  assert.deepEqual(f2!.attributes[0]!.nameSpan, spans[2]);
});

test('references only, a single reference without a list, and references in transactionCoding', () => {
  const root = read(
    'derivativeTable:\n  - derivativeHolding:\n      exerciseDate: {footnotes: [F1]}\n      expirationDate:\n        footnotes: F2\n  - derivativeTransaction:\n      transactionCoding:\n        transactionFormType: 4\n        transactionCode: M\n        equitySwapInvolved: 0\n        footnotes: [F1, F3]\n',
  );
  assert.deepEqual(shape(at(root, 'derivativeTable', 'derivativeHolding', 'exerciseDate')), {
    name: 'exerciseDate',
    children: [{ name: 'footnoteId', attributes: { id: 'F1' } }],
  });
  assert.deepEqual(shape(at(root, 'derivativeTable', 'derivativeHolding', 'expirationDate')), {
    name: 'expirationDate',
    children: [{ name: 'footnoteId', attributes: { id: 'F2' } }],
  });
  const coding = at(root, 'derivativeTable', 'derivativeTransaction', 'transactionCoding');
  assert.deepEqual(
    coding.children.map((c) => c.name + (c.attributes[0] ? `=${c.attributes[0].value.value}` : '')),
    ['transactionFormType', 'transactionCode', 'equitySwapInvolved', 'footnoteId=F1', 'footnoteId=F3'],
  );
});

test('an empty cell (`key:`) has no value element; `""` is an empty one', () => {
  const root = read('nonDerivativeTable:\n  - nonDerivativeTransaction:\n      deemedExecutionDate:\n      transactionTimeliness: ""\n');
  const row = at(root, 'nonDerivativeTable', 'nonDerivativeTransaction');
  assert.deepEqual(shape(at(row, 'deemedExecutionDate')), { name: 'deemedExecutionDate' });
  assert.deepEqual(shape(at(row, 'transactionTimeliness')), { name: 'transactionTimeliness', children: [{ name: 'value' }] });
});

test('footnote definitions: a footnote element per entry, the id at the key, the text at the value', () => {
  const { text, spans } = marked('footnotes:\n  «F1»: «Weighted average price.»\n  «F2»: «"Range: $1 to $2"»\n');
  const root = read(text);
  const [f1, f2] = at(root, 'footnotes').children;
  assert.deepEqual(shape(at(root, 'footnotes')), {
    name: 'footnotes',
    children: [
      { name: 'footnote', attributes: { id: 'F1' }, text: 'Weighted average price.' },
      { name: 'footnote', attributes: { id: 'F2' }, text: 'Range: $1 to $2' },
    ],
  });
  assertSpans(text, [f1!.nameSpan, f1!.text!.span, f2!.attributes[0]!.nameSpan, f2!.text!.span], spans);
  assert.deepEqual(f1!.attributes[0]!.value.span, spans[0]);
});

test('list items: one element each, named at the dash and first key; a single mapping is a list of one', () => {
  const { text, spans } = marked(
    'reportingOwner:\n  «- reportingOwnerId»:\n      rptOwnerCik: 1\n  «- reportingOwnerId»:\n      rptOwnerCik: 2\nownerSignature:\n  signatureName: A\n',
  );
  const root = read(text);
  const owners = root.children.filter((c) => c.name === 'reportingOwner');
  assert.equal(owners.length, 2);
  assertSpans(
    text,
    owners.map((o) => o.nameSpan),
    spans,
  );
  assert.equal(at(root, 'reportingOwner#2', 'reportingOwnerId', 'rptOwnerCik').text?.value, '2');
  assert.deepEqual(shape(at(root, 'ownerSignature')), { name: 'ownerSignature', children: [{ name: 'signatureName', text: 'A' }] });
});

test('a table is a list of one-key rows whose kinds interleave in order', () => {
  const { text, spans } = marked(
    'nonDerivativeTable:\n  - «nonDerivativeTransaction»:\n      securityTitle: Common Stock\n  - «nonDerivativeHolding»:\n      securityTitle: Common Stock\n  - «nonDerivativeTransaction»:\n      securityTitle: Preferred\n',
  );
  const table = at(read(text), 'nonDerivativeTable');
  assert.deepEqual(
    table.children.map((c) => c.name),
    ['nonDerivativeTransaction', 'nonDerivativeHolding', 'nonDerivativeTransaction'],
  );
  assertSpans(
    text,
    table.children.map((c) => c.nameSpan),
    spans,
  );
  assert.equal(at(table, 'nonDerivativeTransaction#2', 'securityTitle', 'value').text?.value, 'Preferred');
});

test('unknown keys, attributes and #text are kept; a mapping where text is expected gives children', () => {
  const root = read("issuer:\n  issuerCik: {'@kind': x, '#text': '1', extra: 2}\n  issuerColor: blue\n'<footnotes>': kept\n");
  assert.deepEqual(shape(at(root, 'issuer')), {
    name: 'issuer',
    children: [
      { name: 'issuerCik', attributes: { kind: 'x' }, text: '1', children: [{ name: 'extra', text: '2' }] },
      { name: 'issuerColor', text: 'blue' },
    ],
  });
  assert.deepEqual(shape(at(root, 'footnotes')), { name: 'footnotes', text: 'kept' });
});

test('a syntax error is reported on its token and the rest is still read', () => {
  const { text, spans } = marked('issuer:\n  issuerCik: «"123»\n  issuerName: x\n');
  const result = readYaml(text);
  assert.deepEqual(
    result.findings.map((f) => [f.rule, f.severity, f.message]),
    [['yaml/syntax', 'error', 'This quoted value has no closing quote.']],
  );
  assertSpans(
    text,
    result.findings.map((f) => f.span),
    spans,
  );
  assert.equal(at(result.root, 'issuer', 'issuerCik').name, 'issuerCik');

  const nested = marked('documentType: 4\nremarks: «b»: c\n');
  const second = readYaml(nested.text);
  assert.deepEqual(
    second.findings.map((f) => [f.rule, f.message]),
    [['yaml/syntax', 'Nested mappings are not allowed in compact mappings.']],
  );
  assertSpans(
    nested.text,
    second.findings.map((f) => f.span),
    nested.spans,
  );
  assert.equal(at(second.root, 'documentType').text?.value, '4');
});

test('tabs as indentation are reported on the tab', () => {
  const { text, spans } = marked('issuer:\n«\t»issuerCik: 1\n');
  const result = readYaml(text);
  assert.deepEqual(
    result.findings.map((f) => f.message),
    ['Tabs are not allowed as indentation in YAML: indent with spaces.'],
  );
  assertSpans(
    text,
    result.findings.map((f) => f.span),
    spans,
  );
});

test('a duplicate key is a syntax error on the second key, pointing at the first; both are read', () => {
  const { text, spans } = marked('«remarks»: one\ndocumentType: 4\n«remarks»: two\n');
  const result = readYaml(text);
  assert.equal(result.findings.length, 1);
  const [finding] = result.findings;
  assert.equal(finding!.rule, 'yaml/syntax');
  assert.match(finding!.message, /^Duplicate key `remarks`/);
  assert.deepEqual(finding!.span, spans[1]);
  assert.deepEqual(
    finding!.related?.map((r) => r.span),
    [spans[0]],
  );
  assert.deepEqual(
    result.root?.children.map((c) => c.text?.value),
    ['one', '4', 'two'],
  );
});

test('aliases are refused on the alias, anchors ignored; an alias bomb stays linear', () => {
  const { text, spans } = marked('issuer: &owner\n  issuerCik: 1\nremarks: «*owner»\n');
  const result = readYaml(text);
  assert.deepEqual(
    result.findings.map((f) => f.rule),
    ['yaml/syntax'],
  );
  assert.match(result.findings[0]!.message, /Aliases \(`\*owner`\) are not supported/);
  assertSpans(
    text,
    result.findings.map((f) => f.span),
    spans,
  );
  assert.equal(at(result.root, 'remarks').text, undefined);

  const levels = ['a: &a ["x", "x", "x", "x", "x", "x", "x", "x", "x"]'];
  for (let i = 1; i < 10; i++)
    levels.push(
      `l${i}: &l${i} [${Array(9)
        .fill(`*${i === 1 ? 'a' : `l${i - 1}`}`)
        .join(', ')}]`,
    );
  const bomb = readYaml(levels.join('\n') + '\n');
  assert.equal(bomb.findings.length, 81, 'one finding per alias written, none per expansion');
  assert.ok(bomb.findings.every((f) => f.rule === 'yaml/syntax'));
});

test('too deep: YAML nesting beyond the limit is refused before it is composed, on the first deeper collection', () => {
  const depth = 500;
  const text = 'remarks: ' + '['.repeat(depth) + ']'.repeat(depth) + '\n';
  const result = readYaml(text);
  assert.equal(result.root, undefined);
  assert.deepEqual(
    result.findings.map((f) => f.rule),
    ['input/too-deep'],
  );
  // The root mapping is level 1, so the 400th bracket is level 401: past twice the default element depth of 200.
  assert.deepEqual(result.findings[0]!.span, { start: 9 + 399, end: 9 + 400 });
});

test('too deep: nesting that would overflow the YAML parser itself is refused from the tokens alone', () => {
  for (const text of [
    '- '.repeat(5000) + 'x\ny: 1\n',
    'a: ' + ': '.repeat(5000) + 'x\nc: 1\n',
    'r: ' + '['.repeat(5000) + ']'.repeat(5000) + '\n',
  ]) {
    const result = readYaml(text);
    assert.equal(result.root, undefined);
    assert.deepEqual(
      result.findings.map((f) => f.rule),
      ['input/too-deep'],
    );
  }
  // Reading again in the same process works: nothing overflowed (V8 may abort after a stack overflow in a regex).
  assert.equal(readYaml('remarks: x\n').root?.children[0]?.text?.value, 'x');
});

test('too deep: elements nested beyond maxDepth are skipped and reported once, at the first such key', () => {
  const { text, spans } = marked('issuer:\n  issuerCik:\n    «deeper»:\n      deepest: 1\n  issuerName: x\n');
  const result = readYaml(text, { maxDepth: 3 });
  assert.deepEqual(
    result.findings.map((f) => [f.rule, f.message]),
    [['input/too-deep', 'Elements are nested more than 3 levels deep here; `deeper` and everything in it were skipped.']],
  );
  assertSpans(
    text,
    result.findings.map((f) => f.span),
    spans,
  );
  assert.deepEqual(shape(at(result.root, 'issuer')), {
    name: 'issuer',
    children: [{ name: 'issuerCik' }, { name: 'issuerName', text: 'x' }],
  });
});

test('too large: refused with one finding on the first line', () => {
  const text = 'remarks: ' + 'x'.repeat(100) + '\nissuer: y\n';
  const result = readYaml(text, { maxBytes: 50 });
  assert.equal(result.root, undefined);
  assert.deepEqual(
    result.findings.map((f) => f.rule),
    ['input/too-large'],
  );
  assert.deepEqual(result.findings[0]!.span, { start: 0, end: 109 });
});

test('a document that is not a mapping is refused clearly; an empty one is an empty ownership document', () => {
  for (const [text, what, end] of [
    ['- a\n- b\n', 'a list', 3],
    ['just text\n', 'a single value', 9],
  ] as const) {
    const result = readYaml(text);
    assert.equal(result.root, undefined);
    assert.deepEqual(
      result.findings.map((f) => f.rule),
      ['yaml/syntax'],
    );
    assert.match(
      result.findings[0]!.message,
      new RegExp(`A YAML draft is a mapping of the Form 4's elements .*this document is ${what}\\.$`),
    );
    assert.deepEqual(result.findings[0]!.span, { start: 0, end });
  }
  const empty = readYaml('# nothing yet\n');
  assert.deepEqual(empty.findings, []);
  assert.deepEqual(shape(empty.root!), { name: 'ownershipDocument' });
});

test('a second document is reported on its marker and ignored', () => {
  const { text, spans } = marked('remarks: a\n«---»\nremarks: b\n');
  const result = readYaml(text);
  assert.deepEqual(
    result.findings.map((f) => f.rule),
    ['yaml/syntax'],
  );
  assertSpans(
    text,
    result.findings.map((f) => f.span),
    spans,
  );
  assert.deepEqual(shape(result.root!), { name: 'ownershipDocument', children: [{ name: 'remarks', text: 'a' }] });
});

test('tags are ignored with a warning on the tag; the value is read as written', () => {
  const { text, spans } = marked('aff10b5One: «!!bool» 1\n');
  const result = readYaml(text);
  assert.deepEqual(
    result.findings.map((f) => [f.rule, f.severity]),
    [['yaml/syntax', 'warning']],
  );
  assertSpans(
    text,
    result.findings.map((f) => f.span),
    spans,
  );
  assert.equal(at(result.root, 'aff10b5One').text?.value, '1');
});

test('garbage never throws and every range stays inside the text', () => {
  const pieces = [
    'a',
    ':',
    ' ',
    '\n',
    '- ',
    '[',
    ']',
    '{',
    '}',
    '"',
    "'",
    '#',
    '&x ',
    '*x',
    '|',
    '>',
    '? ',
    '---\n',
    '\t',
    'footnotes:',
    '@id:',
    '#text:',
    'nonDerivativeTable:',
  ];
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
  for (let run = 0; run < 300; run++) {
    let text = '';
    for (let i = 0; i < 40; i++) text += pieces[next() % pieces.length];
    const result = readYaml(text);
    for (const f of result.findings)
      assert.ok(f.span.start >= 0 && f.span.end <= text.length && f.span.start <= f.span.end, JSON.stringify({ text, f }));
  }
});

test('the example of docs/yaml-drafts.md reads without a finding and checks clean', () => {
  const docs = readFileSync(path.resolve(__dirname, '../../../docs/yaml-drafts.md'), 'utf8');
  const example = /## A complete example[\s\S]*?```yaml\n([\s\S]*?)```/.exec(docs)?.[1];
  assert.ok(example);
  const analyzed = analyze(example, 'yaml');
  assert.equal(analyzed.kind, '4');
  assert.deepEqual(check(analyzed, { today: makeDate(2024, 3, 13) }), []);
  const table = at(analyzed.root, 'nonDerivativeTable');
  assert.deepEqual(
    table.children.map((row) =>
      [row.name, textOf(firstChild(firstChild(row, 'transactionCoding'), 'transactionCode'))].filter(Boolean).join(':'),
    ),
    ['nonDerivativeTransaction:M', 'nonDerivativeTransaction:F', 'nonDerivativeTransaction:S', 'nonDerivativeHolding'],
  );
});

test('the parsed document keeps no CST (it would stay alive while the tree is built), and block-list dashes still place the items', () => {
  const { text, spans } = marked(
    'reportingOwner:\n  «- reportingOwnerId»:\n      rptOwnerCik: 1\n  «-»\n    reportingOwnerId:\n      rptOwnerCik: 2\nx: &a 1\n',
  );
  const parsed = parseYamlText(text, 100);
  const held: string[] = [];
  visit(parsed.document!, (_key, node) => {
    if (node && typeof node === 'object' && 'srcToken' in node && node.srcToken !== undefined) held.push(String(node));
  });
  assert.deepEqual(held, []);
  const owners = readYaml(text).root!.children.filter((c) => c.name === 'reportingOwner');
  assert.deepEqual(
    owners.map((o) => sliceOf(text, o.nameSpan)),
    spans.map((s) => sliceOf(text, s)),
  );
});

test('comments: whole-line ones where they stand, end-of-line ones after their element, on both paths', () => {
  const source =
    '«# top»\nschemaVersion: X0508 «# after the version»\nissuer:\n  «# about the CIK»\n  issuerCik: "0000320193"\n' +
    '  issuerName: |\n    # text, not a comment\n    Apple\n«# before the owner»\nreportingOwner: {}\n«# bottom»\n';
  // The second text is off the fast path (an anchor): the general reader must place them alike.
  for (const draft of [source, source.replace('issuerCik:', 'issuerCik: &a')]) {
    const { text, spans } = marked(draft);
    const [top, version, cik, owner, bottom] = spans;
    const root = read(text);
    assert.deepEqual(root.outside, [
      { text: ' top', span: top, at: 0 },
      { text: ' bottom', span: bottom, at: 1 },
    ]);
    assert.deepEqual(root.comments, [
      { text: ' after the version', span: version, at: 1 },
      { text: ' before the owner', span: owner, at: 2 },
    ]);
    assert.deepEqual(at(root, 'issuer').comments, [{ text: ' about the CIK', span: cik, at: 0 }]);
    assert.equal(textOf(at(root, 'issuer', 'issuerName')), '# text, not a comment\nApple');
  }
});

test('comments: the last comment-like `#` ends the lexing only at its line end, whatever scalar it is in', () => {
  // The general reader (an anchor) lexes for comments up to the end of the last line holding a `#` after a space;
  // that line may be inside a quoted scalar or a block scalar, which the cut must not turn into comments.
  const drafts = [
    'issuer: &a\n  issuerCik: "0000320193" «# real»\n  issuerName: "Apple # not a\n    comment"\n',
    'issuer: &a\n  issuerCik: "0000320193" «# real»\n  issuerName: |\n    Apple # not a comment\n',
    'issuer: &a\n  issuerCik: "0000320193"\n  issuerName: Apple «# last, with no line end»',
    '\uFEFF«# after the byte-order mark»\nissuer: &a\n  issuerName: Apple\n---\n---\n---\n',
  ];
  for (const draft of drafts) {
    const { text, spans } = marked(draft);
    // The last draft's extra documents are a finding of their own; the comments are what is compared here.
    const root = readYaml(text).root!;
    const comments = [...(root.outside ?? []), ...(at(root, 'issuer').comments ?? []), ...(root.comments ?? [])].map((c) => c.span);
    assert.deepEqual(comments, spans, JSON.stringify(draft));
  }
});
