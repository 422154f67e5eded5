/**
 * The link between what the form shows and where it came from. Every shown value carries `data-start`/`data-end`
 * (the UTF-16 offsets of its source range, for click-to-source and cursor highlighting) and, when a finding touches
 * it, a severity class and a `title` with the messages.
 */
import type { Cell, Field, FootnoteRef } from '../model/types';
import type { Span } from '../text/span';
import { attributes, escapeHtml } from './escape';
import { footnoteLabel, hasText, valueSpan, type Formatter } from './format';
import type { PreviousBalances } from '../history/previous';
import type { FormLayout } from './formLayout';
import type { FindingMarks } from './marks';

export interface RenderContext {
  readonly marks: FindingMarks;
  readonly showCcc: boolean;
  /** The form's page: its header and columns. */
  readonly layout: FormLayout;
  /** The previous filing's closing balance beside first rows that do not continue it (a history check). */
  readonly previousBalances?: PreviousBalances;
  /** The most rows drawn in each table (`RenderLimits`). */
  readonly maxRowsPerTable: number;
  /** The most footnotes drawn (`RenderLimits`). */
  readonly maxFootnotes: number;
}

/** A value ready to place: its HTML, the range a click reveals, and the ranges whose findings mark it. */
export interface Shown {
  readonly html: string;
  readonly span: Span;
  readonly markSpans: readonly Span[];
}

/** `class`, `data-start`, `data-end` and `title` for an element showing `shown`. */
export function sourceAttributes(ctx: RenderContext, shown: Pick<Shown, 'span' | 'markSpans'>, classes: readonly string[] = []): string {
  const mark = ctx.marks.markFor(shown.markSpans);
  const classList = mark ? [...classes, mark.className] : classes;
  return attributes({
    class: classList.length ? classList.join(' ') : undefined,
    'data-start': shown.span.start,
    'data-end': shown.span.end,
    title: mark?.title,
  });
}

/** Footnote references as EDGAR shows them, superscript `(1)` after the value; each links to its own `footnoteId`. */
export function footnoteMarks(ctx: RenderContext, refs: readonly FootnoteRef[]): string {
  return refs
    .map((ref) => {
      const shown = { span: ref.span, markSpans: [ref.span, ref.node.nameSpan] };
      return `<sup${sourceAttributes(ctx, shown, ['f4-fn'])}>(${escapeHtml(footnoteLabel(ref.id))})</sup>`;
    })
    .join('');
}

/** A plain field (header boxes, signatures): undefined when it is missing or blank. */
export function showField<T>(field: Field<T> | undefined, format: Formatter<T>): Shown | undefined {
  if (!field || !hasText(field)) return undefined;
  const typed = field;
  return { html: escapeHtml(format(typed)), span: valueSpan(typed), markSpans: [typed.span, typed.node.nameSpan] };
}

/**
 * A table cell: the formatted value followed by its footnote marks, or the marks alone for a footnote-only cell
 * (then a click reveals the cell's element). Undefined when the cell's element is absent.
 */
export function showCell<T>(ctx: RenderContext, cell: Cell<T> | undefined, format: Formatter<T>): Shown | undefined {
  if (!cell) return undefined;
  const marks = footnoteMarks(ctx, cell.footnotes);
  const value = cell.value;
  if (value && hasText(value)) {
    return {
      html: escapeHtml(format(value)) + marks,
      span: valueSpan(value),
      markSpans: [value.span, value.node.nameSpan, cell.node.nameSpan],
    };
  }
  const markSpans = value ? [cell.node.nameSpan, value.span] : [cell.node.nameSpan];
  return { html: marks, span: cell.node.nameSpan, markSpans };
}

/** A shown value as an inline element. */
export function inline(ctx: RenderContext, shown: Shown | undefined, classes: readonly string[] = []): string {
  if (!shown) return '';
  return `<span${sourceAttributes(ctx, shown, ['f4-v', ...classes])}>${shown.html}</span>`;
}

/**
 * A table cell for one column. One value: the cell itself carries the source attributes. Several (a schema choice
 * filled twice, say): each gets its own inline element, so none is hidden.
 */
export function tableCell(
  ctx: RenderContext,
  column: string,
  values: readonly (Shown | undefined)[],
  classes: readonly string[] = [],
): string {
  const present = values.filter((v): v is Shown => v !== undefined);
  const col = attributes({ 'data-col': column });
  if (present.length === 0) return `<td${col}${attributes({ class: classes.length ? classes.join(' ') : undefined })}></td>`;
  if (present.length === 1) return `<td${col}${sourceAttributes(ctx, present[0], classes)}>${present[0].html}</td>`;
  const inner = present.map((v) => inline(ctx, v)).join('<br/>');
  return `<td${col}${attributes({ class: classes.length ? classes.join(' ') : undefined })}>${inner}</td>`;
}
