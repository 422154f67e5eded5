/**
 * Matching an element's children against its content model (sequence / choice with occurrence bounds), the way an
 * XML Schema validator decides validity, but with error recovery so that one slip gives one finding.
 *
 * A content model is first flattened into "slots": a run of positions in a sequence, each accepting one element or
 * one of a choice of elements, between min and max times. Every model in EDGAR's schema flattens exactly (a sequence
 * of elements and of choices between single elements), and the schema obeys XML Schema's Unique Particle Attribution,
 * so a greedy left-to-right match is the validator's own decision procedure.
 *
 * Recovery: elements that the parent does not declare at all are set aside first. Of the rest, the longest run that
 * is in schema order is kept (preferring earlier elements) and every other one is "out of order", reported once and
 * not counted. The kept run is then matched greedily, which finds surplus elements and missing ones.
 */
import type { ElementParticle, GroupParticle, Particle } from './schema';

export interface Slot {
  readonly alternatives: readonly ElementParticle[];
  readonly min: number;
  readonly max: number;
}

export interface CompiledContent {
  readonly slots: readonly Slot[];
  /** For each declared child name, the last slot that accepts it: its place in schema order. */
  readonly rank: ReadonlyMap<string, number>;
  /** For each declared child name, its first declaration (the type to check an element by when it matched no slot). */
  readonly declaration: ReadonlyMap<string, ElementParticle>;
}

/** children[child] is declared but out of place: it belongs before children[before], or after children[after]. */
export interface OrderIssue {
  readonly kind: 'order';
  readonly child: number;
  readonly before?: number;
  readonly after?: number;
}

export type ContentIssue =
  /** children[child] is not declared by the parent's type. */
  | { readonly kind: 'unexpected'; readonly child: number }
  | OrderIssue
  /** children[child] is the first element beyond the slot's maximum; children[first] is the slot's first element. */
  | { readonly kind: 'too-many'; readonly child: number; readonly slot: Slot; readonly first: number }
  /** The slot has fewer than its minimum; it belongs after children[after] / before children[before]. */
  | { readonly kind: 'missing'; readonly slot: Slot; readonly count: number; readonly after?: number; readonly before?: number };

export interface ContentMatch {
  /** The declaration each child is checked by (undefined for an undeclared child). */
  readonly declarations: readonly (ElementParticle | undefined)[];
  readonly issues: readonly ContentIssue[];
}

const compiled = new WeakMap<GroupParticle, CompiledContent>();

export function compileContent(group: GroupParticle): CompiledContent {
  let content = compiled.get(group);
  if (!content) {
    content = compile(group);
    compiled.set(group, content);
  }
  return content;
}

function compile(group: GroupParticle): CompiledContent {
  const slots = slotsOf(group);
  const rank = new Map<string, number>();
  const declaration = new Map<string, ElementParticle>();
  slots.forEach((slot, index) => {
    for (const alternative of slot.alternatives) {
      // A name may recur only in the very next slot (value-or-footnoteId, then more footnoteIds): ranking it by its
      // last slot then never puts a valid sequence out of order.
      const earlier = rank.get(alternative.name);
      if (earlier !== undefined && earlier !== index && earlier !== index - 1) {
        throw new Error(`Unsupported content model: ${alternative.name} recurs in slots ${earlier} and ${index}`);
      }
      rank.set(alternative.name, index);
      if (!declaration.has(alternative.name)) declaration.set(alternative.name, alternative);
    }
  });
  return { slots, rank, declaration };
}

/**
 * Flattens a particle into slots. The shapes handled are exactly those whose occurrences can be counted per slot:
 * an element; a sequence occurring once; a choice between elements that each occur at most once (repeated as a
 * whole up to the choice's maximum). Anything else would need a general automaton, and is refused loudly (the unit
 * tests compile every content model in the schema, so a schema change that needs more fails there).
 */
function slotsOf(particle: Particle): Slot[] {
  if (particle.kind === 'element') return [{ alternatives: [particle], min: particle.min, max: particle.max }];
  if (particle.kind === 'sequence' && particle.min === 1 && particle.max === 1) return particle.particles.flatMap(slotsOf);
  if (particle.kind === 'choice') {
    const alternatives = particle.particles.filter((p): p is ElementParticle => p.kind === 'element' && p.max === 1);
    if (alternatives.length === particle.particles.length) {
      // A choice whose every branch may be empty can itself match nothing.
      const required = alternatives.every((a) => a.min >= 1);
      return [{ alternatives, min: required ? particle.min : 0, max: particle.max }];
    }
  }
  throw new Error(`Unsupported content model shape: ${particle.kind} {${particle.min},${particle.max}}`);
}

function accepts(slot: Slot, name: string): ElementParticle | undefined {
  for (const alternative of slot.alternatives) if (alternative.name === name) return alternative;
  return undefined;
}

