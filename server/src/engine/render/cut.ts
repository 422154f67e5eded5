/**
 * Where the page stops drawing a list that a generated or garbage file makes endless (a table's rows, the
 * footnotes), and the note that says so, so the page never looks complete when it is not: the list of problems still
 * has every finding of the parts left out. The limits are `RenderLimits`; a genuine filing comes nowhere near them.
 */
import type { OwnershipDocument, Table } from '../model/types';
import type { RenderLimits } from '../read/limits';
import type { Span } from '../text/span';
import { attributes, escapeHtml } from './escape';
import type { RenderContext } from './source';
import { grouped } from '../text/thousands';

/** A part of the page that draws only its first items: a table ('I', 'II') or the footnotes. */
export type CutPart = Table | 'footnotes';

export interface PageCut {
  readonly part: CutPart;
  /** How many items the page draws. */
  readonly drawn: number;
  /** How many the filing has. */
  readonly total: number;
}

/** "Table I" or "Footnotes": a part as the page names it. */
function cutPartName(part: CutPart): string {
  return part === 'footnotes' ? 'Footnotes' : `Table ${part}`;
}

/** What a part's items are called: "rows", "footnotes". */
function itemNoun(part: CutPart): string {
  return part === 'footnotes' ? 'footnotes' : 'rows';
}

/** The parts of `doc` that have more items than the page draws, in page order. */
export function pageCuts(doc: OwnershipDocument, limits: RenderLimits): PageCut[] {
  const parts: PageCut[] = (['I', 'II'] as const).map((table) => ({
    part: table,
    drawn: limits.maxRowsPerTable,
    total: doc.rows.filter((r) => r.table === table).length,
  }));
  parts.push({ part: 'footnotes', drawn: limits.maxFootnotes, total: doc.footnotes.length });
  return parts.filter((cut) => cut.total > cut.drawn);
}

/**
 * The note where a part stops: how many items it leaves out and how many findings are in them. `left` are the
 * source ranges of the items left out, in document order.
 */
export function cutNote(ctx: RenderContext, part: CutPart, total: number, left: readonly Span[]): string {
  const within = { start: left[0]!.start, end: left[left.length - 1]!.end };
  const findings = ctx.marks.countWithin(within);
  const inThem = findings === 0 ? 'no findings in them' : `${grouped(findings)} ${findings === 1 ? 'finding' : 'findings'} in them`;
  const text =
    `${cutPartName(part)}: showing the first ${grouped(total - left.length)} of ${grouped(total)} ${itemNoun(part)}; ` +
    `the other ${grouped(left.length)} are checked but not drawn (${inThem}, in the list of problems).`;
  return `<p${attributes({ class: 'f4-cut f4-warning', role: 'note', 'data-cut': part })}>${escapeHtml(text)}</p>`;
}
