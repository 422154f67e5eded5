/**
 * The content of an element tree without its locations: names, attributes and text values, in order. Trees read from
 * different texts (an original and its rewrite) compare equal by this when they say the same thing.
 */
import type { ElementNode } from '../../server/src/engine/tree/node';

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
