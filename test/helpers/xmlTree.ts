/**
 * The content of an element tree without its locations: names, attributes and text values, in order. Trees read from
 * different texts (an original and its rewrite) compare equal by this when they say the same thing.
 */
import { commentLines, type CommentNode, type ElementNode } from '../../server/src/engine/tree/node';
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
 * The tree's comments as the formats carry them (tree/node.ts `commentLines`): their lines in the tree's order, each
 * comment where it stands among its element's children (`at`), which is document order for a tree as read and the
 * new order for one put in the schema's order (`schemaOrdered` moves a comment with the child it stood before; an
 * order by the comments' own offsets kept the draft's order there, and fuzz seed 1870411691 found a draft whose
 * commented keys the export rightly reorders). Conversion keeps that order while it may move a comment a step (out
 * of a cell the draft writes on one line). Processing instructions, which a draft cannot hold, and comments XML
 * cannot hold (`--`, write/xml.ts `writable`) are left out: convert reports those as not carried.
 */
export function commentKey(root: ElementNode): string[] {
  const found: CommentNode[] = [];
  const outside = root.outside ?? [];
  found.push(...outside.filter((c) => c.at === 0));
  // Iterative, so a very deep tree does not exhaust the stack: each frame is an element, its next child and its next
  // comment (an element's comments are in order of `at`, so each is taken once, before the child it stands before).
  const stack: Array<{ node: ElementNode; child: number; comment: number }> = [{ node: root, child: 0, comment: 0 }];
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    const { node } = frame;
    const comments = node.comments ?? [];
    const last = frame.child >= node.children.length;
    while (frame.comment < comments.length && (last || comments[frame.comment]!.at <= frame.child)) found.push(comments[frame.comment++]!);
    if (last) {
      stack.pop();
      continue;
    }
    stack.push({ node: node.children[frame.child++]!, child: 0, comment: 0 });
  }
  found.push(...outside.filter((c) => c.at !== 0));
  return found.filter((c) => !c.instruction && writable(c)).flatMap((c) => commentLines(c.text));
}
