/**
 * The child elements that may go at a position among a parent's children, by the schema: in schema order, after
 * the siblings before the cursor and before those after it, not past their maximum count, not a second branch of
 * a choice already made; and, for XML, those that may go in the parent elsewhere, with where (candidatesAnyOrder).
 */
import { maxOccurrences } from '../../structure/draftShape';
import type { ComplexType, Particle, TypeDef } from '../../structure/schema';
import { rankedElements, type RankedElement } from '../../structure/schemaOrder';

/**
 * Where the schema puts an element that does not fit at the cursor: before a sibling ahead of the cursor that it
 * belongs before, or after one behind it that it belongs after.
 */
export interface Placement {
  readonly side: 'before' | 'after';
  readonly sibling: string;
}

/**
 * An element that may go at the cursor, with its position in the parent's content model, for sorting; `misplaced`
 * when it may go in the parent but not here, with where it goes instead.
 */
export interface Candidate extends RankedElement {
  readonly misplaced?: Placement;
}

/** How many element particles of the content model carry each name. */
function particleCounts(type: ComplexType): Map<string, number> {
  const counts = new Map<string, number>();
  const visit = (p: Particle) => {
    if (p.kind === 'element') counts.set(p.name, (counts.get(p.name) ?? 0) + 1);
    else p.particles.forEach(visit);
  };
  if (type.content) visit(type.content);
  return counts;
}

function namesIn(p: Particle): string[] {
  return p.kind === 'element' ? [p.name] : p.particles.flatMap(namesIn);
}

/**
 * Names ruled out by choices already made, and choices already full (a table's 30 rows). A name the model also
 * allows outside the choice (a cell's later footnote references) is not ruled out.
 */
function excludedByChoices(type: ComplexType, count: (name: string) => number): Set<string> {
  const excluded = new Set<string>();
  const particles = particleCounts(type);
  const exclude = (name: string) => (particles.get(name) ?? 0) === 1 && excluded.add(name);
  const visit = (p: Particle) => {
    if (p.kind === 'element') return;
    if (p.kind === 'choice') {
      const branches = p.particles.map(namesIn);
      const used = branches.map((names) => names.reduce((sum, n) => sum + count(n), 0));
      const total = used.reduce((a, b) => a + b, 0);
      if (p.max === 1) {
        const taken = used.findIndex((u) => u > 0);
        if (taken >= 0) branches.forEach((names, i) => i !== taken && names.forEach((n) => !branches[taken].includes(n) && exclude(n)));
      } else if (p.particles.every((q) => q.kind === 'element' && q.max === 1) && total >= p.max) {
        branches.flat().forEach(exclude);
      }
    }
    p.particles.forEach(visit);
  };
  if (type.content) visit(type.content);
  return excluded;
}

/**
 * The elements that may be inserted between `before` and `after` (the sibling names on either side of the cursor,
 * in document order). `unique` says a name present once cannot come again (YAML keys), whatever the schema allows.
 * `orderFree` (a YAML draft, whose keys may come in any order) offers every element that may still be added,
 * wherever the cursor is among its siblings.
 */
export function candidates(
  type: TypeDef | undefined,
  before: readonly string[],
  after: readonly string[],
  unique = false,
  orderFree = false,
): Candidate[] {
  if (!type || type.kind !== 'complex') return [];
  const elements = rankedElements(type);
  const rankOf = new Map(elements.map((e) => [e.decl.name, e.rank]));
  const present = [...before, ...after];
  const count = (name: string) => present.filter((n) => n === name).length;
  const ranks = (names: readonly string[]) => names.map((n) => rankOf.get(n)).filter((r): r is number => r !== undefined);
  const lowest = Math.max(-1, ...ranks(before));
  const highest = Math.min(Number.MAX_SAFE_INTEGER, ...ranks(after));
  const excluded = excludedByChoices(type, count);
  return elements.filter(({ decl, rank }) => {
    if (excluded.has(decl.name)) return false;
    const n = count(decl.name);
    if (n >= maxOccurrences(type, decl.name) || (unique && n > 0)) return false;
    if (orderFree) return true;
    if (rank < lowest || rank > highest) return false;
    // Where a name repeats, a new one may sit among its own kind; a name that may not repeat cannot sit next to itself.
    return (rank !== lowest && rank !== highest) || maxOccurrences(type, decl.name) > 1;
  });
}

/**
 * XML: every element that may still go in the parent (not yet present, or repeatable), those that fit between
 * `before` and `after` as they are, the others with where the schema puts them. Element order is an error in
 * EDGAR XML, so a misplaced element is offered for what it is: the quick fix for `schema/element-order` moves it.
 */
export function candidatesAnyOrder(type: TypeDef | undefined, before: readonly string[], after: readonly string[]): Candidate[] {
  if (!type || type.kind !== 'complex') return [];
  const fitting = new Set(candidates(type, before, after).map((c) => c.decl.name));
  const rankOf = new Map(rankedElements(type).map((e) => [e.decl.name, e.rank]));
  // One that fits nowhere apart from where it is (beside its own choice's other branch) is left out.
  return candidates(type, before, after, false, true).flatMap((c) => {
    if (fitting.has(c.decl.name)) return [c];
    const misplaced = placement(c.rank, before, after, rankOf);
    return misplaced ? [{ ...c, misplaced }] : [];
  });
}

/** The first sibling ahead of the cursor ranked after `rank`, else the last one behind it ranked before. */
function placement(rank: number, before: readonly string[], after: readonly string[], rankOf: ReadonlyMap<string, number>) {
  const later = before.find((n) => (rankOf.get(n) ?? -1) > rank);
  if (later !== undefined) return { side: 'before', sibling: later } as const;
  const earlier = [...after].reverse().find((n) => (rankOf.get(n) ?? Number.MAX_SAFE_INTEGER) < rank);
  return earlier !== undefined ? ({ side: 'after', sibling: earlier } as const) : undefined;
}
