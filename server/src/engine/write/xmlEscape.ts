/**
 * How a string is written in EDGAR XML so that an XML reader gets back exactly that string: the one escaper for
 * the XML writer (conversion) and for edits of XML text (quick fixes, snippets, completion).
 *
 * A reader changes some characters as it reads (XML 1.0 §2.11, §3.3.3), so those are written as character
 * references, which it leaves alone:
 * - in text and in attributes, a literal CR (alone or before LF) becomes LF: CR is written `&#13;`;
 * - in an attribute value, a literal LF or TAB becomes a space (attribute-value normalisation): they are written
 *   `&#10;` and `&#9;`. In text a literal LF or TAB is kept, so it stays literal there, as people read it.
 */

const TEXT_SPECIALS = /[&<>\r]/g;
const ATTRIBUTE_SPECIALS = /[&<>"\t\n\r]/g;

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  '\r': '&#13;',
  '\n': '&#10;',
  '\t': '&#9;',
};

function escape(s: string, specials: RegExp): string {
  specials.lastIndex = 0;
  return specials.test(s) ? s.replace(specials, (c) => ESCAPES[c]!) : s;
}

/** Text content: '&' and '<' must be escaped; '>' is too, so "]]>" can never appear; CR so it survives reading. */
export function escapeXmlText(s: string): string {
  return escape(s, TEXT_SPECIALS);
}

/** An attribute value written in double quotes: also '"', and the whitespace a reader would turn into spaces. */
export function escapeXmlAttribute(s: string): string {
  return escape(s, ATTRIBUTE_SPECIALS);
}
