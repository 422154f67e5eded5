import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { readXml } from '../../../server/src/engine/read/xml';
import type { AttributeNode, ElementNode } from '../../../server/src/engine/tree/node';
import { writeXml } from '../../../server/src/engine/write/xml';
import { projectTree } from '../../helpers/xmlTree';

const nowhere = { start: 0, end: 0 };

function el(name: string, content: { text?: string; attributes?: Record<string, string>; children?: ElementNode[] } = {}): ElementNode {
  const attributes: AttributeNode[] = Object.entries(content.attributes ?? {}).map(([n, v]) => ({
    name: n,
    nameSpan: nowhere,
    value: { value: v, span: nowhere },
  }));
  const node = { name, nameSpan: nowhere, span: nowhere, attributes, children: content.children ?? [] };
  return content.text === undefined ? node : { ...node, text: { value: content.text, span: nowhere } };
}

describe('writeXml', () => {
  it('writes comments and instructions where the tree puts them, and leaves out one XML cannot hold', () => {
    const at = (text: string, n: number, instruction?: true) => ({ text, span: nowhere, at: n, ...(instruction ? { instruction } : {}) });
    const tree: ElementNode = {
      ...el('r', { children: [el('x', { text: '1' }), { ...el('y'), comments: [at(' in y ', 0)] }] }),
      comments: [at('first', 0), at('pi d', 1, true), at(' a -- b', 1), at('last ', 2)],
      outside: [at(' before', 0), at('after', 1)],
    };
    assert.equal(
      writeXml(tree),
      '<?xml version="1.0"?>\n<!-- before -->\n<r>\n    <!-- first -->\n    <x>1</x>\n    <?pi d?>\n    <y><!-- in y --></y>\n' +
        '    <!-- last -->\n</r>\n<!-- after -->\n',
    );
  });

  it('writes EDGAR layout: declaration, one element per line, four-space indentation', () => {
    const tree = el('ownershipDocument', {
      children: [
        el('schemaVersion', { text: 'X0508' }),
        el('issuer', { children: [el('issuerCik', { text: '0000320193' }), el('issuerName', { text: 'Apple Inc.' })] }),
        el('rptOwnerStreet2'),
        el('footnoteId', { attributes: { id: 'F1' } }),
      ],
    });
    assert.equal(
      writeXml(tree),
      [
        '<?xml version="1.0"?>',
        '<ownershipDocument>',
        '    <schemaVersion>X0508</schemaVersion>',
        '    <issuer>',
        '        <issuerCik>0000320193</issuerCik>',
        '        <issuerName>Apple Inc.</issuerName>',
        '    </issuer>',
        '    <rptOwnerStreet2/>',
        '    <footnoteId id="F1"/>',
        '</ownershipDocument>',
        '',
      ].join('\n'),
    );
  });

  it('escapes what XML requires, in text and in attributes (write/xmlEscape.ts)', () => {
    const written = writeXml(el('a', { attributes: { x: '"1" & <2>' }, text: 'Smith & <Sons>' }));
    assert.equal(written, '<?xml version="1.0"?>\n<a x="&quot;1&quot; &amp; &lt;2&gt;">Smith &amp; &lt;Sons&gt;</a>\n');
  });

  it('writes text exactly, untrimmed; an empty text as an empty element', () => {
    assert.equal(writeXml(el('a', { text: '  x \n y  ' })), '<?xml version="1.0"?>\n<a>  x \n y  </a>\n');
    assert.equal(writeXml(el('a', { text: '' })), '<?xml version="1.0"?>\n<a/>\n');
    assert.equal(writeXml(el('a', { text: ' ' })), '<?xml version="1.0"?>\n<a> </a>\n');
  });

  it('keeps unknown elements and the order of the tree; text beside children stays on the start tag line', () => {
    const tree = el('r', {
      children: [
        el('zeta', { text: '1' }),
        el('alpha', { text: 'stray', children: [el('x', { children: [el('y')] })] }),
        el('zeta', { text: '2' }),
      ],
    });
    assert.equal(
      writeXml(tree),
      '<?xml version="1.0"?>\n<r>\n    <zeta>1</zeta>\n    <alpha>stray<x><y/></x></alpha>\n    <zeta>2</zeta>\n</r>\n',
    );
  });

  it('drops whitespace-only text beside child elements (the reader never keeps it)', () => {
    assert.equal(writeXml(el('a', { text: '\n  ', children: [el('b')] })), '<?xml version="1.0"?>\n<a>\n    <b/>\n</a>\n');
  });

  it('read -> write -> read keeps every name, attribute and text', () => {
    const source = [
      '<?xml version="1.0" encoding="UTF-8"?>\r\n',
      '<!-- a comment -->\r\n',
      '<ownershipDocument xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\r\n',
      '  <issuerName>AT&amp;T &lt;Inc&gt; &#233;</issuerName>\r\n',
      '  <remarks><![CDATA[Line 1\r\n  <b>Line 2</b> & more]]></remarks>\r\n',
      '  <footnote id=\'F1\' note="a&#9;b &quot;c&quot;">  padded  </footnote>\r\n',
      '  <unknownElement><deeper attr="x"/>tail</unknownElement>\r\n',
      '  <empty></empty><blank>   </blank>\r\n',
      '</ownershipDocument>\r\n',
    ].join('');
    const first = readXml(source);
    assert.deepEqual(first.findings, []);
    const written = writeXml(first.root!);
    const second = readXml(written);
    assert.deepEqual(second.findings, []);
    assert.deepEqual(projectTree(second.root!), projectTree(first.root!));
    assert.equal(writeXml(second.root!), written);
    assert.equal(second.root!.children.find((c) => c.name === 'remarks')?.text?.value, 'Line 1\n  <b>Line 2</b> & more');
    assert.equal(second.root!.children.find((c) => c.name === 'footnote')?.attributes[1].value.value, 'a\tb "c"');
  });

  it('writing what was read from a written tree gives the same text (any tree)', () => {
    const name = fc.constantFrom('a', 'value', 'footnoteId', 'xsi:type', 'a-b.c', '_x1');
    const value = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 12 }),
      fc.constantFrom('', ' ', '\n  ', '\r\n', 'a&b', '<x>', ']]>', '"\''),
    );
    const element = (children: fc.Arbitrary<ElementNode[]>) =>
      fc
        .record({
          name,
          text: fc.option(value, { nil: undefined }),
          attributes: fc.uniqueArray(fc.tuple(name, value), { maxLength: 3, selector: ([n]) => n }),
          children,
        })
        .map(({ name: n, text, attributes, children: c }) => el(n, { text, attributes: Object.fromEntries(attributes), children: c }));
    const tree = fc.letrec<{ node: ElementNode }>((tie) => ({
      node: fc.oneof(
        { maxDepth: 4, depthIdentifier: 'tree' },
        element(fc.constant([])),
        element(fc.array(tie('node'), { maxLength: 3, depthIdentifier: 'tree' })),
      ),
    })).node;
    fc.assert(
      fc.property(tree, (t) => {
        const written = writeXml(t);
        const reread = readXml(written);
        assert.ok(reread.root);
        assert.equal(writeXml(reread.root), written);
      }),
      { numRuns: 300 },
    );
  });

  it('writes a tree deeper than the call stack allows recursion for', () => {
    let node = el('leaf', { text: 'x' });
    for (let i = 0; i < 50_000; i++) node = el('n', { children: [node] });
    // Text on the root puts everything on one line, so the output stays linear in the depth.
    const written = writeXml(el('root', { text: 't', children: [node] }));
    assert.equal(written, '<?xml version="1.0"?>\n<root>t' + '<n>'.repeat(50_000) + '<leaf>x</leaf>' + '</n>'.repeat(50_000) + '</root>\n');
  });
});
