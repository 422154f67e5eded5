import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { readXml } from '../../../server/src/engine/read/xml';
import { readYaml } from '../../../server/src/engine/read/yaml';
import { documentSchemas, elementParticles, type TypeDef } from '../../../server/src/engine/structure/schema';
import { walk, type AttributeNode, type ElementNode } from '../../../server/src/engine/tree/node';
import { writeYaml } from '../../../server/src/engine/write/yaml';

const nowhere = { start: 0, end: 0 };

/** A test element: `el('issuer', [el('issuerCik', '0001')])`, `el('footnoteId', [], { id: 'F1' })`. */
function el(name: string, content: string | readonly ElementNode[] = [], attributes: Record<string, string> = {}): ElementNode {
  const attrs: AttributeNode[] = Object.entries(attributes).map(([n, value]) => ({
    name: n,
    nameSpan: nowhere,
    value: { value, span: nowhere },
  }));
  const node = { name, nameSpan: nowhere, span: nowhere, attributes: attrs, children: typeof content === 'string' ? [] : content };
  return typeof content === 'string' ? { ...node, text: { value: content, span: nowhere } } : node;
}

function withText(node: ElementNode, text: string): ElementNode {
  return { ...node, text: { value: text, span: nowhere } };
}

function doc(...children: ElementNode[]): ElementNode {
  return el('ownershipDocument', children);
}

/** Names, attributes (in order) and texts: everything a tree holds but its locations. */
function shape(node: ElementNode): unknown {
  return [node.name, node.attributes.map((a) => [a.name, a.value.value]), node.text?.value ?? null, node.children.map(shape)];
}

function roundTrip(tree: ElementNode): { yaml: string; back: ElementNode } {
  const yaml = writeYaml(tree);
  const result = readYaml(yaml);
  assert.deepEqual(result.findings, [], `the written draft reads cleanly:\n${yaml}`);
  assert.ok(result.root);
  assert.deepEqual(shape(result.root), shape(tree), `round trip of:\n${yaml}`);
  return { yaml, back: result.root };
}

test('a plain draft: folded cells, reference lists, footnote map, owner and signature lists, table rows', () => {
  const tree = doc(
    el('documentType', '4'),
    el('issuer', [el('issuerCik', '0001234567')]),
    el('reportingOwner', [el('reportingOwnerId', [el('rptOwnerCik', '0000000042')])]),
    el('nonDerivativeTable', [
      el('nonDerivativeTransaction', [
        el('securityTitle', [el('value', 'Common Stock')]),
        el('transactionCoding', [el('transactionCode', 'S'), el('footnoteId', [], { id: 'F1' })]),
        el('transactionAmounts', [
          el('transactionShares', [el('value', '1500.10')]),
          el('transactionPricePerShare', [el('value', '12.50'), el('footnoteId', [], { id: 'F2' })]),
        ]),
      ]),
      el('nonDerivativeHolding', [el('securityTitle', [el('footnoteId', [], { id: 'F1' })])]),
    ]),
    el('footnotes', [
      el('footnote', 'Under a 10b5-1 plan.', { id: 'F1' }),
      el('footnote', 'Weighted average: $12.00 to $13.00.', { id: 'F2' }),
    ]),
    el('ownerSignature', [el('signatureName', '/s/ Jane Doe'), el('signatureDate', '2024-03-13')]),
  );
  const { yaml } = roundTrip(tree);
  assert.equal(
    yaml,
    `documentType: 4
issuer:
  issuerCik: 0001234567
reportingOwner:
  - reportingOwnerId:
      rptOwnerCik: 0000000042
nonDerivativeTable:
  - nonDerivativeTransaction:
      securityTitle: Common Stock
      transactionCoding:
        transactionCode: S
        footnotes: [F1]
      transactionAmounts:
        transactionShares: 1500.10
        transactionPricePerShare: {value: 12.50, footnotes: [F2]}
  - nonDerivativeHolding:
      securityTitle: {footnotes: [F1]}
footnotes:
  F1: Under a 10b5-1 plan.
  F2: 'Weighted average: $12.00 to $13.00.'
ownerSignature:
  - signatureName: /s/ Jane Doe
    signatureDate: 2024-03-13
`,
  );
});

test('quoting: every awkward value reads back exactly', () => {
  const values = [
    'a: b',
    'a:',
    ':a',
    'x #y',
    '#x',
    'x#y',
    '0001234567',
    '1500.10',
    '1',
    'true',
    'yes',
    'no',
    'null',
    '~',
    '- x',
    '-x',
    '-',
    '---',
    '...',
    '? x',
    '[x]',
    '{x}',
    'a, b',
    '*x',
    '&x',
    '!x',
    '%x',
    '@x',
    '`x',
    '|',
    '>',
    "'x'",
    '"x"',
    "it's",
    'back\\slash',
    ' leading',
    'trailing ',
    '  ',
    'tab\there',
    '\ttab',
    'line one\nline two',
    'ends with newline\n',
    'two newlines\n\n',
    '\nstarts with newline',
    '  indented\nnext',
    'blank last line\n  ',
    'carriage\r\nreturn',
    'nel\u0085x',
    'ls\u2028ps\u2029',
    'bom\uFEFF',
    'control\u0001\u007f',
    'Ünïcödé ✓ 😀 日本',
    'é',
  ];
  for (const value of values) {
    roundTrip(doc(el('remarks', value)));
    roundTrip(doc(el('footnotes', [el('footnote', value, { id: 'F1' })])));
    roundTrip(
      doc(
        el('nonDerivativeTable', [
          el('nonDerivativeHolding', [el('securityTitle', [el('value', value), el('footnoteId', [], { id: 'F1' })])]),
        ]),
      ),
    );
    roundTrip(doc(el('issuer', [el('issuerName', 'x', { [value.includes('\n') ? 'multi' : 'attr']: value })])));
  }
});

