/** Snippet trees as YAML draft text in LSP snippet syntax. */
import { draftRootType } from '../structure/draftShape';
import type { TypeDef } from '../structure/schema';
import { inlineScalar } from '../write/yamlScalar';
import { yamlContentLines } from './render/lines';
import { escapeSnippetText, TabStops, type SnippetNode } from './snippetTree';

/**
 * A snippet of elements as they are written in the content of a parent of `parentType`: keys, a list item in a
 * table (`- nonDerivativeTransaction:`), `F1: text` among footnotes. Nested levels are indented by `unit`; tab stops
 * numbered in `tabOrder` first (see {@link TabStops}).
 */
export function yamlSnippet(
  nodes: readonly SnippetNode[],
  unit: string,
  parentType: TypeDef | undefined = draftRootType,
  newline = '\n',
  tabOrder: readonly string[] = [],
): string {
  const stops = new TabStops(tabOrder);
  const field = stops.fieldText((text) => escapeSnippetText(inlineScalar(text, 'flow')));
  return yamlContentLines({ name: '', children: nodes }, parentType, unit, field).join(newline);
}
