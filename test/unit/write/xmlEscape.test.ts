import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { readXml } from '../../../server/src/engine/read/xml';
import { escapeXmlAttribute, escapeXmlText } from '../../../server/src/engine/write/xmlEscape';

/** `value` written as an attribute and as text with the escaper, then read back by our reader. */
function readBack(value: string): { attribute: string | undefined; text: string | undefined } {
  const result = readXml(`<a x="${escapeXmlAttribute(value)}">${escapeXmlText(value)}</a>`);
  assert.deepEqual(result.findings, [], JSON.stringify(value));
  return { attribute: result.root?.attributes[0]?.value.value, text: result.root?.text?.value ?? '' };
}

test('text: & < > and CR are escaped; LF, tab and quotes stay literal, as people read them', () => {
  assert.equal(escapeXmlText(`AT&T <b> ]]> "q" 'a'\r\n\t`), `AT&amp;T &lt;b&gt; ]]&gt; "q" 'a'&#13;\n\t`);
  assert.equal(escapeXmlText('plain'), 'plain');
});

test('attributes: also the double quote, and CR, LF and tab as character references', () => {
  assert.equal(escapeXmlAttribute(`a&b<c>"d"'e'\t\n\r`), `a&amp;b&lt;c&gt;&quot;d&quot;'e'&#9;&#10;&#13;`);
});

test('why attributes need the references: a reader turns literal line breaks and tabs in them into spaces', () => {
  assert.equal(readXml('<a x="1\n2\t3\r\n4"/>').root?.attributes[0]?.value.value, '1 2 3 4');
});

test('every value reads back unchanged, in an attribute and in text', () => {
  const awkward = ['', ' ', 'a\nb', 'a\r\nb', '\r', '\t', ' lead', 'trail ', '"q"', "'a'", '&amp;', '<x/>', ']]>', 'Ünïcödé ✓ 😀'];
  for (const value of awkward) assert.deepEqual(readBack(value), { attribute: value, text: value }, JSON.stringify(value));
  const unit = fc.constantFrom('a', ' ', '\t', '\n', '\r', '\r\n', '&', '<', '>', '"', "'", ']', 'é', '😀', '\u2028', '\u0085');
  fc.assert(
    fc.property(fc.string({ unit, maxLength: 20 }), (value) => {
      assert.deepEqual(readBack(value), { attribute: value, text: value });
    }),
    { numRuns: 500 },
  );
});