test('empty values: no text, an empty value element, an empty attribute', () => {
  const { yaml } = roundTrip(
    doc(
      el('remarks'),
      el('nonDerivativeTable', [el('nonDerivativeTransaction', [el('deemedExecutionDate'), el('transactionTimeliness', [el('value')])])]),
      el('derivativeTable'),
      el('issuer', [el('issuerName', [], { lang: '' })]),
    ),
  );
  assert.match(yaml, /^remarks:\n/);
  assert.match(yaml, /\n {6}deemedExecutionDate:\n {6}transactionTimeliness: ""\n/);
  assert.match(yaml, /\nderivativeTable:\n/);
  assert.match(yaml, /\n {4}'@lang': ""\n/);
});

test('multi-line footnotes are literal blocks', () => {
  const { yaml } = roundTrip(
    doc(el('footnotes', [el('footnote', 'First line.\nSecond line.', { id: 'F1' }), el('footnote', '  Indented.\nNot.', { id: 'F2' })])),
  );
  assert.equal(yaml, 'footnotes:\n  F1: |-\n    First line.\n    Second line.\n  F2: |2-\n      Indented.\n    Not.\n');
});

test('unknown elements, attributes and mixed text are kept', () => {
  const { yaml } = roundTrip(
    doc(
      el('issuer', [el('issuerCik', '1'), el('issuerColor', 'blue')], { 'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance' }),
      withText(el('remarks', [el('b', 'bold')]), 'Some '),
      el('nonDerivativeTable', [
        el('nonDerivativeHolding', [
          el('postTransactionAmounts', [el('sharesOwnedFollowingTransaction', [el('value', '5', { unit: 'shares' })])]),
        ]),
      ]),
    ),
  );
  assert.match(yaml, /\n {2}'@xmlns:xsi': http:\/\/www\.w3\.org\/2001\/XMLSchema-instance\n/);
  assert.match(yaml, /\nremarks:\n {2}'#text': 'Some '\n {2}b: bold\n/);
});

test('order is kept: a name coming back after another, and a repeat where one is allowed, use the ordered form', () => {
  const { yaml } = roundTrip(
    doc(
      el('documentType', '4'),
      el('issuer', [el('issuerCik', '1'), el('issuerName', 'A'), el('issuerCik', '2')]),
      el('remarks', 'x'),
      el('remarks', 'y'),
    ),
  );
  assert.match(yaml, /\nissuer:\n {2}- issuerCik: 1\n {2}- issuerName: A\n {2}- issuerCik: 2\n/);
  assert.match(yaml, /\nremarks:\n {2}- x\n {2}- y\n/);
  roundTrip(
    doc(
      el('reportingOwner', [el('reportingOwnerId', [el('rptOwnerCik', '1')])]),
      el('documentType', '4'),
      el('reportingOwner', [el('reportingOwnerId', [el('rptOwnerCik', '2')])]),
    ),
  );
  roundTrip(doc(el('issuer', [el('issuerCik', '1')]), el('issuer', [el('issuerCik', '2')])));
});

test('footnotes that cannot be a map by id (duplicate or missing ids) are kept in the ordered form', () => {
  roundTrip(doc(el('footnotes', [el('footnote', 'a', { id: 'F1' }), el('footnote', 'b', { id: 'F1' }), el('footnote', 'c')])));
  roundTrip(doc(el('footnotes', [el('footnote', 'a', { id: 'F1' }), el('extra', 'x')])));
});

test('references with more than an id, references out of order, and an element named footnotes in a cell', () => {
  roundTrip(
    doc(
      el('nonDerivativeTable', [
        el('nonDerivativeHolding', [
          el('securityTitle', [el('footnoteId', [], { id: 'F1' }), el('value', 'X'), el('footnoteId', [], { id: 'F2' })]),
          el('postTransactionAmounts', [
            el('sharesOwnedFollowingTransaction', [el('value', '1'), el('footnoteId', [], { id: 'F1', extra: 'y' }), el('footnoteId')]),
          ]),
          el('ownershipNature', [
            el('directOrIndirectOwnership', [el('value', 'D'), el('footnotes', [el('a', '1'), el('b', '2'), el('a', '3')])]),
          ]),
        ]),
      ]),
    ),
  );
});

