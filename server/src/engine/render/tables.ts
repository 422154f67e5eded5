/**
 * Table I (non-derivative) and Table II (derivative securities): one row per transaction or holding, in document
 * order, each cell in the paper form's column and tagged with the source range of the value it shows.
 */
import type { Decimal } from '../model/decimal';
import type { Cell, OwnershipDocument, Row, Table, TransactionRow } from '../model/types';
import type { ElementNode } from '../tree/node';
import type { Span } from '../text/span';
import { attributes, escapeHtml } from './escape';
import { rowKey } from '../history/previous';
import { leafColumns, type Column, type ColumnGroup } from './columns';
import { asAmount, asDate, asDollars, asText, hasText, valueSpan } from './format';
import { footnoteMarks, showCell, sourceAttributes, tableCell, type RenderContext, type Shown } from './source';

type CellValues = Readonly<Record<string, readonly (Shown | undefined)[]>>;

function headerRows(groups: readonly ColumnGroup[]): string {
  const first = groups
    .map((g) => {
      const label = `${escapeHtml(g.number)}. ${escapeHtml(g.heading)}`;
      if (g.columns.length === 1) return `<th${attributes({ rowspan: 2, scope: 'col', 'data-col': g.columns[0].key })}>${label}</th>`;
      return `<th${attributes({ colspan: g.columns.length, scope: 'colgroup' })}>${label}</th>`;
    })
    .join('');
  const second = groups
    .filter((g) => g.columns.length > 1)
    .flatMap((g) => g.columns)
    .map((c) => `<th${attributes({ scope: 'col', 'data-col': c.key })}>${escapeHtml(c.heading)}</th>`)
    .join('');
  return `<thead><tr>${first}</tr><tr>${second}</tr></thead>`;
}

/** Code column: the transaction code and the coding's footnotes; its other fields mark it too. */
function codeCell(ctx: RenderContext, row: TransactionRow): Shown | undefined {
  const coding = row.coding;
  if (!coding) return undefined;
  const code = coding.code;
  const swap = coding.equitySwapInvolved;
  const markSpans: Span[] = [coding.node.nameSpan];
  if (code) markSpans.push(code.span, code.node.nameSpan);
  if (swap) markSpans.push(swap.span, swap.node.nameSpan);
  const written = code && hasText(code) ? code : undefined;
  const text = written ? escapeHtml(asText(written)) : '';
  return { html: text + footnoteMarks(ctx, coding.footnotes), span: written ? valueSpan(written) : coding.node.nameSpan, markSpans };
}

/**
 * V column: "V" for a transaction reported voluntarily ahead of time, which the XML says with a Form 5 transaction
 * form type or an early (E) timeliness. The cell stands for both fields, so their findings mark it.
 */
function voluntaryCell(ctx: RenderContext, row: TransactionRow): Shown | undefined {
  const formType = row.coding?.formType;
  const timeliness = row.timeliness;
  if (!formType && !timeliness) return undefined;
  const early = formType?.value === '5' || timeliness?.value?.value === 'E';
  const markSpans: Span[] = [];
  if (formType) markSpans.push(formType.span, formType.node.nameSpan);
  if (timeliness) markSpans.push(timeliness.node.nameSpan, ...(timeliness.value ? [timeliness.value.span] : []));
  const span =
    timeliness?.value && hasText(timeliness.value)
      ? valueSpan(timeliness.value)
      : formType
        ? valueSpan(formType)
        : timeliness!.node.nameSpan;
  const notes = timeliness ? footnoteMarks(ctx, timeliness.footnotes) : '';
  return { html: (early ? 'V' : '') + notes, span, markSpans };
}

function amountOwned(ctx: RenderContext, row: Row): readonly (Shown | undefined)[] {
  const shown = [showCell(ctx, row.postTransaction?.sharesOwned, asAmount), showCell(ctx, row.postTransaction?.valueOwned, asDollars)];
  const previous = ctx.previousBalances?.get(rowKey(row));
  const first = shown.findIndex((s) => s !== undefined);
  if (!previous || first < 0) return shown;
  // Beside the figure, not in it: the cell still shows what the filing says, and where the history disagrees.
  const note = `<span class="f4-previous" title="${escapeHtml(`Closing balance of the previous filing, ${previous.filing}`)}">previous filing: ${escapeHtml(previous.closing)}</span>`;
  return shown.map((s, i) => (i === first && s ? { ...s, html: s.html + note } : s));
}

/** The cells every row has: title, amount owned following, ownership form and nature. */
function commonCells(ctx: RenderContext, row: Row): CellValues {
  return {
    title: [showCell(ctx, row.securityTitle, asText)],
    'owned-following': amountOwned(ctx, row),
    'ownership-form': [showCell(ctx, row.ownership?.directOrIndirect, asText)],
    nature: [showCell(ctx, row.ownership?.natureOfOwnership, asText)],
  };
}

function transactionCells(ctx: RenderContext, row: TransactionRow): CellValues {
  return {
    date: [showCell(ctx, row.transactionDate, asDate)],
    deemed: [showCell(ctx, row.deemedExecutionDate, asDate)],
    code: [codeCell(ctx, row)],
    v: [voluntaryCell(ctx, row)],
    price: [showCell(ctx, row.pricePerShare, asDollars)],
  };
}

