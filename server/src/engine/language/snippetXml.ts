/** Snippet trees as EDGAR XML in LSP snippet syntax. */
import { escapeXmlText } from './edits/xml';
import { xmlLines } from './render/lines';
import { escapeSnippetText, TabStops, type SnippetNode } from './snippetTree';

/** A snippet of one element or several siblings; nested levels indented by `unit`, lines joined by `newline`. */
export function xmlSnippet(nodes: readonly SnippetNode[], unit: string, newline = '\n'): string {
  const stops = new TabStops();
  const field = stops.fieldText((text) => escapeSnippetText(escapeXmlText(text)));
  return nodes.flatMap((node) => xmlLines(node, unit, field)).join(newline);
}
