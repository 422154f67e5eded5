import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  analyze,
  check,
  codeActions,
  complete,
  definition,
  foldingRanges,
  hover,
  references,
  symbols,
} from '../../../server/src/engine/index';
import { checkDay, form4Xml, form4Yaml } from './fixtures';

/**
 * Half-typed documents: the fixture cut off at many points, every feature asked at many offsets. Nothing may
 * throw, and every span returned must lie inside the text.
 */
for (const [format, full] of [
  ['xml', form4Xml],
  ['yaml', form4Yaml],
] as const) {
  test(`${format}: every feature answers on truncated documents without throwing`, () => {
    for (let cut = 0; cut <= full.length; cut += 389) {
      const text = full.slice(0, cut);
      const doc = analyze(text, format);
      const findings = check(doc, { today: checkDay });
      const inside = (span: { start: number; end: number }) =>
        assert.ok(0 <= span.start && span.start <= span.end && span.end <= text.length, `span ${span.start}-${span.end} in ${text.length}`);
      symbols(doc).forEach((s) => inside(s.span));
      foldingRanges(doc).forEach((r) => inside(r));
      for (let offset = 0; offset <= text.length; offset += 13) {
        const h = hover(doc, offset, { today: checkDay });
        if (h) inside(h.span);
        for (const item of complete(doc, offset)) if (item.replaceSpan) inside(item.replaceSpan);
        definition(doc, offset).forEach(inside);
        references(doc, offset).forEach(inside);
        for (const action of codeActions(doc, findings, { start: offset, end: offset })) action.edits.forEach((e) => inside(e.span));
      }
    }
  });
}

test('completion at the very start of a document that opens with an element replaces nothing after the cursor', () => {
  // lastIndexOf('<', -1) finds a `<` at 0: the context was once read as "inside the tag", with the span [1, 0).
  for (const text of ['<', '<ownershipDocument>', '<ownershipDocument><issuer/></ownershipDocument>']) {
    const items = complete(analyze(text, 'xml'), 0);
    for (const item of items) {
      const span = item.replaceSpan ?? { start: 0, end: 0 };
      assert.ok(
        span.start <= span.end && span.start === 0,
        `"${item.label}" replaces [${span.start}, ${span.end}) in ${JSON.stringify(text)}`,
      );
    }
  }
});
