/**
 * The schema's order of an element's children, for drafts whose keys may come in any order. A YAML draft is a
 * draft: a filer writes the facts in the order they know them, and conversion to EDGAR XML writes the order EDGAR
 * enforces. So a YAML document is checked and written in {@link schemaOrdered} order, while an XML document keeps
 * its own order and is held to the schema's (`schema/element-order`).
 */
import type { CommentNode, ElementNode } from '../tree/node';
import { childDeclaration, type ComplexType, type ElementParticle, type Particle } from './schema';

export interface RankedElement {
  readonly decl: ElementParticle;
  /** Position in the parent's content model. */
  readonly rank: number;
}

/**
 * Each element of a content model with its rank, first appearance kept. The alternatives of a choice share a rank:
 * a table's transactions and holdings come in any order, and a cell's value or first footnote come first.
 */
export function rankedElements(type: ComplexType): RankedElement[] {
  const seen = new Map<string, RankedElement>();
  let next = 0;
  const visit = (p: Particle, shared?: number) => {
    if (p.kind === 'element') {
      const rank = shared ?? next++;
      if (!seen.has(p.name)) seen.set(p.name, { decl: p, rank });
      return;
    }
    if (p.kind === 'choice') {
      const rank = shared ?? next++;
      p.particles.forEach((q) => visit(q, rank));
    } else p.particles.forEach((q) => visit(q, shared));
  };
  if (type.content) visit(type.content);
  return [...seen.values()];
}

/** Ranks by name, without the names the model declares more than once at different ranks (their place is ambiguous). */
function ranksOf(type: ComplexType): ReadonlyMap<string, number> {
  const ranks = new Map(rankedElements(type).map((e) => [e.decl.name, e.rank]));
  const counts = new Map<string, number>();
  const count = (p: Particle): void => {
    if (p.kind === 'element') counts.set(p.name, (counts.get(p.name) ?? 0) + 1);
    else p.particles.forEach(count);
  };
  if (type.content) count(type.content);
  for (const [name, n] of counts) if (n > 1) ranks.delete(name);
  return ranks;
}

/** Where a child of a type stands: its declaration (as {@link childDeclaration} finds it) and its rank, if unambiguous. */
interface ChildPlace {
  readonly decl: ElementParticle;
  readonly rank: number | undefined;
}

/**
 * Each child's place by name, worked out once per type: one lookup per element of every draft, on every check, where
 * the declaration and the rank were two.
 */
const placeCache = new WeakMap<ComplexType, ReadonlyMap<string, ChildPlace>>();
function placesOf(type: ComplexType): ReadonlyMap<string, ChildPlace> {
  const cached = placeCache.get(type);
  if (cached) return cached;
  const ranks = ranksOf(type);
  const places = new Map<string, ChildPlace>();
  for (const { decl } of rankedElements(type))
    places.set(decl.name, { decl: childDeclaration(type, decl.name)!, rank: ranks.get(decl.name) });
  placeCache.set(type, places);
  return places;
}

/**
 * The children of `node` in the order its content model declares them, stably (rows of a table keep theirs);
 * the same node when they already are. An element holding a child the schema does not know, or one it declares in
 * two places, keeps its order: the checker then reports what is wrong as it stands. Comments move with the child
 * they stood before.
 */
export function schemaOrdered(node: ElementNode, declaration: ElementParticle): ElementNode {
  const type = declaration.type;
  const original = node.children;
  if (type.kind !== 'complex' || original.length === 0) return node;
  const places = placesOf(type);
  // One pass, allocating nothing while the children stand as they are (a draft usually keeps the schema's order,
  // and this runs on every check of it): a copy only from the first child that itself was reordered.
  let children: ElementNode[] | undefined;
  let known = true;
  let outOfOrder = false;
  let previous = -1;
  for (let i = 0; i < original.length; i++) {
    const child = original[i];
    const place = places.get(child.name);
    // A child of a simple type has no children to order (most elements: each value of a draft).
    const ordered = place && place.decl.type.kind === 'complex' ? schemaOrdered(child, place.decl) : child;
    if (ordered !== child) (children ??= original.slice())[i] = ordered;
    const rank = place?.rank;
    if (rank === undefined) known = false;
    else if (rank < previous) outOfOrder = true;
    if (rank !== undefined) previous = rank;
  }
  if (!known || !outOfOrder) return children ? { ...node, children } : node;
  const current = children ?? original;
  const rank = current.map((c) => places.get(c.name)!.rank!);
  const order = current.map((_, i) => i).sort((a, b) => rank[a] - rank[b] || a - b);
  const newIndex = new Map(order.map((old, i) => [old, i]));
  const comments = node.comments?.map((c): CommentNode => (c.at < current.length ? { ...c, at: newIndex.get(c.at)! } : c));
  return {
    ...node,
    children: order.map((i) => current[i]),
    ...(comments ? { comments: [...comments].sort((a, b) => a.at - b.at) } : {}),
  };
}
