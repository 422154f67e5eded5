import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { LineIndex } from '../../../server/src/engine/text/lineIndex';

/** Line and character of every offset, worked out one character at a time, as LSP defines lines. */
function positionsByHand(text: string): { line: number; character: number }[] {
  const out: { line: number; character: number }[] = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i <= text.length; i++) {
    out.push({ line, character });
    const c = text[i];
    if (c === '\r' && text[i + 1] === '\n') {
      out.push({ line, character: character + 1 });
      i++;
      line++;
      character = 0;
    } else if (c === '\n' || c === '\r') {
      line++;
      character = 0;
    } else {
      character++;
    }
  }
  return out.slice(0, text.length + 1);
}

function assertAllPositions(text: string): void {
  const index = new LineIndex(text);
  const expected = positionsByHand(text);
  for (let offset = 0; offset <= text.length; offset++) {
    assert.deepEqual(index.positionAt(offset), expected[offset], `offset ${offset} of ${JSON.stringify(text)}`);
  }
}

test('lines end at \\n, \\r\\n and a lone \\r', () => {
  for (const text of ['', 'a', 'a\nb', 'a\r\nb', 'a\rb', '\r\n\r\n', '\n\r', '\r\r\n\n', 'x\r', 'x\n', 'ab\r\ncd\ref\ngh']) {
    assertAllPositions(text);
  }
  assert.equal(new LineIndex('a\r\nb\rc\nd').lineCount, 4);
});

test('positions match a character-by-character count on any mix of breaks', () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom('a', 'é', '\n', '\r', '\r\n', ' '), { maxLength: 40 }), (parts) =>
      assertAllPositions(parts.join('')),
    ),
  );
});

test('offsetAt inverts positionAt inside lines', () => {
  const text = 'one\r\ntwo\rthree\nfour';
  const index = new LineIndex(text);
  for (let offset = 0; offset <= text.length; offset++) {
    const position = index.positionAt(offset);
    // The offset between \r and \n of a CRLF is not a position of its own: it maps to the end of its line.
    if (text[offset - 1] === '\r' && text[offset] === '\n') continue;
    assert.equal(index.offsetAt(position), offset);
  }
});