test('any tree shaped after the schema, with unknown elements, attributes, repeats and odd text, round-trips exactly', () => {
  const text = fc.oneof(
    fc.string({
      unit: fc.constantFrom(
        ' ',
        '\n',
        '\t',
        ':',
        '#',
        '-',
        '"',
        "'",
        'a',
        '0',
        '\r',
        '[',
        ',',
        '{',
        '|',
        '>',
        '@',
        '&',
        '*',
        '!',
        '%',
        '?',
        '~',
        'é',
        '😀',
        '\u0085',
        '\u2028',
        '\uFEFF',
        '\u0000',
        '\\',
      ),
      minLength: 1,
      maxLength: 10,
    }),
    fc.constantFrom('0001234567', '1500.10', 'true', 'null', '~', 'F1', '- x', 'a: b', '---', ' lead', 'trail ', 'x\n\n', '  \n  x'),
  );
  const names = ['x', 'value', 'footnoteId', 'footnotes', 'footnote', 'issuerCik', 'nonDerivativeTransaction'];
  type Draw = <T>(arbitrary: fc.Arbitrary<T>) => T;
  const tree = (draw: Draw, name: string, type: TypeDef | undefined, depth: number): ElementNode => {
    const attributes: Record<string, string> = {};
    if ((name === 'footnoteId' || name === 'footnote') && draw(fc.nat(4)) > 0)
      attributes.id = draw(fc.oneof(fc.constantFrom('F1', 'F2'), text));
    if (draw(fc.nat(9)) === 0) attributes[draw(fc.constantFrom('x', 'xsi:type'))] = draw(fc.oneof(text, fc.constant('')));
    const children: ElementNode[] = [];
    const particles = type?.kind === 'complex' ? elementParticles(type.content) : [];
    if (depth < 7) {
      for (const p of particles) {
        const count = draw(fc.nat(p.max > 1 ? 3 : 1)) + (draw(fc.nat(12)) === 0 ? 1 : 0);
        for (let i = 0; i < count; i++) children.push(tree(draw, p.name, p.type, depth + 1));
      }
      if (draw(fc.nat(particles.length ? 6 : 8)) === 0) children.push(tree(draw, draw(fc.constantFrom(...names)), undefined, depth + 1));
      if (children.length > 1 && draw(fc.nat(6)) === 0) children.push(children.splice(draw(fc.nat(children.length - 1)), 1)[0]!);
    }
    const node = el(name, children, attributes);
    const hasText = children.length === 0 ? draw(fc.nat(4)) > 0 : draw(fc.nat(10)) === 0;
    return hasText ? withText(node, draw(text)) : node;
  };
  fc.assert(
    fc.property(fc.gen(), (gen) => {
      const draw: Draw = (arbitrary) => gen(() => arbitrary);
      const root = tree(draw, 'ownershipDocument', documentSchemas['4/A'].type, 1);
      const result = readYaml(writeYaml(root));
      return (
        result.findings.length === 0 && result.root !== undefined && JSON.stringify(shape(result.root)) === JSON.stringify(shape(root))
      );
    }),
    { numRuns: 300, endOnFailure: true },
  );
});

test('comments are written as lines where they stood; a cell holding one is written as a block', () => {
  const xml =
    '<ownershipDocument><!--top--><issuer><issuerCik>1</issuerCik></issuer><nonDerivativeTable><nonDerivativeTransaction>' +
    '<!--first--><transactionAmounts><transactionPricePerShare><value>5</value><!-- why\n  so --><footnoteId id="F1"/>' +
    '</transactionPricePerShare><transactionShares><!--shares--><value>10</value></transactionShares></transactionAmounts>' +
    '</nonDerivativeTransaction></nonDerivativeTable><?pi x?><!--end--></ownershipDocument><!--after-->';
  const { root, findings } = readXml(xml);
  assert.deepEqual(findings, []);
  const yaml = writeYaml(root!);
  assert.equal(
    yaml,
    [
      '# top',
      'issuer:',
      '  issuerCik: 1',
      'nonDerivativeTable:',
      '  - nonDerivativeTransaction:',
      '      # first',
      '      transactionAmounts:',
      '        transactionPricePerShare:',
      '          value: 5',
      '          footnotes:',
      '            # why',
      '            # so',
      '            - F1',
      '        # shares',
      '        transactionShares: 10',
      '# end',
      // Two comments one after the other stay two: a blank line keeps the reader from joining them.
      '',
      '# after',
      '',
    ].join('\n'),
  );
  const back = readYaml(yaml);
  assert.deepEqual(back.findings, []);
  const texts: string[] = (back.root!.outside ?? []).map((c) => `${c.at}:${c.text}`);
  walk(back.root!, (node) => void texts.push(...(node.comments ?? []).map((c) => `${node.name}:${c.text}`)));
  assert.deepEqual(texts, [
    '0: top',
    '1: end',
    '1: after',
    'nonDerivativeTransaction: first',
    'transactionAmounts: shares',
    'transactionPricePerShare: why\n so',
  ]);
});
