/**
 * Finding marks: which rendered value a finding belongs to. A value is marked when a finding's range overlaps one of
 * the source ranges the value stands for (its text, or the element holding it), so a finding on a cell's tag name
 * marks the cell as well as one on its value does.
 */
import { markedSpans, type Severity } from '../findings';
import { defaultRenderLimits } from '../read/limits';
import type { Span } from '../text/span';
import { grouped } from '../text/thousands';

export interface RenderFinding {
  readonly rule: string;
  readonly severity: Severity;
  readonly message: string;
  readonly span: Span;
  /** Related places; the marked ones (other cells of the same mistake) are marked like the span. */
  readonly related?: readonly { readonly span: Span; readonly marked?: boolean }[];
}

export interface Mark {
  /** `f4-error`, `f4-warning` or `f4-info`: the most severe finding decides. */
  readonly className: string;
  /** Every overlapping finding's message, one a line, for the hover. */
  readonly title: string;
}

const classBySeverity: Readonly<Record<Severity, string>> = {
  error: 'f4-error',
  warning: 'f4-warning',
  information: 'f4-info',
  hint: 'f4-info',
};

const rank: Readonly<Record<Severity, number>> = { error: 0, warning: 1, information: 2, hint: 3 };

/** Ranges overlap when they share a character; an empty finding range (an insertion point) touches its ends. */
export function overlaps(finding: Span, value: Span): boolean {
  if (finding.start === finding.end) return value.start <= finding.start && finding.start <= value.end;
  return finding.start < value.end && value.start < finding.end;
}

/**
 * The findings of a render, indexed once by where they start, so that marking each value costs the logarithm of
 * their number plus what it finds: filtering every finding for every value was O(values x findings), a minute for a
 * 20 MB filing with many findings.
 */
export class FindingMarks {
  private readonly index: SpanIndex<RenderFinding>;

  constructor(
    findings: readonly RenderFinding[] = [],
    private readonly maxTitle: number = defaultRenderLimits.maxMarkTitle,
  ) {
    // A finding marks its own range and its marked related places (the other cells of the same mistake).
    this.index = new SpanIndex(findings, markedSpans);
  }

  /** How many findings mark something within `span` (the rows a table does not draw). */
  countWithin(span: Span): number {
    return this.index.overlapping([span]).length;
  }

  /** The mark for a value standing for these source ranges, or undefined when no finding touches them. */
  markFor(spans: readonly Span[]): Mark | undefined {
    const hits = this.index.overlapping(spans);
    if (hits.length === 0) return undefined;
    const worst = hits.reduce((a, b) => (rank[b.severity] < rank[a.severity] ? b : a));
    return { className: classBySeverity[worst.severity], title: cutLines(titleLines(hits), this.maxTitle) };
  }
}

/**
 * A title of at most about `max` characters. A finding can list thousands of rows, and its message is repeated on
 * every cell it marks: uncut, the page grew with rows x rows. The findings list (Problems panel, `form4 check`) keeps
 * every message whole.
 */
export function cutTitle(title: string, max: number): string {
  return cutLines([[title]], max);
}

/**
 * Each distinct message of `hits` with its rule, "message [rule]", as the parts of one line: a message is kept as
 * the string it is (one string shared by every cell its finding marks), never copied into a longer one, so that
 * neither telling repeats apart nor cutting costs its length (a message can list thousands of rows).
 */
function titleLines(hits: readonly RenderFinding[]): string[][] {
  const rulesOf = new Map<string, string[]>();
  const lines: string[][] = [];
  for (const f of hits) {
    const rules = rulesOf.get(f.message);
    if (rules?.includes(f.rule)) continue;
    if (rules) rules.push(f.rule);
    else rulesOf.set(f.message, [f.rule]);
    lines.push([f.message, ` [${f.rule}]`]);
  }
  return lines;
}

/**
 * The lines (each a list of parts) joined by line ends and cut at about `max` characters, without building the
 * text that is cut off: the same text as joining them and cutting that.
 */
function cutLines(parts: readonly (readonly string[])[], max: number): string {
  let total = parts.length - 1;
  for (const line of parts) for (const part of line) total += part.length;
  if (total <= max) return parts.map((line) => line.join('')).join('\n');
  let head = '';
  for (let i = 0; i < parts.length && head.length < max; i++) {
    if (i > 0) head += '\n';
    for (const part of parts[i]!) {
      const room = max - head.length;
      if (room <= 0) break;
      head += part.length <= room ? part : part.slice(0, room);
    }
  }
  // Not between the halves of a surrogate pair.
  const end = /[\uD800-\uDBFF]/.test(head[max - 1] ?? '') ? max - 1 : max;
  const rest = total - end;
  return `${head.slice(0, end)}... (${grouped(rest)} more characters: the list of problems has every message in full)`;
}

/**
 * Items with spans (one or several each), queried for those with a span that {@link overlaps} any of a few ranges,
 * once each, in the items' own order. The spans are sorted by start and read as an implicit balanced tree (the middle of each range is its node), each node
 * knowing the furthest end below it: a query descends only where an item can reach the range.
 */
export class SpanIndex<T> {
  private readonly sorted: ReadonlyArray<{ readonly span: Span; readonly order: number }>;
  /** For the node at `i`, the largest end in its subtree. */
  private readonly maxEnd: number[];

  constructor(
    private readonly items: readonly T[],
    spansOf: (item: T) => readonly Span[],
  ) {
    this.sorted = items
      .flatMap((item, order) => spansOf(item).map((span) => ({ span, order })))
      .sort((a, b) => a.span.start - b.span.start);
    this.maxEnd = new Array<number>(this.sorted.length).fill(0);
    this.fill(0, this.sorted.length);
  }

  /** Fills `maxEnd` for the subtree over `[low, high)` and returns its largest end; recursion depth is log n. */
  private fill(low: number, high: number): number {
    if (low >= high) return -Infinity;
    const middle = (low + high) >> 1;
    const end = Math.max(this.sorted[middle]!.span.end, this.fill(low, middle), this.fill(middle + 1, high));
    this.maxEnd[middle] = end;
    return end;
  }

  /** Every item with a span overlapping one of `spans`, once each, in the order the items were given. */
  overlapping(spans: readonly Span[]): T[] {
    if (this.sorted.length === 0) return [];
    // The positions (in `items`) of the items found.
    const found = new Set<number>();
    for (const span of spans) this.collect(span, found);
    return [...found].sort((a, b) => a - b).map((order) => this.items[order]!);
  }

  private collect(span: Span, found: Set<number>): void {
    // Each pending entry is a subtree [low, high); an item can overlap `span` only if it starts at or before its end
    // and ends at or after its start (the loose test, exact for an empty item; `overlaps` decides).
    const pending: Array<[number, number]> = [[0, this.sorted.length]];
    while (pending.length > 0) {
      const [low, high] = pending.pop()!;
      if (low >= high) continue;
      const middle = (low + high) >> 1;
      if (this.maxEnd[middle]! < span.start) continue;
      pending.push([low, middle]);
      const entry = this.sorted[middle]!;
      if (entry.span.start > span.end) continue;
      if (overlaps(entry.span, span)) found.add(entry.order);
      pending.push([middle + 1, high]);
    }
  }
}
