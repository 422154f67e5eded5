/**
 * Where a new child goes among its parent's children: after the last child the schema puts before it, so the
 * document stays in schema order whatever else is in it (unknown elements are passed over).
 */
import { elementParticles, type TypeDef } from '../../structure/schema';
import type { ElementNode } from '../../tree/node';

/**
 * The existing child the new one goes right after, or undefined when it goes first. `goesBefore` orders the new
 * child among siblings of its own name (footnotes by number); by default it goes after them.
 */
export function insertionAnchor(
  parent: ElementNode,
  parentType: TypeDef | undefined,
  name: string,
  goesBefore: (sibling: ElementNode) => boolean = () => false,
): ElementNode | undefined {
  const order = parentType?.kind === 'complex' ? elementParticles(parentType.content).map((p) => p.name) : [];
  const rank = (n: string) => order.indexOf(n);
  const newRank = rank(name);
  let anchor: ElementNode | undefined;
  for (const child of parent.children) {
    const childRank = rank(child.name);
    if (childRank < 0) continue;
    if (childRank < newRank || (childRank === newRank && !goesBefore(child))) anchor = child;
    else if (newRank >= 0) break;
  }
  return anchor;
}