function tableIRow(ctx: RenderContext, row: Row): CellValues {
  if (row.kind === 'holding') return commonCells(ctx, row);
  return {
    ...commonCells(ctx, row),
    ...transactionCells(ctx, row),
    amount: [showCell(ctx, row.shares, asAmount), showCell(ctx, row.totalValue, asDollars)],
    'acquired-disposed': [showCell(ctx, row.acquiredDisposed, asText)],
  };
}

/** Adds the (A)/(D) code's ranges and footnotes to a shown amount, which stands for both on Table II. */
function withCode(ctx: RenderContext, amount: Shown, code: Cell<string>): Shown {
  const markSpans = [...amount.markSpans, code.node.nameSpan, ...(code.value ? [code.value.span] : [])];
  return { html: amount.html + footnoteMarks(ctx, code.footnotes), span: amount.span, markSpans };
}

/**
 * Table II column 5: the number goes under (A) or (D) as the code says, and stands for the code too (the code's
 * findings mark it, its footnotes follow it). A code that is neither A nor D is shown as written, under (A), so the
 * mistake stays visible.
 */
function acquiredDisposedCells(ctx: RenderContext, row: TransactionRow): CellValues {
  const code = row.acquiredDisposed;
  const amounts = [showCell(ctx, row.shares, asAmount), showCell(ctx, row.totalValue, asDollars)].filter(
    (a): a is Shown => a !== undefined,
  );
  if (!code) return { acquired: amounts, disposed: [] };
  const letter = code.value?.value;
  const asWritten = showCell(ctx, code, asText);
  if (letter !== 'A' && letter !== 'D') return { acquired: [...amounts, asWritten], disposed: [] };
  const shown = amounts.length
    ? [withCode(ctx, amounts[0], code), ...amounts.slice(1)]
    : [asWritten && { ...asWritten, html: footnoteMarks(ctx, code.footnotes) }];
  return letter === 'A' ? { acquired: shown, disposed: [] } : { acquired: [], disposed: shown };
}

function tableIIRow(ctx: RenderContext, row: Row): CellValues {
  const derivative = row.derivative;
  const own: CellValues = {
    ...commonCells(ctx, row),
    'conversion-price': [showCell(ctx, derivative?.conversionOrExercisePrice, asDollars)],
    exercisable: [showCell(ctx, derivative?.exerciseDate, asDate)],
    expiration: [showCell(ctx, derivative?.expirationDate, asDate)],
    'underlying-title': [showCell(ctx, derivative?.underlying?.title, asText)],
    'underlying-amount': [
      showCell<Decimal>(ctx, derivative?.underlying?.shares, asAmount),
      showCell<Decimal>(ctx, derivative?.underlying?.value, asDollars),
    ],
  };
  if (row.kind === 'holding') return own;
  return { ...own, ...transactionCells(ctx, row), ...acquiredDisposedCells(ctx, row) };
}

function rowHtml(ctx: RenderContext, row: Row, columns: readonly Column[], values: CellValues): string {
  const cells = columns.map((c) => tableCell(ctx, c.key, values[c.key] ?? [], c.numeric ? ['f4-num'] : [])).join('');
  const where = { span: row.node.nameSpan, markSpans: [row.node.nameSpan] };
  return `<tr${attributes({ 'data-row': row.index })}${sourceAttributes(ctx, where, ['f4-row', `f4-${row.kind}`])}>${cells}</tr>`;
}

const tables: Readonly<Record<Table, { title: string; cells: (ctx: RenderContext, row: Row) => CellValues }>> = {
  I: { title: 'Table I - Non-Derivative Securities Acquired, Disposed of, or Beneficially Owned', cells: tableIRow },
  II: {
    title:
      'Table II - Derivative Securities Acquired, Disposed of, or Beneficially Owned (e.g., puts, calls, warrants, options, convertible securities)',
    cells: tableIIRow,
  },
};

function renderTable(ctx: RenderContext, doc: OwnershipDocument, table: Table, tableNode: ElementNode | undefined): string {
  const spec = tables[table];
  const groups = ctx.layout.columns[table];
  const columns = leafColumns(groups);
  const body = doc.rows
    .filter((r) => r.table === table)
    .map((r) => rowHtml(ctx, r, columns, spec.cells(ctx, r)))
    .join('');
  const where = tableNode
    ? sourceAttributes(ctx, { span: tableNode.nameSpan, markSpans: [tableNode.nameSpan] }, ['f4-table'])
    : attributes({ class: 'f4-table' });
  return (
    `<section${attributes({ class: `f4-table-section f4-table-${table}` })}>` +
    `<h2 class="f4-table-title">${escapeHtml(spec.title)}</h2>` +
    `<table${attributes({ 'data-table': table })}${where}>${headerRows(groups)}<tbody>${body}</tbody></table>` +
    '</section>'
  );
}

export function renderTables(ctx: RenderContext, doc: OwnershipDocument): string {
  return renderTable(ctx, doc, 'I', doc.nonDerivativeTable) + renderTable(ctx, doc, 'II', doc.derivativeTable);
}
