/**
 * The content of an element tree without its locations: names, attributes and text values, in order. Trees read from
 * different texts (an original and its rewrite) compare equal by this when they say the same thing.
 */
import { commentLines, walk, type ElementNode } from '../../server/src/engine/tree/node';
import { writable } from '../../server/src/engine/write/xml';

export interface ProjectedElement {
  name: string;
  attributes: Array<[string, string]>;
  text: string | undefined;
  children: ProjectedElement[];
}

/** Projects a tree iteratively, so a very deep one does not exhaust the stack. */
export function projectTree(root: ElementNode): ProjectedElement {
  const project = (node: ElementNode): ProjectedElement => ({
    name: node.name,
    attributes: node.attributes.map((a) => [a.name, a.value.value]),
    text: node.text?.value,
    children: [],
  });
  const top = project(root);
  const pending: Array<[ElementNode, ProjectedElement]> = [[root, top]];
  while (pending.length > 0) {
    const [node, projected] = pending.pop()!;
    for (const c of node.children) {
      const p = project(c);
      projected.children.push(p);
      pending.push([c, p]);
    }
  }
  return top;
}

/**
 * The tree's comments as the formats carry them (tree/node.ts `commentLines`): their lines in document order, which
 * conversion keeps while it may move a comment a step (out of a cell the draft writes on one line). Processing
 * instructions, which a draft cannot hold, and comments XML cannot hold (`--`, write/xml.ts `writable`) are left out: convert reports
 * those as not carried.
 */
export function commentKey(root: ElementNode): string[] {
  const found = [...(root.outside ?? [])];
  walk(root, (node) => void found.push(...(node.comments ?? [])));
  return found
    .filter((c) => !c.instruction && writable(c))
    .sort((a, b) => a.span.start - b.span.start)
    .flatMap((c) => commentLines(c.text));
}