/**
 * Where the greedy in-order match puts the next child, given the slot the match is at and how many children that
 * slot holds already: that slot when it takes one more of them, else the first later slot that takes it, else -1.
 * (The one step of {@link matchInOrder}, for {@link matchesExactly} and its callers.)
 */
export function nextSlot(content: CompiledContent, slot: number, count: number, name: string): number {
  const slots = content.slots;
  if (count < slots[slot].max && accepts(slots[slot], name) !== undefined) return slot;
  for (let next = slot + 1; next < slots.length; next++) if (accepts(slots[next], name) !== undefined) return next;
  return -1;
}

/** The declaration a child takes in a slot {@link nextSlot} chose. */
export function declarationIn(content: CompiledContent, slot: number, name: string): ElementParticle {
  return accepts(content.slots[slot], name)!;
}

/**
 * True when the children are valid as they stand: every one declared, in schema order, no slot over its maximum or
 * under its minimum. {@link matchContent} would then find no issue and give each child the declaration of the slot
 * {@link nextSlot} puts it in. This is what real filings contain, and unlike matchContent it allocates nothing, so
 * the structure checker asks it first. `nameOf` gives a child's name as matchContent takes it (undefined for one that
 * cannot match any declaration); a function declared once, so that no closure is made per element. When it is true,
 * `slotsOut[i]` is the slot child i takes (see {@link declarationIn}), so the caller need not find them again.
 */
export function matchesExactly<Child>(
  content: CompiledContent,
  children: readonly Child[],
  nameOf: (child: Child) => string | undefined,
  slotsOut?: number[],
): boolean {
  const slots = content.slots;
  let slot = 0;
  let inSlot = 0;
  let lastRank = -1;
  for (let i = 0; i < children.length; i++) {
    const name = nameOf(children[i]);
    const rank = name === undefined ? undefined : content.rank.get(name);
    // Undeclared, or before an earlier sibling in schema order: matchContent reports it.
    if (rank === undefined || rank < lastRank) return false;
    lastRank = rank;
    const next = nextSlot(content, slot, inSlot, name!);
    if (next < 0) return false; // one too many
    if (slotsOut) slotsOut[i] = next;
    if (next === slot) {
      inSlot++;
      continue;
    }
    if (inSlot < slots[slot].min) return false; // the slot left behind is short
    for (let skipped = slot + 1; skipped < next; skipped++) if (slots[skipped].min > 0) return false;
    slot = next;
    inSlot = 1;
  }
  if (slots.length === 0) return true;
  if (inSlot < slots[slot].min) return false;
  for (let rest = slot + 1; rest < slots.length; rest++) if (slots[rest].min > 0) return false;
  return true;
}

/**
 * Matches children, given by name (undefined for a child that cannot match any declaration, such as one in a
 * namespace), against a compiled content model.
 */
export function matchContent(content: CompiledContent, names: readonly (string | undefined)[]): ContentMatch {
  const declarations: (ElementParticle | undefined)[] = new Array(names.length).fill(undefined);
  const issues: ContentIssue[] = [];

  // Declared children, with their place in schema order.
  const declared: number[] = [];
  const ranks: number[] = [];
  names.forEach((name, child) => {
    const rank = name === undefined ? undefined : content.rank.get(name);
    if (rank === undefined) issues.push({ kind: 'unexpected', child });
    else {
      declared.push(child);
      ranks.push(rank);
    }
  });

  const keep = longestOrderedRun(ranks);
  const misplacedNames = new Set<string>();
  if (keep) {
    for (const issue of orderIssues(declared, ranks, keep, content.slots.length)) {
      issues.push(issue);
      const name = names[issue.child]!;
      misplacedNames.add(name);
      declarations[issue.child] = content.declaration.get(name);
    }
  }

  const kept = keep ? declared.filter((_, i) => keep[i]) : declared;
  matchInOrder(content, names, kept, misplacedNames, declarations, issues);
  return { declarations, issues };
}

