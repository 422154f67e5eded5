import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { nodeUtf8 } from '../../../server/src/cli/inputs';
import { decodeDocument } from '../../../server/src/engine/read/decode';

const bytes = (...parts: (string | number[])[]): Uint8Array =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...Buffer.from(p, 'latin1')] : p)));

function utf16(text: string, littleEndian: boolean): Uint8Array {
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[2 * i + (littleEndian ? 0 : 1)] = c & 0xff;
    out[2 * i + (littleEndian ? 1 : 0)] = c >> 8;
  }
  return out;
}

describe('decodeDocument: encodings', () => {
  it('reads UTF-8 by default, every character exactly', () => {
    const text = '<?xml version="1.0"?>\n<a>Müller 😀 €</a>';
    const decoded = decodeDocument(new Uint8Array(Buffer.from(text, 'utf8')));
    assert.deepEqual(decoded, { text, encoding: 'UTF-8', findings: [] });
  });

  it('honours a UTF-8 byte-order mark, kept as U+FEFF', () => {
    const decoded = decodeDocument(bytes([0xef, 0xbb, 0xbf], '<a>', [0xc3, 0xbc], '</a>'));
    assert.deepEqual(decoded, { text: '\ufeff<a>ü</a>', encoding: 'UTF-8', findings: [] });
  });

  it('honours UTF-16 byte-order marks, little- and big-endian', () => {
    const text = '\ufeff<?xml version="1.0" encoding="UTF-16"?><a>Müller 😀</a>';
    for (const littleEndian of [true, false]) {
      const decoded = decodeDocument(utf16(text, littleEndian));
      assert.equal(decoded.text, text);
      assert.equal(decoded.encoding, littleEndian ? 'UTF-16LE' : 'UTF-16BE');
      // Read exactly, but not what EDGAR takes: one warning, on the first line.
      assert.deepEqual(
        decoded.findings.map((f) => [f.severity, f.span]),
        [['warning', { start: 0, end: text.length }]],
      );
      assert.match(decoded.findings[0].message, /EDGAR accepts UTF-8, US-ASCII or ISO-8859-1: save it as UTF-8 before filing/);
    }
  });

  it('honours the declared ISO-8859-1 and US-ASCII', () => {
    const latin = decodeDocument(bytes('<?xml version="1.0" encoding="ISO-8859-1"?><a>M', [0xfc], 'ller</a>'));
    assert.deepEqual(latin, { text: '<?xml version="1.0" encoding="ISO-8859-1"?><a>Müller</a>', encoding: 'ISO-8859-1', findings: [] });
    assert.equal(decodeDocument(bytes("<?xml version='1.0' encoding='latin1'?><a/>")).encoding, 'ISO-8859-1');
    assert.deepEqual(decodeDocument(bytes('<?xml version="1.0" encoding="us-ascii"?><a/>')).findings, []);
  });

  it('refuses an encoding EDGAR does not accept, on its name', () => {
    const text = '<?xml version="1.0" encoding="Shift_JIS"?><a/>';
    const { findings, encoding } = decodeDocument(bytes(text));
    assert.equal(encoding, 'UTF-8');
    assert.equal(findings.length, 1);
    assert.equal(findings[0].rule, 'input/encoding');
    assert.deepEqual(findings[0].span, { start: text.indexOf('Shift_JIS'), end: text.indexOf('Shift_JIS') + 9 });
    assert.match(findings[0].message, /'Shift_JIS' is not one EDGAR accepts/);
  });

  it('refuses a declaration that contradicts the byte-order mark, and UTF-16 declared without one', () => {
    const marked = decodeDocument(utf16('\ufeff<?xml version="1.0" encoding="ISO-8859-1"?><a/>', true));
    assert.match(
      marked.findings.find((f) => f.severity === 'error')?.message ?? '',
      /UTF-16 byte-order mark but declares encoding 'ISO-8859-1'/,
    );
    const unmarked = decodeDocument(bytes('<?xml version="1.0" encoding="UTF-16"?><a/>'));
    assert.match(unmarked.findings[0]?.message ?? '', /no UTF-16 byte-order mark/);
  });
});

