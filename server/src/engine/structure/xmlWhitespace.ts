/**
 * XML's own notion of whitespace: space, tab, line feed and carriage return, nothing else. JavaScript's `trim()` also
 * strips no-break spaces and other Unicode spaces, which XML Schema treats as ordinary characters, so it must not be
 * used on values that are checked against the schema.
 */

export function isXmlWhitespace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
}

export function isBlank(value: string): boolean {
  for (let i = 0; i < value.length; i++) if (!isXmlWhitespace(value.charCodeAt(i))) return false;
  return true;
}

/** The value with leading and trailing XML whitespace removed. */
export function trimXml(value: string): string {
  let start = 0;
  let end = value.length;
  while (start < end && isXmlWhitespace(value.charCodeAt(start))) start++;
  while (end > start && isXmlWhitespace(value.charCodeAt(end - 1))) end--;
  return start === 0 && end === value.length ? value : value.slice(start, end);
}

/** xs:whiteSpace collapse: trimmed, and every inner run of whitespace folded to one space. */
export function collapseXml(value: string): string {
  const trimmed = trimXml(value);
  for (let i = 0; i < trimmed.length; i++) {
    const c = trimmed.charCodeAt(i);
    if (c !== 0x20 ? isXmlWhitespace(c) : trimmed.charCodeAt(i + 1) === 0x20 || isXmlWhitespace(trimmed.charCodeAt(i + 1))) {
      return trimmed.replace(/[ \t\n\r]+/g, ' ');
    }
  }
  return trimmed;
}