/** The greedy match of children that are already in schema order: finds surplus and missing elements. */
function matchInOrder(
  content: CompiledContent,
  names: readonly (string | undefined)[],
  kept: readonly number[],
  misplacedNames: ReadonlySet<string>,
  declarations: (ElementParticle | undefined)[],
  issues: ContentIssue[],
): void {
  const slots = content.slots;
  let slot = 0;
  let count = 0;
  let firstInSlot = -1;
  let previous: number | undefined;
  const reportedTooMany = new Set<number>();

  const checkMinimum = (index: number, occurred: number, before: number | undefined) => {
    const s = slots[index];
    if (occurred >= s.min) return;
    // An element that is present but out of order is reported as such, not as missing too.
    if (s.alternatives.some((a) => misplacedNames.has(a.name))) return;
    issues.push({ kind: 'missing', slot: s, count: occurred, after: previous, before });
  };

  for (const child of kept) {
    const name = names[child]!;
    const here = accepts(slots[slot], name);
    if (here && count < slots[slot].max) {
      if (count++ === 0) firstInSlot = child;
      declarations[child] = here;
      previous = child;
      continue;
    }
    let next = slot + 1;
    while (next < slots.length && !accepts(slots[next], name)) next++;
    if (next === slots.length) {
      // Only the current slot takes it, and it is full.
      declarations[child] = here ?? content.declaration.get(name);
      if (!reportedTooMany.has(slot)) {
        reportedTooMany.add(slot);
        issues.push({ kind: 'too-many', child, slot: slots[slot], first: firstInSlot });
      }
      continue;
    }
    checkMinimum(slot, count, child);
    for (let skipped = slot + 1; skipped < next; skipped++) checkMinimum(skipped, 0, child);
    slot = next;
    count = 1;
    firstInSlot = child;
    declarations[child] = accepts(slots[next], name);
    previous = child;
  }
  if (slots.length === 0) return;
  checkMinimum(slot, count, undefined);
  for (let rest = slot + 1; rest < slots.length; rest++) checkMinimum(rest, 0, undefined);
}

/**
 * The longest subsequence of `ranks` that never decreases, preferring earlier elements among equally long ones:
 * undefined when all of it is already in order (the usual case), else a keep-flag per element. O(n log n).
 */
export function longestOrderedRun(ranks: readonly number[]): boolean[] | undefined {
  let ordered = true;
  for (let i = 1; i < ranks.length && ordered; i++) if (ranks[i] < ranks[i - 1]) ordered = false;
  if (ordered) return undefined;

  const n = ranks.length;
  // runFrom[i]: length of the longest non-decreasing run starting at i. best[k]: the highest rank that starts a
  // run of length k + 1 among the elements seen so far (from the right); it never increases with k.
  const runFrom = new Array<number>(n);
  const best: number[] = [];
  for (let i = n - 1; i >= 0; i--) {
    const r = ranks[i];
    let lo = 0;
    let hi = best.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (best[mid] >= r) lo = mid + 1;
      else hi = mid;
    }
    runFrom[i] = lo + 1;
    if (lo === best.length) best.push(r);
    else best[lo] = r;
  }
  const keep = new Array<boolean>(n).fill(false);
  let need = best.length;
  let last = -Infinity;
  for (let i = 0; i < n && need > 0; i++) {
    if (runFrom[i] >= need && ranks[i] >= last) {
      keep[i] = true;
      need--;
      last = ranks[i];
    }
  }
  return keep;
}

/**
 * For each element left out of the ordered run, the kept element it should move before (the first kept one ahead of
 * it that belongs later) or else after (the last kept one behind it that belongs earlier). One of the two always
 * exists, or the element would have been kept. Ranks are slot indices, so a table per rank keeps this linear.
 */
function orderIssues(declared: readonly number[], ranks: readonly number[], keep: readonly boolean[], slotCount: number): OrderIssue[] {
  const n = declared.length;
  const before = new Array<number | undefined>(n);
  const firstKeptAt = new Array<number>(slotCount).fill(-1);
  for (let i = 0; i < n; i++) {
    if (keep[i]) {
      if (firstKeptAt[ranks[i]] < 0) firstKeptAt[ranks[i]] = i;
      continue;
    }
    let found = -1;
    for (let r = ranks[i] + 1; r < slotCount; r++) if (firstKeptAt[r] >= 0 && (found < 0 || firstKeptAt[r] < found)) found = firstKeptAt[r];
    before[i] = found >= 0 ? found : undefined;
  }
  const issues: OrderIssue[] = [];
  const lastKeptAt = new Array<number>(slotCount).fill(-1);
  const after = new Array<number | undefined>(n);
  for (let i = n - 1; i >= 0; i--) {
    if (keep[i]) {
      if (lastKeptAt[ranks[i]] < 0) lastKeptAt[ranks[i]] = i;
      continue;
    }
    if (before[i] !== undefined) continue;
    let found = -1;
    for (let r = 0; r < ranks[i]; r++) if (lastKeptAt[r] > found) found = lastKeptAt[r];
    after[i] = found >= 0 ? found : undefined;
  }
  for (let i = 0; i < n; i++) {
    if (keep[i]) continue;
    const b = before[i];
    const a = after[i];
    if (b !== undefined) issues.push({ kind: 'order', child: declared[i], before: declared[b] });
    else issues.push(a !== undefined ? { kind: 'order', child: declared[i], after: declared[a] } : { kind: 'order', child: declared[i] });
  }
  return issues;
}
