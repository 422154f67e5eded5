/**
 * The child elements that may go at a position among a parent's children, by the schema: in schema order, after
 * the siblings before the cursor and before those after it, not past their maximum count, not a second branch of
 * a choice already made.
 */
import { maxOccurrences } from '../../structure/draftShape';
import type { ComplexType, Particle, TypeDef } from '../../structure/schema';
import { rankedElements, type RankedElement } from '../../structure/schemaOrder';

/** An element that may go at the cursor, with its position in the parent's content model, for sorting. */
export type Candidate = RankedElement;

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
