/**
 * HTML escaping for every value a filing supplies. The output is also well-formed XML (only XML's own entities are
 * used), so tests can parse it with an XML parser and browsers see the same text.
 */
const entities: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** C0 controls other than tab, line feed and carriage return: meaningless in a filing and not allowed in XML. */
const controlCharacters = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** A lone surrogate cannot be encoded as UTF-8; browsers would show U+FFFD anyway, so say so explicitly. */
const loneSurrogates = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Text safe inside an element or a double-quoted attribute value (the renderer writes no other kind, so an
 * apostrophe is left as it is: the CSP's 'none' stays readable).
 */
export function escapeHtml(text: string): string {
  return text
    .replace(controlCharacters, '\uFFFD')
    .replace(loneSurrogates, '\uFFFD')
    .replace(/[&<>"]/g, (c) => entities[c] ?? c);
}

/** ` name="value"` pairs, every value escaped; undefined values are left out. */
export function attributes(pairs: Readonly<Record<string, string | number | undefined>>): string {
  let out = '';
  for (const [name, value] of Object.entries(pairs)) {
    if (value !== undefined) out += ` ${name}="${escapeHtml(String(value))}"`;
  }
  return out;
}
