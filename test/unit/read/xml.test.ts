import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { Finding } from '../../../server/src/engine/findings';
import { readXml } from '../../../server/src/engine/read/xml';
import type { ElementNode } from '../../../server/src/engine/tree/node';
import { marked, sliceOf } from '../../helpers/markers';

/** Reads marked-up XML that must give exactly one finding, at the one marked span. */
function oneFinding(source: string, rule = 'xml/syntax'): { root: ElementNode | undefined; finding: Finding; text: string } {
  const m = marked(source);
  assert.equal(m.spans.length, 1, 'the test input marks one span');
  const { root, findings } = readXml(m.text);
  assert.equal(findings.length, 1, `expected one finding, got ${JSON.stringify(findings, null, 1)}`);
  const [finding] = findings;
  assert.equal(finding.rule, rule);
  assert.equal(finding.severity, 'error');
  assert.deepEqual(
    finding.span,
    m.spans[0],
    `finding on '${sliceOf(m.text, finding.span)}', expected '${m.slices[0]}': ${finding.message}`,
  );
  return { root, finding, text: m.text };
}

/** Reads XML that must be free of findings. */
function clean(text: string): ElementNode {
  const { root, findings } = readXml(text);
  assert.deepEqual(findings, []);
  assert.ok(root);
  return root;
}

function child(node: ElementNode | undefined, ...path: string[]): ElementNode {
  let current = node;
  for (const name of path) current = current?.children.find((c) => c.name === name);
  assert.ok(current, `no element at ${path.join('/')}`);
  return current;
}

