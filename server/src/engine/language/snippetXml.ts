/** Snippet trees as EDGAR XML in LSP snippet syntax. */
import { escapeXmlAttribute, escapeXmlText } from '../write/xmlEscape';
import { xmlLines } from './render/lines';
import { escapeSnippetText, TabStops, type SnippetNode } from './snippetTree';

/**
 * A snippet of one element or several siblings; nested levels indented by `unit`, lines joined by `newline`; tab
 * stops numbered in `tabOrder` first (see {@link TabStops}).
 */
export function xmlSnippet(nodes: readonly SnippetNode[], unit: string, newline = '\n', tabOrder: readonly string[] = []): string {
  const stops = new TabStops(tabOrder);
  // One counter for both: tab stops are numbered in document order whether they stand in text or in attributes.
  const field = {
    text: stops.fieldText((text) => escapeSnippetText(escapeXmlText(text))),
    attribute: stops.fieldText((text) => escapeSnippetText(escapeXmlAttribute(text))),
  };
  return nodes.flatMap((node) => xmlLines(node, unit, field)).join(newline);
}
