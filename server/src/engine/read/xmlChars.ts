/**
 * Character classes of XML 1.0 (Fifth Edition), as the XML scanner needs them: names, whitespace and the characters
 * a document may hold at all. ASCII is answered from a table (ownership documents are ASCII); the rest from the
 * specification's ranges.
 */

export const NAME_START = 1;
export const NAME_PART = 2;

/** For each ASCII code: NAME_START and/or NAME_PART bits (0 for characters that cannot be in a name). */
export const asciiNameClass = (() => {
  const table = new Uint8Array(128);
  const mark = (from: string, to: string, bits: number) => {
    for (let c = from.charCodeAt(0); c <= to.charCodeAt(0); c++) table[c] |= bits;
  };
  mark('A', 'Z', NAME_START | NAME_PART);
  mark('a', 'z', NAME_START | NAME_PART);
  mark('_', '_', NAME_START | NAME_PART);
  mark(':', ':', NAME_START | NAME_PART);
  mark('0', '9', NAME_PART);
  mark('-', '-', NAME_PART);
  mark('.', '.', NAME_PART);
  return table;
})();

/** NameStartChar of the XML specification (a surrogate counts, standing for the supplementary planes). */
export function isNameStartChar(c: number): boolean {
  if (c < 128) return (asciiNameClass[c] & NAME_START) !== 0;
  return (
    (c >= 0xc0 && c <= 0xd6) ||
    (c >= 0xd8 && c <= 0xf6) ||
    (c >= 0xf8 && c <= 0x2ff) ||
    (c >= 0x370 && c <= 0x37d) ||
    (c >= 0x37f && c <= 0x1fff) ||
    c === 0x200c ||
    c === 0x200d ||
    (c >= 0x2070 && c <= 0x218f) ||
    (c >= 0x2c00 && c <= 0x2fef) ||
    (c >= 0x3001 && c <= 0xd7ff) ||
    (c >= 0xd800 && c <= 0xdfff) ||
    (c >= 0xf900 && c <= 0xfdcf) ||
    (c >= 0xfdf0 && c <= 0xfffd)
  );
}

/** NameChar of the XML specification. */
export function isNameChar(c: number): boolean {
  if (c < 128) return asciiNameClass[c] !== 0;
  return isNameStartChar(c) || c === 0xb7 || (c >= 0x300 && c <= 0x36f) || c === 0x203f || c === 0x2040;
}

export function isValidName(name: string): boolean {
  if (name.length === 0 || !isNameStartChar(name.charCodeAt(0))) return false;
  for (let i = 1; i < name.length; i++) if (!isNameChar(name.charCodeAt(i))) return false;
  return true;
}

/** XML whitespace: space, tab, line feed, carriage return. */
export function isXmlSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d;
}

/** Whether a code point may appear in an XML 1.0 document (the Char production). */
export function isAllowedCodePoint(cp: number): boolean {
  return (
    cp === 0x9 ||
    cp === 0xa ||
    cp === 0xd ||
    (cp >= 0x20 && cp <= 0xd7ff) ||
    (cp >= 0xe000 && cp <= 0xfffd) ||
    (cp >= 0x10000 && cp <= 0x10ffff)
  );
}

/** Whether the code unit at `i` may stand in an XML 1.0 document (a surrogate only as half of a pair). */
export function isAllowedAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c >= 0x20) {
    if (c < 0xd800) return true;
    if (c <= 0xdbff) return isLowSurrogate(text.charCodeAt(i + 1));
    if (c <= 0xdfff) return i > 0 && isHighSurrogate(text.charCodeAt(i - 1));
    return c <= 0xfffd;
  }
  return c === 0x09 || c === 0x0a || c === 0x0d;
}

/**
 * A character XML 1.0 does not allow, read by code point: a lone surrogate is one, a pair is not. V8 scans a text
 * for it about three times as fast as a loop over its code units (a whole draft on every keystroke, a long value).
 */
const disallowedCodePoint = /[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

/** Below this many code units a range is scanned by the loop: the expression's call costs more than it saves. */
const scanByExpressionFrom = 64;

/** The offset of the first character in `[start, end)` that XML 1.0 does not allow, or -1. */
export function firstDisallowed(text: string, start: number, end: number): number {
  if (end - start < scanByExpressionFrom) return firstDisallowedFrom(text, start, end);
  // The expression sees the range alone, so a surrogate paired across its edge looks lone to it: it can only stop
  // early, never late, and the loop decides from where it stopped, with the whole text around.
  const found = disallowedCodePoint.exec(start === 0 && end === text.length ? text : text.slice(start, end));
  return found ? firstDisallowedFrom(text, start + found.index, end) : -1;
}

function firstDisallowedFrom(text: string, start: number, end: number): number {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    // Printable ASCII and the rest of the BMP below the surrogates: the overwhelmingly common case, decided at once.
    if (c >= 0x20 && c < 0xd800) continue;
    if (!isAllowedAt(text, i)) return i;
  }
  return -1;
}

/** The end of the run of disallowed characters starting at `start`, within `end`. */
export function disallowedRunEnd(text: string, start: number, end: number): number {
  let i = start + 1;
  while (i < end && !isAllowedAt(text, i)) i++;
  return i;
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** Characters as a message shows them: anything invisible or not allowed as its U+ code. */
export function printable(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out += c < 0x20 || c === 0x7f || !isAllowedAt(s, i) ? codePointLabel(c) : s[i];
  }
  return out;
}

/** "U+0001" style, for messages. */
export function codePointLabel(cp: number): string {
  return 'U+' + cp.toString(16).toUpperCase().padStart(4, '0');
}
