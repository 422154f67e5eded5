/**
 * `firstDisallowed` finds the first character XML 1.0 does not allow in a range of a text: control characters,
 * U+FFFE and U+FFFF, and a surrogate that is not half of a pair in the whole text (a pair may straddle the range's
 * edge). Long ranges are scanned by a regular expression and short ones by a loop; both must answer as the
 * definition does, code unit by code unit with `isAllowedAt`.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { firstDisallowed, isAllowedAt } from '../../../server/src/engine/read/xmlChars';

/** The definition: each code unit of the range asked in turn. */
function byDefinition(text: string, start: number, end: number): number {
  for (let i = start; i < end; i++) if (!isAllowedAt(text, i)) return i;
  return -1;
}

/** Mostly ordinary characters, and every kind the rule tells apart. */
const unit = fc.oneof(
  { weight: 20, arbitrary: fc.constantFrom('a', '1', ' ', '<', 'é', '\u4e2d') },
  { weight: 2, arbitrary: fc.constantFrom('\t', '\n', '\r') },
  { weight: 1, arbitrary: fc.constantFrom('\u0000', '\u0008', '\u001f', '\ufffe', '\uffff', '\ufffd', '\ue000', '\ud7ff') },
  { weight: 2, arbitrary: fc.constantFrom('\ud800', '\udbff', '\udc00', '\udfff', '\u{1f600}', '\u{10ffff}') },
);

const textAndRange = fc
  .array(unit, { maxLength: 400 })
  .map((units) => units.join(''))
  .chain((text) =>
    fc
      .tuple(fc.nat({ max: text.length }), fc.nat({ max: text.length }))
      .map(([a, b]) => ({ text, start: Math.min(a, b), end: Math.max(a, b) })),
  );

describe('firstDisallowed', () => {
  it('answers as the definition does, for short and long ranges anywhere in a text', () => {
    fc.assert(
      fc.property(textAndRange, ({ text, start, end }) => {
        assert.equal(firstDisallowed(text, start, end), byDefinition(text, start, end));
      }),
      { numRuns: 3000 },
    );
  });

  it('takes a pair cut by either edge of a long range as a pair', () => {
    const filler = 'x'.repeat(100);
    const text = `${filler}\u{1f600}${filler}\u{1f600}${filler}`;
    const low = filler.length + 1;
    const high = 2 * filler.length + 2;
    assert.equal(firstDisallowed(text, low, high + 1), -1);
    assert.equal(firstDisallowed(text, low, text.length), -1);
  });

  it('finds a lone surrogate, a control character and U+FFFE past the loop length', () => {
    const filler = 'x'.repeat(200);
    for (const bad of ['\ud800', '\udc00', '\u0001', '\ufffe']) {
      assert.equal(firstDisallowed(`${filler}${bad}${filler}`, 0, 401), filler.length, JSON.stringify(bad));
      assert.equal(firstDisallowed(`${filler}${bad}${filler}`, 201, 401), -1, JSON.stringify(bad));
    }
  });
});