describe('decodeDocument: bytes that are not characters', () => {
  it('reports each at its place in the text, never a silent U+FFFD', () => {
    // Latin-1 "Müller" saved without declaring it: the 0xFC byte is not UTF-8.
    const { text, findings } = decodeDocument(bytes('<a>M', [0xfc], 'ller</a>'));
    assert.equal(text, '<a>M\ufffdller</a>');
    assert.equal(findings.length, 1);
    assert.equal(findings[0].rule, 'input/encoding');
    assert.equal(findings[0].severity, 'error');
    assert.deepEqual(findings[0].span, { start: 4, end: 5 });
    assert.match(findings[0].message, /The byte FC at byte 4 is not UTF-8/);
  });

  it('a cut, overlong or surrogate sequence is one finding, and the offsets after it stay right', () => {
    // E2 82 cut short; C0 AF an overlong '/', two bad bytes; ED A0 80 the surrogate U+D800; then a right '€'.
    const { text, findings } = decodeDocument(
      bytes('<a>', [0xe2, 0x82], '<b>', [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xe2, 0x82, 0xac], '</a>'),
    );
    assert.equal(text, '<a>\ufffd<b>\ufffd\ufffd\ufffd€</a>');
    assert.deepEqual(
      findings.map((f) => f.span),
      [3, 7, 8, 9].map((start) => ({ start, end: start + 1 })),
    );
    assert.match(findings[0].message, /The bytes E2 82 at byte 3 are not UTF-8/);
  });

  it('a byte above 0x7F in declared US-ASCII, and an odd last byte of UTF-16', () => {
    const ascii = decodeDocument(bytes('<?xml version="1.0" encoding="US-ASCII"?><a>', [0xe9], '</a>'));
    assert.deepEqual(ascii.findings[0]?.span, { start: 44, end: 45 });
    const odd = decodeDocument(new Uint8Array([...utf16('\ufeff<a/>', true), 0x41]));
    assert.equal(odd.findings.filter((f) => f.severity === 'error').length, 1);
  });

  it('sums up past 100 bad sequences', () => {
    const { findings } = decodeDocument(new Uint8Array(250).fill(0xff));
    assert.equal(findings.length, 101);
    assert.match(findings[100].message, /^150 more byte sequences/);
  });

  it('finds the same bad sequences with the command line decoder (Node isUtf8) as on its own, at every edge', () => {
    // Overlong forms, surrogates, code points past U+10FFFF, truncations and stray continuations, between ASCII.
    const edges = [
      [0xc0, 0x80],
      [0xc1, 0xbf],
      [0xc2, 0x80],
      [0xdf, 0xbf],
      [0xe0, 0x80, 0x80],
      [0xe0, 0x9f, 0xbf],
      [0xe0, 0xa0, 0x80],
      [0xed, 0x9f, 0xbf],
      [0xed, 0xa0, 0x80],
      [0xed, 0xbf, 0xbf],
      [0xee, 0x80, 0x80],
      [0xef, 0xbf, 0xbf],
      [0xf0, 0x8f, 0xbf, 0xbf],
      [0xf0, 0x90, 0x80, 0x80],
      [0xf4, 0x8f, 0xbf, 0xbf],
      [0xf4, 0x90, 0x80, 0x80],
      [0xf5, 0x80, 0x80, 0x80],
      [0xff],
      [0x80],
      [0xe2, 0x82],
      [0xf0, 0x9f, 0x98],
    ];
    for (const edge of edges) {
      for (const text of [bytes('<a>', edge, '</a>'), bytes('<a>', edge), new Uint8Array(edge)]) {
        assert.deepEqual(decodeDocument(text, nodeUtf8), decodeDocument(text), `bytes ${edge.map((b) => b.toString(16))}`);
      }
    }
    const byte = fc.constantFrom(0x3c, 0x61, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xc2, 0xdf, 0xe0, 0xed, 0xef, 0xf0, 0xf4, 0xf5);
    fc.assert(
      fc.property(fc.array(byte, { maxLength: 24 }), (raw) => {
        const text = new Uint8Array(raw);
        assert.deepEqual(decodeDocument(text, nodeUtf8), decodeDocument(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('agrees with Node on every valid UTF-8 text, and finds a problem wherever Node would put U+FFFD', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), fc.string({ unit: 'binary', maxLength: 32 }), (raw, str) => {
        const valid = new Uint8Array(Buffer.from(str, 'utf8'));
        const fromValid = decodeDocument(valid);
        assert.equal(fromValid.text, Buffer.from(valid).toString('utf8'));
        const fromRaw = decodeDocument(raw);
        // The host's decoder, when given, is used for valid UTF-8 only: the result is the same either way.
        assert.deepEqual(decodeDocument(raw, nodeUtf8), fromRaw);
        assert.deepEqual(decodeDocument(valid, nodeUtf8), fromValid);
        const node = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true }).decode(raw);
        if (fromRaw.encoding === 'UTF-8' && !node.includes('\ufffd')) assert.equal(fromRaw.text, node);
        if (node.includes('\ufffd') && !raw.some((_, i) => raw[i] === 0xef && raw[i + 1] === 0xbf && raw[i + 2] === 0xbd))
          assert.ok(fromRaw.findings.length > 0 || fromRaw.encoding !== 'UTF-8');
      }),
    );
  });
});
