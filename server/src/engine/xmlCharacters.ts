/**
 * Characters a YAML draft can spell and XML cannot hold. A double-quoted YAML string may contain any code point
 * ("\x00", "\uD800", "\uFFFE"), but XML 1.0 forbids those, even as character references, and EDGAR filings are XML:
 * such a draft can be neither filed nor converted exactly. They are reported as `yaml/syntax`, as the XML reader
 * reports the same characters as `xml/syntax` (so this check is for drafts only); the draft reader itself keeps to
 * YAML, which allows them.
 */
import type { Finding } from './findings';
import { codePointLabel, firstDisallowed } from './read/xmlChars';
import type { Span } from './text/span';
import type { ElementNode } from './tree/node';

function finding(where: string, value: string, at: number, span: Span): Finding {
  const label = codePointLabel(value.codePointAt(at)!);
  return {
    rule: 'yaml/syntax',
    severity: 'error',
    message: `${where} holds ${label}, a character XML 1.0 does not allow, so EDGAR cannot accept it: remove it.`,
    span,
    data: { character: label },
  };
}

/**
 * A finding for each text and attribute value of the tree holding a character XML 1.0 forbids, on the value.
 * `source` is the draft the tree was read from: a value's characters come from it or from a double-quoted escape
 * (`\x00`), so a draft holding neither a forbidden character nor a backslash has nothing to find, and one scan of
 * its text replaces the walk of every value (a few per cent of checking a large draft, and of every keystroke).
 */
export function xmlCharacterFindings(root: ElementNode, source: string): Finding[] {
  if (source.indexOf('\\') < 0 && firstDisallowed(source, 0, source.length) < 0) return [];
  const findings: Finding[] = [];
  const pending: ElementNode[] = [root];
  while (pending.length > 0) {
    const node = pending.pop()!;
    const text = node.text;
    const inText = text ? firstDisallowed(text.value, 0, text.value.length) : -1;
    if (text && inText >= 0) findings.push(finding(node.name, text.value, inText, text.span));
    for (const attribute of node.attributes) {
      const value = attribute.value.value;
      const at = firstDisallowed(value, 0, value.length);
      if (at >= 0) findings.push(finding(`${node.name} ${attribute.name}`, value, at, attribute.value.span));
    }
    for (let i = node.children.length - 1; i >= 0; i--) pending.push(node.children[i]);
  }
  return findings;
}