describe('readXml: the located tree', () => {
  it('records names, name spans and element spans', () => {
    const m = marked(
      '<?xml version="1.0"?>\n«<«ownershipDocument»>\n    «<«issuer»><«issuerCik»>0000320193</issuerCik></issuer>»\n</ownershipDocument>»\n',
    );
    const root = clean(m.text);
    const [rootSpan, rootName, issuerSpan, issuerName, cikName] = m.spans;
    assert.equal(root.name, 'ownershipDocument');
    assert.deepEqual(root.span, rootSpan);
    assert.deepEqual(root.nameSpan, rootName);
    const issuer = child(root, 'issuer');
    assert.deepEqual(issuer.span, issuerSpan);
    assert.deepEqual(issuer.nameSpan, issuerName);
    assert.deepEqual(child(issuer, 'issuerCik').nameSpan, cikName);
    assert.equal(root.text, undefined, 'whitespace between child elements is no text');
    assert.equal(issuer.text, undefined);
  });

  it('records leaf text exactly, untrimmed, with its span', () => {
    const m = marked('<a><b>«  Apple Inc. »</b><c>«1500»</c></a>');
    const root = clean(m.text);
    assert.deepEqual(child(root, 'b').text, { value: '  Apple Inc. ', span: m.spans[0] });
    assert.deepEqual(child(root, 'c').text, { value: '1500', span: m.spans[1] });
  });

  it('keeps whitespace-only text of a leaf, and gives no text to empty elements', () => {
    const m = marked('<a><b>«   »</b><c></c><d/><e>\n  <f/>\n</e></a>');
    const root = clean(m.text);
    assert.deepEqual(child(root, 'b').text, { value: '   ', span: m.spans[0] });
    assert.equal(child(root, 'c').text, undefined);
    assert.equal(child(root, 'd').text, undefined);
    assert.equal('text' in child(root, 'd'), false, 'absent, not undefined');
    assert.equal(child(root, 'e').text, undefined);
  });

  it('records attributes in order with name spans and the value span between the quotes', () => {
    const m = marked(`<a><«footnoteId» «id»="«F1»" «note»='«say "x"»' «empty»="«»"/></a>`);
    const root = clean(m.text);
    const [, idName, idValue, noteName, noteValue, emptyName, emptyValue] = m.spans;
    const footnote = child(root, 'footnoteId');
    assert.deepEqual(footnote.nameSpan, m.spans[0]);
    assert.deepEqual(
      footnote.attributes.map((a) => [a.name, a.nameSpan, a.value.value, a.value.span]),
      [
        ['id', idName, 'F1', idValue],
        ['note', noteName, 'say "x"', noteValue],
        ['empty', emptyName, '', emptyValue],
      ],
    );
    assert.deepEqual(footnote.span, { start: 3, end: m.text.length - 4 });
  });

  it('decodes entity and character references in text and attributes; spans stay on the source', () => {
    const m = marked('<a x="«&lt;&#65;&#x42;&quot;»"><b>«AT&amp;T &lt;x&gt; &apos;&#233;&#x1F600;»</b></a>');
    const root = clean(m.text);
    assert.deepEqual(root.attributes[0].value, { value: '<AB"', span: m.spans[0] });
    assert.deepEqual(child(root, 'b').text, { value: "AT&T <x> 'é😀", span: m.spans[1] });
  });

  it('reads CDATA as text, the span covering the section', () => {
    const m = marked('<a><b>«<![CDATA[x < y & z]]>»</b><c>«p <![CDATA[<q>]]> &amp; r»</c></a>');
    const root = clean(m.text);
    assert.deepEqual(child(root, 'b').text, { value: 'x < y & z', span: m.spans[0] });
    assert.deepEqual(child(root, 'c').text, { value: 'p <q> & r', span: m.spans[1] });
  });

  it('skips the XML declaration, comments, processing instructions and a byte-order mark', () => {
    const m = marked('\uFEFF<?xml version="1.0" encoding="UTF-8"?>\n<!-- c --><?pi x?>\n<a><!-- <b> -->«1<?pi y?>2»</a><!-- end -->\n');
    const root = clean(m.text);
    assert.equal(root.children.length, 0);
    assert.deepEqual(root.text, { value: '12', span: m.spans[0] });
  });

  it('keeps comments and processing instructions where they stand, with their spans; outside the root on the root', () => {
    const m = marked('<?xml version="1.0"?>\n«<!-- c -->»<r>«<!--a-->»<x/>«<?pi d?>»<y>1«<!--b-->»</y>«<!--\r\nz-->»</r>«<!--e-->»');
    const root = clean(m.text);
    const [c, a, pi, b, z, e] = m.spans;
    assert.deepEqual(root.outside, [
      { text: ' c ', span: c, at: 0 },
      { text: 'e', span: e, at: 1 },
    ]);
    assert.deepEqual(root.comments, [
      { text: 'a', span: a, at: 0 },
      { text: 'pi d', span: pi, at: 1, instruction: true },
      { text: '\nz', span: z, at: 2 },
    ]);
    assert.deepEqual(root.children[1]!.comments, [{ text: 'b', span: b, at: 0 }]);
    assert.equal(root.children[0]!.comments, undefined);
  });

  it('reads CRLF files: line ends in text become LF, in attributes a space; spans stay on the source', () => {
    const m = marked('<?xml version="1.0"?>\r\n<a x="«1\r\n2»">\r\n  <b>«line 1\r\nline 2»</b>\r\n  <c>«x»</c>\r\n</a>\r\n');
    const root = clean(m.text);
    assert.deepEqual(root.attributes[0].value, { value: '1 2', span: m.spans[0] });
    assert.deepEqual(child(root, 'b').text, { value: 'line 1\nline 2', span: m.spans[1] });
    assert.deepEqual(child(root, 'c').text, { value: 'x', span: m.spans[2] });
    assert.equal(root.text, undefined);
  });

  it('reads CR-only line ends and normalizes tabs and newlines in attribute values', () => {
    const m = marked('<a y="«a\tb\nc»">\r  <b>«l1\rl2»</b>\r</a>');
    const root = clean(m.text);
    assert.deepEqual(root.attributes[0].value, { value: 'a b c', span: m.spans[0] });
    assert.deepEqual(child(root, 'b').text, { value: 'l1\nl2', span: m.spans[1] });
  });

  it('keeps qualified names as written and text beside child elements as the element text', () => {
    const m = marked(
      '<a xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:noNamespaceSchemaLocation="x.xsd">\n  «stray» <b/>\n</a>',
    );
    const root = clean(m.text);
    assert.deepEqual(
      root.attributes.map((a) => a.name),
      ['xmlns:xsi', 'xsi:noNamespaceSchemaLocation'],
    );
    assert.equal(root.text?.value, '\n  stray ');
    assert.deepEqual(root.text?.span, { start: m.spans[0].start - 3, end: m.spans[0].end + 1 });
  });
});

describe('readXml: syntax errors, on the offending token', () => {
  it('a mismatched end tag (a misspelt one closes the leaf)', () => {
    const { root, finding } = oneFinding('<a>\n  <b>\n    <value>1</«values»>\n  </b>\n</a>');
    assert.equal(finding.message, 'Expected </value> to close <value> opened on line 3, found </values>.');
    assert.equal(child(root, 'b', 'value').text?.value, '1');
    assert.deepEqual(
      finding.related?.map((r) => r.message),
      ['<value> opened here'],
    );
  });

  it('an end tag that skips open elements closes them too, with each one related', () => {
    const m = marked('<a><«b»><«c»>x</«a»>');
    const { findings, root } = readXml(m.text);
    assert.equal(findings.length, 1);
    assert.deepEqual(findings[0].span, m.spans[2]);
    assert.match(findings[0].message, /^Expected <\/c> to close <c> opened on line 1, found <\/a>\.$/);
    assert.deepEqual(
      findings[0].related?.map((r) => r.span),
      [m.spans[1], m.spans[0]],
    );
    assert.equal(child(root, 'b', 'c').text?.value, 'x');
    assert.deepEqual(child(root, 'b').span, { start: 3, end: m.text.indexOf('</a>') });
    assert.deepEqual(root?.span, { start: 0, end: m.text.length });
  });

  it('elements left open at the end, each at its start tag name', () => {
    const m = marked('<«a»>\n  <«b»>x');
    const { findings, root } = readXml(m.text);
    assert.deepEqual(
      findings.map((f) => [f.rule, f.span, f.message]),
      [
        ['xml/syntax', m.spans[0], '<a> opened on line 1 is never closed; expected </a>.'],
        ['xml/syntax', m.spans[1], '<b> opened on line 2 is never closed; expected </b>.'],
      ],
    );
    assert.equal(child(root, 'b').text?.value, 'x');
    assert.equal(root?.span.end, m.text.length);
  });

  it('a stray end tag inside an element with children is ignored', () => {
    const { root, finding } = oneFinding('<a><b/></«c»><d/></a>');
    assert.match(finding.message, /^Unexpected end tag <\/c>: no <c> is open here/);
    assert.deepEqual(
      root?.children.map((c) => c.name),
      ['b', 'd'],
    );
  });

  it('an end tag after the root element', () => {
    const { finding } = oneFinding('<a/>\n</«b»>');
    assert.equal(finding.message, 'Unexpected end tag </b> after the root element.');
  });

  it('text before or after the root element', () => {
    assert.equal(oneFinding('\n  «junk»\n<a/>').finding.message, 'Text is not allowed before the root element.');
    assert.equal(oneFinding('<a/>\n«junk text»\n').finding.message, 'Text is not allowed after the root element.');
  });

  it('an element after the root element is reported once and left out', () => {
    const { root, finding } = oneFinding('<a/>\n<«b»><c x=1></c></b>');
    assert.match(finding.message, /^Only one root element is allowed; <b> comes after the root element <a>\./);
    assert.equal(root?.name, 'a');
  });

  it('no root element', () => {
    const { root, finding } = oneFinding('«<?xml version="1.0"?>»\n<!-- nothing -->\n');
    assert.equal(root, undefined);
    assert.match(finding.message, /no root element/);
    assert.deepEqual(readXml('').findings[0].span, { start: 0, end: 0 });
  });

  it('a duplicate attribute (the first is kept)', () => {
    const { root, finding } = oneFinding('<a x="1" «x»="2"/>');
    assert.deepEqual(
      root?.attributes.map((a) => [a.name, a.value.value]),
      [['x', '1']],
    );
    assert.deepEqual(finding.related?.[0].span, { start: 3, end: 4 });
  });

  it('an unquoted attribute value (kept as the value)', () => {
    const { root, finding } = oneFinding('<a x=«F1»/>');
    assert.equal(finding.message, `The value of attribute 'x' must be in quotes: x="F1".`);
    assert.deepEqual(root?.attributes[0].value, { value: 'F1', span: { start: 5, end: 7 } });
  });

  it('an attribute without a value', () => {
    oneFinding('<a «x»/>');
    oneFinding('<a «x»= >t</a>');
  });

  it('an unterminated attribute value ends at the end of its tag', () => {
    const { root } = oneFinding('<a x=«"1»>\n<b y="2"/></a>');
    assert.deepEqual(root?.attributes[0].value, { value: '1', span: { start: 6, end: 7 } });
    assert.deepEqual(child(root, 'b').attributes[0].value.value, '2');
    const m = marked("<«a» x=«'1/»");
    assert.deepEqual(
      readXml(m.text).findings.map((f) => f.span),
      m.spans,
    );
  });

  it("'<' in an attribute value", () => {
    const { root } = oneFinding('<a x="1«<»2"/>');
    assert.equal(root?.attributes[0].value.value, '1<2');
  });

  it('an undefined entity reference is kept literally', () => {
    const { root, finding } = oneFinding('<a>x «&nbsp;» y</a>');
    assert.match(finding.message, /^Undefined entity &nbsp;/);
    assert.equal(root?.text?.value, 'x &nbsp; y');
  });

  it("a bare '&'", () => {
    assert.equal(oneFinding('<a>AT«&»T</a>').root?.text?.value, 'AT&T');
    assert.equal(oneFinding('<a x="«&»"/>').root?.attributes[0].value.value, '&');
    oneFinding('<a>«&»;</a>');
  });

  it('malformed character references are kept literally', () => {
    assert.equal(oneFinding('<a>«&#;»</a>').root?.text?.value, '&#;');
    assert.equal(oneFinding('<a>«&#x1»G;</a>').root?.text?.value, '&#x1G;');
    assert.equal(oneFinding('<a>x«&#12»</a>').root?.text?.value, 'x&#12');
    assert.match(oneFinding('<a>«&#0;»</a>').finding.message, /&#0; \(U\+0000\) is not a character allowed in XML 1\.0/);
    oneFinding('<a>«&#xD800;»</a>');
    oneFinding('<a>«&#99999999999;»</a>');
  });

  it('characters XML 1.0 does not allow, in text, attributes and comments', () => {
    assert.equal(oneFinding('<a>x«\u0001»y</a>').finding.message, 'The character U+0001 is not allowed in XML 1.0.');
    assert.match(oneFinding('<a>x«\u0001\u0002»y</a>').finding.message, /^2 characters/);
    oneFinding('<a x="«\u001b»"/>');
    oneFinding('<a><!-- «\uFFFF» --></a>');
    oneFinding('<a>«\uD800»x</a>');
    oneFinding('<a>«\uDC00»</a>');
    oneFinding('<a><![CDATA[«\u0000»]]></a>');
    clean('<a>😀 \t</a>');
  });

  it("']]>' in text", () => {
    const { root } = oneFinding('<a>x«]]>»</a>');
    assert.equal(root?.text?.value, 'x]]>');
  });

  it('unterminated comments, CDATA sections and processing instructions', () => {
    oneFinding('<a/>\n«<!--» never closed');
    oneFinding('<a/>«<?pi» x');
    const m = marked('<«a»>«<![CDATA[»x');
    const { findings, root } = readXml(m.text);
    assert.deepEqual(
      findings.map((f) => f.span),
      m.spans,
    );
    assert.equal(root?.text?.value, 'x');
  });

  it('an XML declaration not at the start, or a second one', () => {
    assert.match(oneFinding('\n«<?xml» version="1.0"?><a/>').finding.message, /must be at the very start/);
    assert.match(oneFinding('<?xml version="1.0"?>\n«<?xml» version="1.0"?><a/>').finding.message, /Only one XML declaration/);
  });

  it('start tags that are not closed (taken as empty elements)', () => {
    const { root } = oneFinding('<a>\n  <«b»\n  <c/>\n</a>');
    assert.deepEqual(
      root?.children.map((c) => c.name),
      ['b', 'c'],
    );
    const m = marked('<«a»><«b» x="1"');
    assert.deepEqual(
      readXml(m.text).findings.map((f) => f.span),
      m.spans,
    );
  });

  it('end tags that are not closed or hold more than a name', () => {
    oneFinding('<a></«a»');
    oneFinding('<a></a «x="1"»>');
  });

  it('invalid names and junk in tags', () => {
    oneFinding('<a><«b$c»/></a>');
    assert.equal(oneFinding('<a «%»/>').finding.message, "Unexpected '%' in the start tag <a>.");
    assert.equal(oneFinding('<a x="1"«y»="2"/>').finding.message, 'Attributes must be separated by whitespace.');
  });

  it("a '<' that starts no tag is kept as text", () => {
    assert.equal(oneFinding('<a>x «<» y</a>').root?.text?.value, 'x < y');
  });

  it("other '<!' markup", () => {
    oneFinding('«<!»ELEMENT a ANY>\n<a/>');
  });

  it('recovers: the rest of the tree is still built after errors', () => {
    const m = marked('<a>\n  <b x=«1»>t</b>\n  <c>«&bad;»</c>\n  <d>ok</«dd»>\n  <e>last</e>\n</a>');
    const { root, findings } = readXml(m.text);
    assert.deepEqual(
      findings.map((f) => f.span),
      m.spans,
    );
    assert.deepEqual(
      root?.children.map((c) => [c.name, c.text?.value]),
      [
        ['b', 't'],
        ['c', '&bad;'],
        ['d', 'ok'],
        ['e', 'last'],
      ],
    );
  });

  it('stops recording after 1000 errors, counting the rest in one', () => {
    const { findings } = readXml(`<a>${'&'.repeat(5000)}</a>`);
    assert.equal(findings.length, 1001);
    assert.deepEqual(findings[1000], {
      rule: 'xml/syntax',
      severity: 'error',
      message: 'And 4,000 more findings of xml/syntax, not listed: fix the listed ones first, then check again.',
      span: { start: 1003, end: 1004 },
      omitted: 4000,
    });
  });
});

describe('readXml: the XML declaration (W3C suite, section 2.8 and 2.9)', () => {
  it('accepts version 1.x, an encoding name and standalone yes or no, in that order, quoted either way', () => {
    clean('<?xml version="1.0"?><a/>');
    clean("<?xml version='1.1' encoding='ISO-8859-1' standalone='no' ?><a/>");
    clean('<?xml version = "1.0"\n  encoding="UTF-8"\tstandalone="yes"?><a/>');
  });

  it('refuses a version that is not 1.x', () => {
    assert.equal(oneFinding('<?xml version="«2.0»"?><a/>').finding.message, '\'2.0\' is not a version of XML 1.x: write version="1.0".');
    oneFinding('<?xml version="«1.0 »"?><a/>');
    oneFinding('<?xml version="«1»"?><a/>');
  });

  it('refuses a declaration without a version, or with the version out of place', () => {
    assert.match(oneFinding('«<?xml»?><a/>').finding.message, /needs a version/);
    assert.match(oneFinding('<?xml «encoding»="UTF-8"?><a/>').finding.message, /must give the version first, before 'encoding'/);
    assert.match(oneFinding('<?xml version="1.0" «version»="1.0"?><a/>').finding.message, /more than once/);
    assert.match(oneFinding('<?xml version="1.0" standalone="yes" «encoding»="UTF-8"?><a/>').finding.message, /out of place/);
    assert.match(oneFinding('<?xml «VERSION»="1.0"?><a/>').finding.message, /'VERSION' is not allowed in the XML declaration/);
    assert.match(oneFinding('<?xml version="1.0" «valid»="no"?><a/>').finding.message, /'valid' is not allowed/);
  });

  it('refuses an encoding that is not an encoding name, and a standalone other than yes or no', () => {
    assert.match(oneFinding('<?xml version="1.0" encoding="«UTF 8»"?><a/>').finding.message, /'UTF 8' is not an encoding name/);
    oneFinding('<?xml version="1.0" encoding="«8859-1»"?><a/>');
    assert.equal(
      oneFinding('<?xml version="1.0" standalone="«maybe»"?><a/>').finding.message,
      'standalone must be "yes" or "no" (in lower case), not "maybe".',
    );
    oneFinding('<?xml version="1.0" standalone="«YES»"?><a/>');
  });

  it('refuses missing spaces, quotes and equals signs', () => {
    assert.match(oneFinding('<?xml version="1.0"«standalone»="yes"?><a/>').finding.message, /A space is needed before 'standalone'/);
    assert.match(oneFinding('<?xml version=«"»1.0\'?><a/>').finding.message, /matching quotes/);
    assert.match(oneFinding('<?xml version=«1».0?><a/>').finding.message, /matching quotes/);
    assert.match(oneFinding('<?xml «version» <!--c--> ="1.0"?><a/>').finding.message, /Expected '=' after 'version'/);
  });
});

describe('readXml: comments, processing instructions and references (W3C suite, sections 2.5, 2.6, 4.1)', () => {
  it("refuses '--' inside a comment, and a comment ending in '--->'", () => {
    assert.match(oneFinding('<a><!-- a «--» b --></a>').finding.message, /'--' is not allowed inside a comment/);
    oneFinding('<!--a«--»->\n<a/>');
    clean('<a><!-- a - b -->< !-- x --></a>'.replace('< !', '<!'));
    clean('<a><!----></a>');
  });

  it("refuses 'xml' as a processing instruction target in any other case, and a target run into its data", () => {
    assert.match(oneFinding('<?«XML» version="1.0"?><a/>').finding.message, /'XML' is reserved/);
    oneFinding('<a/><?«xmL» x?>');
    assert.match(oneFinding('<?pitarget«+»++?><a/>').finding.message, /A space must separate the target 'pitarget'/);
    clean('<?xml-stylesheet href="x.xsl"?><a/><?pi?><?pi \n data?>');
  });

  it('reads character references with any number of leading zeros', () => {
    assert.equal(clean('<a>&#0000000000000000009;&#x000000000000041;</a>').text?.value, '\tA');
    oneFinding('<a>«&#0000000000000000000;»</a>');
    oneFinding('<a>«&#x0000110000;»</a>');
  });
});

describe('readXml: Namespaces in XML 1.0', () => {
  it('accepts declared prefixes, the xml prefix and its own binding, redeclarations and the default namespace', () => {
    clean('<a xmlns:p="urn:p" xmlns="urn:d"><p:b p:x="1" xml:lang="en"/><c xmlns:p="urn:q" xmlns=""><p:d/></c></a>');
    clean('<p:a xmlns:p="urn:p" xmlns:xml="http://www.w3.org/XML/1998/namespace"/>');
  });

  it('refuses names that are not qualified names', () => {
    assert.match(oneFinding('<«a:b:c» xmlns:a="urn:a"/>').finding.message, /'a:b:c' is not a valid element name with namespaces/);
    oneFinding('<«a:»/>');
    oneFinding('<«:a»/>');
    oneFinding('<a «x:»="1"/>');
    oneFinding('<a «xmlns:»="urn:x"/>');
  });

  it('refuses a prefix that is not declared, on elements and attributes, and out of its scope', () => {
    assert.equal(
      oneFinding('<«p:a»/>').finding.message,
      "The prefix 'p' of 'p:a' is not declared: add xmlns:p=\"...\" to this element or one that contains it.",
    );
    oneFinding('<a «p:x»="1"/>');
    assert.match(oneFinding('<a «xsi:nil»="true"/>').finding.message, /add xmlns:xsi="http:\/\/www\.w3\.org\/2001\/XMLSchema-instance"/);
    oneFinding('<a><b xmlns:p="urn:p"/><«p:c»/></a>');
  });

  it('refuses wrong bindings of xml and xmlns, bindings to their namespaces, and unbinding a prefix', () => {
    assert.match(oneFinding('<a xmlns:xml="«urn:x»"/>').finding.message, /The prefix 'xml' is bound to/);
    oneFinding('<a xmlns:p="«http://www.w3.org/XML/1998/namespace»"/>');
    assert.match(oneFinding('<a «xmlns:xmlns»="http://www.w3.org/2000/xmlns/"/>').finding.message, /'xmlns' is reserved/);
    oneFinding('<a xmlns:p="«http://www.w3.org/2000/xmlns/»"/>');
    oneFinding('<a xmlns="«http://www.w3.org/XML/1998/namespace»"/>');
    assert.match(oneFinding('<a xmlns:p="urn:p"><b xmlns:p="«»"/></a>').finding.message, /cannot be undeclared in XML 1\.0/);
    oneFinding('<«xmlns:a»/>');
  });

  it('refuses two attributes that are the same after expansion, relating the first', () => {
    const m = marked('<a xmlns:p="urn:x" xmlns:q="urn:x"><b «p:n»="1" «q:n»="2"/></a>');
    const { findings } = readXml(m.text);
    assert.equal(findings.length, 1);
    assert.deepEqual(findings[0].span, m.spans[1]);
    assert.deepEqual(findings[0].related?.[0].span, m.spans[0]);
    assert.match(findings[0].message, /'q:n' and 'p:n' are the same attribute: both prefixes stand for urn:x/);
    clean('<a xmlns:p="urn:x" xmlns:q="urn:y"><b p:n="1" q:n="2" n="3"/></a>');
  });

  it('refuses a colon in a processing instruction target', () => {
    assert.match(oneFinding('<?«a:b» x?><a/>').finding.message, /cannot hold a colon/);
  });
});

describe('readXml: DOCTYPE', () => {
  it('is reported on its token and skipped; its entities stay undefined', () => {
    const m = marked(
      '<?xml version="1.0"?>\n«<!DOCTYPE» a SYSTEM "http://example.invalid/x>y.dtd" [\n  <!ENTITY x "]>"> <!-- ]> -->\n]>\n<a>«&x;»</a>',
    );
    const { root, findings } = readXml(m.text);
    assert.deepEqual(
      findings.map((f) => [f.rule, f.span]),
      [
        ['xml/doctype', m.spans[0]],
        ['xml/syntax', m.spans[1]],
      ],
    );
    assert.equal(findings[0].message, 'DOCTYPE declarations are not allowed in EDGAR ownership documents; entities are not expanded.');
    assert.equal(root?.text?.value, '&x;');
  });

  it('a billion laughs is reported quickly, never expanded', () => {
    let doc = '<?xml version="1.0"?>\n<!DOCTYPE lolz [\n <!ENTITY lol "lol">\n';
    for (let i = 1; i <= 9; i++) doc += ` <!ENTITY lol${i} "${`&lol${i === 1 ? '' : i - 1};`.repeat(10)}">\n`;
    doc += ']>\n<lolz>&lol9;</lolz>\n';
    const started = performance.now();
    const { root, findings } = readXml(doc);
    const elapsed = performance.now() - started;
    assert.ok(elapsed < 100, `took ${elapsed} ms`);
    assert.deepEqual(
      findings.map((f) => f.rule),
      ['xml/doctype', 'xml/syntax'],
    );
    assert.equal(root?.text?.value, '&lol9;');
  });
});

describe('readXml: limits', () => {
  it('100,000 levels of nesting: no crash, too-deep reported once at the first too-deep tag, the rest still read', () => {
    const levels = 100_000;
    const text = '<r>' + '<a>'.repeat(levels) + '</a>'.repeat(levels) + '<after>x</after></r>';
    const { root, findings } = readXml(text);
    assert.equal(findings.length, 1);
    assert.equal(findings[0].rule, 'input/too-deep');
    // <r> is level 1, so the 200th <a> is level 201: the first one too deep.
    const firstTooDeep = 3 + 199 * 3;
    assert.deepEqual(findings[0].span, { start: firstTooDeep + 1, end: firstTooDeep + 2 });
    let depth = 1;
    for (let node = child(root, 'a'); node.children.length > 0; node = node.children[0]) depth++;
    assert.equal(depth, 199, 'the <a> chain under <r> keeps 199 levels');
    assert.equal(child(root, 'after').text?.value, 'x');
  });

  it('a custom maxDepth, and no limit at all, still without recursion', () => {
    const text = '<a>'.repeat(100_000) + '</a>'.repeat(100_000);
    assert.deepEqual(
      readXml(text, { maxDepth: 2 }).findings.map((f) => f.span),
      [{ start: 7, end: 8 }],
    );
    assert.deepEqual(readXml(text, { maxDepth: Infinity }).findings, []);
  });

  it('a 10 MB single-line value', () => {
    const value = 'x'.repeat(10_000_000);
    const root = clean(`<a><b>${value}</b></a>`);
    assert.equal(child(root, 'b').text?.value.length, value.length);
    assert.deepEqual(child(root, 'b').text?.span, { start: 6, end: 6 + value.length });
  });

  it('too large: one finding on the first line, no tree', () => {
    const text = '<?xml version="1.0"?>\n<a>' + 'x'.repeat(100) + '</a>';
    const { root, findings } = readXml(text, { maxBytes: 50 });
    assert.equal(root, undefined);
    assert.deepEqual(
      findings.map((f) => [f.rule, f.span]),
      [['input/too-large', { start: 0, end: 21 }]],
    );
    assert.match(findings[0].message, /129 characters, more than the limit of 50/);
    assert.equal(readXml(text, { maxBytes: text.length }).findings.length, 0);
  });
});

describe('readXml: hostile input stays linear', () => {
  const cases: Array<[string, string]> = [
    ['attribute values missing their closing quote', '<a>' + '<b x="1>'.repeat(200_000)],
    ["'<!' declarations that never end", '<a>' + '<!x '.repeat(300_000)],
    ['a tag with very many attributes', '<a ' + Array.from({ length: 100_000 }, (_, i) => `a${i}="1" `).join('') + 'a0="dup"/>'],
    ['end tags that match nothing, deep inside', '<a>'.repeat(150) + '<b/></x>'.repeat(200_000)],
    ['junk in end tags', '<a>' + '</a x'.repeat(300_000)],
    ['references without an end', '<a>' + '&x'.repeat(500_000) + '</a>'],
    [
      'a tag with very many prefixed attributes, pairs of them the same after expansion',
      '<r xmlns:a="urn:x" xmlns:b="urn:x"><e ' + Array.from({ length: 50_000 }, (_, i) => `a:n${i}="1" b:n${i}="2"`).join(' ') + '/></r>',
    ],
  ];
  for (const [what, text] of cases) {
    it(what, () => {
      const started = performance.now();
      const { findings } = readXml(text);
      const elapsed = performance.now() - started;
      assert.ok(findings.length > 0);
      assert.ok(elapsed < 2000, `took ${elapsed} ms`);
    });
  }
});

describe('readXml: namespace lookups do not grow with depth', () => {
  it('prefixes under 199 levels of declarations cost a small multiple of the same document without namespaces', () => {
    // Timed against its plain twin, so that a loaded machine slows both: a lookup that walked the open elements took
    // 18 times as long.
    const levels = Array.from({ length: 199 }, (_, i) => `<e xmlns:p${i}="urn:${i}">`);
    const prefixed = levels.join('') + '<q:x/>'.repeat(500_000);
    const plain = levels.map(() => '<e>').join('') + '<x/>'.repeat(500_000);
    const best = (text: string) => {
      let fastest = Infinity;
      for (let i = 0; i < 3; i++) {
        const started = performance.now();
        readXml(text);
        fastest = Math.min(fastest, performance.now() - started);
      }
      return fastest;
    };
    const [withPrefixes, without] = [best(prefixed), best(plain)];
    assert.ok(withPrefixes < 5 * without + 50, `${withPrefixes} ms with prefixes, ${without} ms without`);
  });
});

describe('readXml: never throws', () => {
  it('on arbitrary XML-like input, with every span inside the text', () => {
    const pieces = [
      '<',
      '>',
      '/',
      '</',
      '<a',
      '<b>',
      '</b>',
      '<a x="1">',
      '</a>',
      '"',
      "'",
      '=',
      ' ',
      '\n',
      '\r',
      '&',
      '&amp;',
      '&#',
      ';',
      'x',
      '<!--',
      '-->',
      '<![CDATA[',
      ']]>',
      '<?',
      '?>',
      '<!DOCTYPE',
      '[',
      ']',
      '\u0000',
      '\uD800',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 60 }), (parts) => {
        const text = parts.join('');
        const { root, findings } = readXml(text);
        for (const f of findings)
          assert.ok(f.span.start >= 0 && f.span.start <= f.span.end && f.span.end <= text.length, JSON.stringify(f));
        if (root) assert.ok(root.span.end <= text.length);
      }),
      { numRuns: 500 },
    );
  });
});
